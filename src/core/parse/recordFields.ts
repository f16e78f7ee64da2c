/**
 * The fields of records written one field a line, as recordShapes.ts reads them: what a field's label names, the
 * number a field or record opens with, and runs of numbered fields (1.项目名称:… / 2.建设内容:… / 3.责任单位:…).
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { bareLabelKind, lineLabelKind } from "./labels";
import { isUnitLike, splitUnitList } from "./unitLike";
import { readNumbering } from "./numbering";
import { recordOpener } from "./outlineRecords";

/** What a field's label names: the task's words, units, another known field, or a label the parser does not know. */
export type FieldKind = "task" | "unit" | "field" | "generic";

export interface Field {
  readonly kind: FieldKind;
  /** The label as written (folded, without its colon), to tell the fields of a run apart. */
  readonly label: string;
  /** True when the label stands alone on its line, its value below it. */
  readonly alone: boolean;
  /** A task label that opens a record wherever it stands (工作任务, 项目名称), not one that may be a field (主要内容). */
  readonly strong?: boolean;
}

export interface Mark {
  readonly style: string;
  readonly n: number;
  readonly length: number;
}

// A label the parser does not know, followed by a colon (进展与成效:): a field only among known ones.
const GENERIC = /^([\u4e00-\u9fff]{2,6})\s*:/;

/** The field a folded line (after its number, if any) opens with, or null. */
export function fieldOf(folded: string): Field | null {
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
export function markOf(folded: string): Mark | null {
  const num = readNumbering(folded);
  if (num) return num.style === "part" || num.style === "di" || num.style === "shi" ? null : num;
  const m = /^(\d{1,3})\s*/.exec(folded);
  return m && Number(m[1]) > 0 ? { style: "ar", n: Number(m[1]), length: m[0].length } : null;
}

/** A numbered field (1.项目名称:…, 01 项目名称:…, ③牵头单位:…): its number and field; generic labels need a value. */
export function numberedField(folded: string): { mark: Mark; field: Field } | null {
  const mark = markOf(folded);
  if (!mark) return null;
  const field = fieldOf(folded.slice(mark.length));
  return field && !(field.kind === "generic" && field.alone) ? { mark, field } : null;
}

/** An unnumbered field line (项目内容:…, 责任单位 alone), known by its label or, with a value, any short label. */
export function plainField(folded: string): Field | null {
  if (readNumbering(folded)) return null;
  return fieldOf(folded);
}

// How many lines a field's value may run to before the next numbered field (filled lines: a copy may put a blank
// line between every two lines).
const VALUE_LINES = 6;

const ALONE_LABEL = /^[\u4e00-\u9fff]{2,8}$/;

/** A numbered label alone (三、整改完成情况), a field the parser does not know (only inside a run of known ones). */
export function aloneField(folded: string): { mark: Mark; field: Field } | null {
  const mark = markOf(folded);
  const label = mark ? folded.slice(mark.length).trim() : "";
  return mark && ALONE_LABEL.test(label) ? { mark, field: { kind: "generic", label, alone: true } } : null;
}

// Inside a run, a label the parser does not know may be longer (项目内容及任务分解:), with or without its value.
const LONG_GENERIC = /^([\u4e00-\u9fff]{2,10})\s*:/;

/** A numbered label the parser does not know, up to ten characters, with its colon: a field only inside a run. */
export function longField(folded: string): { mark: Mark; field: Field } | null {
  const mark = markOf(folded);
  const f = mark ? folded.slice(mark.length).trim() : "";
  const g = mark ? LONG_GENERIC.exec(f) : null;
  return mark && g
    ? { mark, field: { kind: "generic", label: g[1] as string, alone: f.length === g[0].length } }
    : null;
}

/**
 * The lines of a run of numbered fields starting at `i` (1.项目名称 / 2.建设内容 / 3.责任单位, values between),
 * or null when the numbers there are no field numbers: the run counts 1, 2, 3 … in one style, names a unit field,
 * and gives each label once.
 */
export function fieldRun(lines: readonly SourceLine[], i: number): number[] | null {
  const first = numberedField((lines[i] as SourceLine).folded);
  if (!first || first.mark.n !== 1) return null;
  const run = [i];
  const fields = [first.field];
  let since = 0;
  for (let j = i + 1; j < lines.length; j++) {
    const f = (lines[j] as SourceLine).folded;
    if (f === "") continue;
    if (++since > VALUE_LINES) break;
    const next = numberedField(f) ?? (run.length >= 2 ? (aloneField(f) ?? longField(f)) : null);
    if (next && next.mark.style === first.mark.style && next.mark.n === run.length + 1) {
      run.push(j);
      fields.push(next.field);
      since = 0;
      continue;
    }
    // Points of a field whose value starts below it ((四)项目内容: / 1、… / 2、…) are its value, not the run's end.
    const points = fields[fields.length - 1]?.alone === true && markOf(f)?.style !== first.mark.style;
    if (next || (readNumbering(f) && !points) || plainField(f)) break;
  }
  const labels = new Set(fields.map((f) => f.label));
  const known = fields.filter((f) => f.kind !== "generic").length;
  const units = fields.some((f) => f.kind === "unit");
  return run.length >= 2 && labels.size === fields.length && known >= 2 && units ? run : null;
}

/**
 * The lines between a run's field whose value starts below it and the next field ((四)项目内容: / 1、… / 2、…):
 * the points of that value, joined to it so they are never read as tasks.
 */
export function fieldPoints(lines: readonly SourceLine[], run: readonly number[]): number[] {
  const points: number[] = [];
  for (let k = 0; k + 1 < run.length; k++) {
    const at = run[k] as number;
    const f = (lines[at] as SourceLine).folded;
    const mark = markOf(f);
    if (!mark || !LONG_GENERIC.test(f.slice(mark.length).trim()) || !/:\s*$/.test(f)) continue;
    for (let j = at + 1; j < (run[k + 1] as number); j++)
      if ((lines[j] as SourceLine).text !== "") points.push(j);
  }
  return points;
}

/**
 * True when a line is a unit label and unit names, nothing else (牵头单位:县住建局): with a number before it
 * ((1)责任单位:县住建局), the number is the field's — such a line has no words to be a task of its own.
 */
export function namesUnitsOnly(text: string): boolean {
  const f = fold(text);
  const kind = lineLabelKind(f);
  if (kind !== "lead" && kind !== "co" && kind !== "list") return false;
  const names = splitUnitList(text.slice(f.search(/:/) + 1));
  return names.length > 0 && names.every(isUnitLike);
}

/**
 * True when a line is a deadline label and a short date ((六)完成时限:2008年内): with a number before it, the number
 * is the field's, even outside a run (a record cut by a page). A numbered leader line is no field: it may head the
 * tasks that leader is in charge of ((一)分管副市长:许光明).
 */
export function namesFieldOnly(text: string): boolean {
  const f = fold(text);
  const value = f.slice(f.search(/:/) + 1).trim();
  return (
    lineLabelKind(f) === "deadline" &&
    value.length <= 14 &&
    /[年月日底前内]/.test(value) &&
    !/[,;。]/.test(value)
  );
}

/** The next line at or after `from` that is not empty, or -1. */
export function nextFilled(lines: readonly SourceLine[], from: number): number {
  let j = from;
  while (j < lines.length && (lines[j] as SourceLine).text === "") j++;
  return j < lines.length ? j : -1;
}

/** True when the record whose task field is at `i` goes on with unnumbered fields (项目内容:… / 责任单位:…). */
export function fieldsFollow(lines: readonly SourceLine[], i: number, alone: boolean): boolean {
  let j = nextFilled(lines, i + 1);
  // A label alone has its value below it: words, not a numbered item (一、重点工作 / 1.推进… is a section).
  const value = j >= 0 ? (lines[j] as SourceLine).folded : "";
  if (alone && (readNumbering(value) !== null || plainField(value) !== null)) return false;
  if (alone && j >= 0) j = nextFilled(lines, j + 1);
  return j >= 0 && plainField((lines[j] as SourceLine).folded) !== null;
}

/** The line with its text replaced (its number taken off, its label joined up). */
export function withText(line: SourceLine, text: string): SourceLine {
  return { ...line, text, folded: fold(text), raw: text };
}
