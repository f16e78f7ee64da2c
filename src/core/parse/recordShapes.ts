/**
 * Record shapes written into the one the outline reads (outlineRecords.ts), before any line is classified:
 * field labels that carry their own numbers (1.项目名称:… / 2.建设内容:… / 3.责任单位:…, ① (1) 一、 01 alike), a
 * record's own number glued to its first field (01 项目名称:…) or on a line of its own (03 / 项目名称:…), and labels
 * spaced out (责 任 单 位:), and a record's opening paragraph wrapped onto several lines. Linear: each line is
 * looked at with a few lines after it.
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { classify } from "./classify";
import { bareLabelKind, lineLabelKind } from "./labels";
import { isUnitLike, splitUnitList } from "./splitUnits";
import { chineseNumber, readNumbering } from "./numbering";
import { recordOpener } from "./outlineRecords";
import { isFieldUnderParagraph } from "./outlineRecordFields";

/** What a field's label names: the task's words, units, another known field, or a label the parser does not know. */
type FieldKind = "task" | "unit" | "field" | "generic";

interface Field {
  readonly kind: FieldKind;
  /** The label as written (folded, without its colon), to tell the fields of a run apart. */
  readonly label: string;
  /** True when the label stands alone on its line, its value below it. */
  readonly alone: boolean;
  /** A task label that opens a record wherever it stands (工作任务, 项目名称), not one that may be a field (主要内容). */
  readonly strong?: boolean;
}

interface Mark {
  readonly style: string;
  readonly n: number;
  readonly length: number;
}

// A label the parser does not know, followed by a colon (进展与成效:): a field only among known ones.
const GENERIC = /^([\u4e00-\u9fff]{2,6})\s*:/;

/** The field a folded line (after its number, if any) opens with, or null. */
function fieldOf(folded: string): Field | null {
  const f = folded.trim();
  const label = (/^[^:\s]{1,12}/.exec(f)?.[0] ?? "").replace(/[【〖[\]】〗]/g, "");
  const opener = recordOpener(f);
  if (opener) return { kind: "task", label, alone: opener.alone, strong: opener.strong };
  const kind = lineLabelKind(f) ?? bareLabelKind(f);
  if (kind) {
    const unit = kind === "lead" || kind === "co" || kind === "list";
    return { kind: unit ? "unit" : "field", label, alone: bareLabelKind(f) !== null };
  }
  const g = GENERIC.exec(f);
  return g ? { kind: "generic", label: g[1] as string, alone: f.length === g[0].length } : null;
}

/** The number a folded line opens with: 1. 1、 (1) ① 一、 (一), or a bare number and a space (01 项目名称). */
function markOf(folded: string): Mark | null {
  const num = readNumbering(folded);
  if (num) return num.style === "part" || num.style === "di" || num.style === "shi" ? null : num;
  const m = /^(\d{1,3})\s*/.exec(folded);
  return m && Number(m[1]) > 0 ? { style: "ar", n: Number(m[1]), length: m[0].length } : null;
}

/** A numbered field (1.项目名称:…, 01 项目名称:…, ③牵头单位:…): its number and field; generic labels need a value. */
function numberedField(folded: string): { mark: Mark; field: Field } | null {
  const mark = markOf(folded);
  if (!mark) return null;
  const field = fieldOf(folded.slice(mark.length));
  return field && !(field.kind === "generic" && field.alone) ? { mark, field } : null;
}

/** An unnumbered field line (项目内容:…, 责任单位 alone), known by its label or, with a value, any short label. */
function plainField(folded: string): Field | null {
  if (readNumbering(folded)) return null;
  return fieldOf(folded);
}

// How many lines a field's value may run to before the next numbered field.
const VALUE_LINES = 6;

const ALONE_LABEL = /^[\u4e00-\u9fff]{2,8}$/;

/** A numbered label alone (三、整改完成情况), a field the parser does not know (only inside a run of known ones). */
function aloneField(folded: string): { mark: Mark; field: Field } | null {
  const mark = markOf(folded);
  const label = mark ? folded.slice(mark.length).trim() : "";
  return mark && ALONE_LABEL.test(label) ? { mark, field: { kind: "generic", label, alone: true } } : null;
}

/**
 * The lines of a run of numbered fields starting at `i` (1.项目名称 / 2.建设内容 / 3.责任单位, values between),
 * or null when the numbers there are no field numbers: the run counts 1, 2, 3 … in one style, names a unit field,
 * and gives each label once.
 */
function fieldRun(lines: readonly SourceLine[], i: number): number[] | null {
  const first = numberedField((lines[i] as SourceLine).folded);
  if (!first || first.mark.n !== 1) return null;
  const run = [i];
  const fields = [first.field];
  let last = i;
  for (let j = i + 1; j < lines.length && j - last <= VALUE_LINES; j++) {
    const f = (lines[j] as SourceLine).folded;
    if (f === "") continue;
    const next = numberedField(f) ?? (run.length >= 2 ? aloneField(f) : null);
    if (next && next.mark.style === first.mark.style && next.mark.n === run.length + 1) {
      run.push(j);
      fields.push(next.field);
      last = j;
      continue;
    }
    if (next || readNumbering(f) || plainField(f)) break;
  }
  const labels = new Set(fields.map((f) => f.label));
  const known = fields.filter((f) => f.kind !== "generic").length;
  const units = fields.some((f) => f.kind === "unit");
  return run.length >= 2 && labels.size === fields.length && known >= 2 && units ? run : null;
}

/**
 * True when a line is a unit label and unit names, nothing else (牵头单位:县住建局): with a number before it
 * ((1)责任单位:县住建局), the number is the field's — such a line has no words to be a task of its own.
 */
function namesUnitsOnly(text: string): boolean {
  const f = fold(text);
  const kind = lineLabelKind(f);
  if (kind !== "lead" && kind !== "co" && kind !== "list") return false;
  const names = splitUnitList(text.slice(f.search(/:/) + 1));
  return names.length > 0 && names.every(isUnitLike);
}

/** The next line at or after `from` that is not empty, or -1. */
function nextFilled(lines: readonly SourceLine[], from: number): number {
  let j = from;
  while (j < lines.length && (lines[j] as SourceLine).text === "") j++;
  return j < lines.length ? j : -1;
}

/** True when the record whose task field is at `i` goes on with unnumbered fields (项目内容:… / 责任单位:…). */
function fieldsFollow(lines: readonly SourceLine[], i: number, alone: boolean): boolean {
  let j = nextFilled(lines, i + 1);
  // A label alone has its value below it: words, not a numbered item (一、重点工作 / 1.推进… is a section).
  const value = j >= 0 ? (lines[j] as SourceLine).folded : "";
  if (alone && (readNumbering(value) !== null || plainField(value) !== null)) return false;
  if (alone && j >= 0) j = nextFilled(lines, j + 1);
  return j >= 0 && plainField((lines[j] as SourceLine).folded) !== null;
}

/** The line with its text replaced (its number taken off, its label joined up). */
function withText(line: SourceLine, text: string): SourceLine {
  return { ...line, text, folded: fold(text), raw: text };
}

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

// The most lines a record's opening paragraph is wrapped onto (a PDF copy), and the least characters on each
// line but the last.
const PARAGRAPH_LINES = 10;
const WRAPPED_LINE = 10;
const FIGURE_START = /^\d+(?:\.\d+)?(?=[\u4e00-\u9fff%])/;

/** True when a line may be part of a record's opening paragraph: plain words, no number, label or unit list. */
function isParagraphLine(line: SourceLine): boolean {
  // A figure glued to the words after it (1200套, 3.2万平方米) is the paragraph's, no number of a record.
  const figure = readNumbering(line.folded) === null && FIGURE_START.test(line.folded);
  const marked = markOf(line.folded) !== null && !figure;
  if (line.text === "" || marked || fieldOf(line.folded) !== null) return false;
  // A table's cells ('|', tabs) are no paragraph.
  if (/[|\t]/.test(line.raw)) return false;
  if (/[)\]】〕]$/.test(line.folded) || classify(line, null).kind !== "text") return false;
  const names = splitUnitList(line.text);
  return !(names.length > 0 && names.every(isUnitLike));
}

/**
 * The lines with a record's opening paragraph that a copy wrapped onto several lines (城东大道建设项目,新建 /
 * 道路5公里。 / 责任单位:…) joined into one, so that it reads as one paragraph above the record's fields. Only
 * plain lines right above such a field written with its colon (isFieldUnderParagraph) are joined.
 */
function joinParagraphs(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let block: SourceLine[] = [];
  const flush = (into: SourceLine | null): void => {
    const field = into !== null && isFieldUnderParagraph(into.folded);
    // A wrapped paragraph's lines are full but for the last (a narrow cell broken a character a line is not one).
    const full = block.slice(0, -1).every((l) => l.text.length >= WRAPPED_LINE);
    if (field && full && block.length >= 2 && block.length <= PARAGRAPH_LINES) {
      out.push(withText(block[0] as SourceLine, block.map((l) => l.text).join("")));
    } else out.push(...block);
    block = [];
  };
  for (const line of lines) {
    if (isParagraphLine(line)) {
      block.push(line);
      continue;
    }
    flush(line);
    out.push(line);
  }
  flush(null);
  return out;
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
 * labels joined. Other lines are returned as they are.
 */
export function recordShapes(given: readonly SourceLine[]): SourceLine[] {
  const lines = joinParagraphs(given.map(unspaceLabel));
  const fieldNumbers = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const run = fieldRun(lines, i);
    if (!run) continue;
    for (const k of run) fieldNumbers.add(k);
    i = run[run.length - 1] as number;
  }
  const out: SourceLine[] = [];
  const joined = new Set<number>();
  lines.forEach((line, i) => {
    if (joined.has(i)) return;
    const byWord = line.text === "" ? null : recordByWord(lines, i);
    if (byWord) {
      out.push(...byWord);
      return;
    }
    const numbered = line.text === "" ? null : numberedField(line.folded);
    const rest = numbered ? line.text.slice(numbered.mark.length).trim() : "";
    const alone = fieldNumbers.has(i) && !numbered ? aloneField(line.folded) : null;
    // A label the parser does not know, alone, is written with its colon and its value's first line.
    if (alone) {
      const j = nextFilled(lines, i + 1);
      const v = j >= 0 && !fieldNumbers.has(j) ? (lines[j] as SourceLine) : null;
      const value = v && markOf(v.folded) === null && plainField(v.folded) === null ? v.text : "";
      if (value) joined.add(j);
      out.push(withText(line, `${line.text.slice(alone.mark.length).trim()}:${value}`));
    } else if (numbered && (fieldNumbers.has(i) || namesUnitsOnly(rest))) out.push(withText(line, rest));
    else if (numbered?.field.strong === true && fieldsFollow(lines, i, numbered.field.alone)) {
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
