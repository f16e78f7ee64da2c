/**
 * Record shapes written into the one the outline reads (outlineRecords.ts), before any line is classified:
 * field labels that carry their own numbers (1.项目名称:… / 2.建设内容:… / 3.责任单位:…, ① (1) 一、 01 alike), a
 * record's own number glued to its first field (01 项目名称:…) or on a line of its own (03 / 项目名称:…), and labels
 * spaced out (责 任 单 位:), and a record's opening paragraph wrapped onto several lines. Linear: each line is
 * looked at with a few lines after it.
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { bareLabelKind, lineLabelKind } from "./labels";
import { chineseNumber } from "./numbering";
import { recordOpener } from "./outlineRecords";
import {
  aloneField,
  fieldOf,
  fieldPoints,
  fieldRun,
  longField,
  fieldsFollow,
  markOf,
  namesFieldOnly,
  namesUnitsOnly,
  nextFilled,
  numberedField,
  plainField,
  withText,
} from "./recordFields";
import { joinParagraphs } from "./recordParagraphs";
import { groupRecords } from "./groupRecords";

// A label spaced out character by character (责 任 单 位), followed by its colon or the line's end.
const SPACED = /^((?:[\u4e00-\u9fff][ \u3000]+){1,7}[\u4e00-\u9fff])(?=\s*(?::|$))/;

/**
 * The line with a spaced-out label at its start (after its number, if any) written whole: 责 任 单 位:A →
 * 责任单位:A. Only a label the parser knows is joined; other lines are returned as they are.
 */
function unspaceLabel(line: SourceLine): SourceLine {
  const at = markOf(line.folded)?.length ?? 0;
  const m = SPACED.exec(line.folded.slice(at));
  if (!m) return line;
  const joined = (m[1] as string).replace(/[ \u3000]+/g, "");
  if (bareLabelKind(joined) === null && recordOpener(joined)?.alone !== true) return line;
  const label = line.text.slice(at, at + (m[1] as string).length).replace(/[ \u3000]+/g, "");
  return withText(line, line.text.slice(0, at) + label + line.text.slice(at + (m[1] as string).length));
}

// A record's own number in words before it: 项目一 / 项目1 / 第一项 / 第1项, alone or before the task's words (项目一:城东…).
const RECORD_WORD =
  /^(?:项目\s*([一二三四五六七八九十百]{1,4}|\d{1,3})|第\s*([一二三四五六七八九十百]{1,4}|\d{1,3})\s*项)\s*(?::\s*|\s+|$)/;

/** The number and the rest of a line opened by a record's number in words (项目一:…, 第2项 …), or null. */
function recordWord(line: SourceLine): { n: number; rest: string } | null {
  const m = RECORD_WORD.exec(line.folded);
  if (!m) return null;
  const digits = (m[1] ?? m[2]) as string;
  const n = /^\d/.test(digits) ? Number(digits) : chineseNumber(digits);
  return n === null || n === 0 ? null : { n, rest: line.text.slice(m[0].length).trim() };
}

/**
 * A record opened by its number in words (项目一:城东片区… / 项目二 alone over 项目名称:…), with fields after it, as
 * a 序号 field and its task (序号:1 / 项目名称:城东片区…); null for other lines.
 */
function recordByWord(lines: readonly SourceLine[], i: number): SourceLine[] | null {
  const line = lines[i] as SourceLine;
  const word = recordWord(line);
  if (!word) return null;
  const seq = withText(line, `序号:${word.n}`);
  if (word.rest === "") {
    const j = nextFilled(lines, i + 1);
    const field = j >= 0 ? plainField((lines[j] as SourceLine).folded) : null;
    return field?.kind === "task" && fieldsFollow(lines, j, field.alone) ? [seq] : null;
  }
  // The words after the number are the task's, unless a label opens them (项目一:项目名称:…).
  if (fieldOf(fold(word.rest)) !== null) return null;
  return fieldsFollow(lines, i, false) ? [seq, withText(line, `项目名称:${word.rest}`)] : null;
}

/**
 * The lines with record shapes written as the outline reads them: a field's own number taken off
 * (1.项目名称:A / 2.责任单位:B → 项目名称:A / 责任单位:B), a record's number before its first field written as a
 * 序号 field of its own (01 项目名称:A → 序号:1 / 项目名称:A, and 03 alone over 项目名称:… → 序号:3), spaced-out
 * labels joined, group records (第一组:组长单位(A)) written as records (groupRecords.ts). Other lines are returned as
 * they are.
 */
export function recordShapes(given: readonly SourceLine[]): SourceLine[] {
  const lines = joinParagraphs(groupRecords(given).map(unspaceLabel));
  const fieldNumbers = new Set<number>();
  const points = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const run = fieldRun(lines, i);
    if (!run) continue;
    for (const k of run) fieldNumbers.add(k);
    for (const k of fieldPoints(lines, run)) points.add(k);
    i = run[run.length - 1] as number;
  }
  const out: SourceLine[] = [];
  const joined = new Set<number>();
  // Whether a numbered task field has opened a record yet (① 工作任务:… with its fields under it).
  let records = false;
  lines.forEach((line, i) => {
    if (joined.has(i)) return;
    // A field's point joins the field's line, over the blank lines a copy may have put between them.
    if (points.has(i)) while (out.length > 1 && out[out.length - 1]?.text === "") out.pop();
    const prev = out[out.length - 1];
    if (points.has(i) && prev) {
      out[out.length - 1] = withText(prev, `${prev.text}${line.text}`);
      return;
    }
    const byWord = line.text === "" ? null : recordByWord(lines, i);
    if (byWord) {
      out.push(...byWord);
      return;
    }
    const numbered =
      line.text === ""
        ? null
        : (numberedField(line.folded) ?? (fieldNumbers.has(i) ? longField(line.folded) : null));
    const rest = numbered ? line.text.slice(numbered.mark.length).trim() : "";
    const alone = fieldNumbers.has(i) && !numbered ? aloneField(line.folded) : null;
    // A label the parser does not know, alone, is written with its colon and its value's first line.
    if (alone) {
      const j = nextFilled(lines, i + 1);
      const v = j >= 0 && !fieldNumbers.has(j) ? (lines[j] as SourceLine) : null;
      const value = v && markOf(v.folded) === null && plainField(v.folded) === null ? v.text : "";
      if (value) joined.add(j);
      out.push(withText(line, `${line.text.slice(alone.mark.length).trim()}:${value}`));
    } else if (
      numbered &&
      (fieldNumbers.has(i) || namesUnitsOnly(rest) || (namesFieldOnly(rest) && !unitsNext(lines, i)))
    )
      out.push(withText(line, rest));
    else if (
      numbered?.field.strong === true &&
      // …or the text ends in it, after records so written (a page cut before its unit field).
      (fieldsFollow(lines, i, numbered.field.alone) || (records && nextFilled(lines, i + 1) < 0))
    ) {
      records = true;
      out.push(withText(line, `序号:${numbered.mark.n}`), withText(line, rest));
    } else {
      const mark = line.text === "" ? null : markOf(line.folded);
      const bare = mark !== null && mark.length === line.folded.length;
      const j = bare ? nextFilled(lines, i + 1) : -1;
      // A number alone says a record starts: any task label under it opens it (主要内容 too).
      // Other fields must follow it, or the number is a table's 序号 cell over a row one cell a line.
      // …or a run of numbered fields (一、整改任务 / 二、整改责任单位) under it, its first field the task's.
      const run = j >= 0 && fieldNumbers.has(j) ? numberedField((lines[j] as SourceLine).folded) : null;
      if (run) {
        out.push(run.field.kind === "task" && mark ? withText(line, `序号:${mark.n}`) : line);
        return;
      }
      const field = j >= 0 ? plainField((lines[j] as SourceLine).folded) : null;
      const opens = field?.kind === "task" && fieldsFollow(lines, j, field.alone);
      out.push(opens && mark ? withText(line, `序号:${mark.n}`) : line);
    }
  });
  return out;
}

/** True when the next filled line after `i` is a unit label line: the numbered line above it is a task of its own. */
function unitsNext(lines: readonly SourceLine[], i: number): boolean {
  const j = nextFilled(lines, i + 1);
  const kind = j >= 0 ? lineLabelKind((lines[j] as SourceLine).folded) : null;
  return kind === "lead" || kind === "co" || kind === "list";
}
