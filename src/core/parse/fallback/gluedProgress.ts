/**
 * A glued progress table (cells run together, no separators): 类别序号重点督办内容牵头单位全年完成情况, then rows
 * like 经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委西城区地区生产总值增速…. Its columns can be told
 * apart: an optional category cell before the row's number, the task to its full stop, then the units (one name a
 * units column, more only where set off by 、), then the progress text up to the next row. Anything else is left
 * unread (the `cells-glued` finding).
 */

import type { SourceLine } from "../../text/lines";
import { fold } from "../../text/fold";
import { BARE_ORGAN, nameCost } from "./gluedUnits";
import { gluedHeader, gluedTask, isUnitKind, progressLast, type GluedTask } from "./glued";

// Words a category column before 序号 is named by (类别, 分类, 领域).
const CATEGORY_COLUMN = /(?:类别|分类|类型|领域|板块)$/;
// After a row's number, what shows the number is a figure of the progress text, not a row's (5个, 2020年, 3%).
const FIGURE_AFTER = /^[\d.%%、,年月日个万亿元项所家人次条座千米台套件批期栋间处户倍]/;
// A bare organ next: the name before it is a place, not the end of a name (各县区|人民政府).
const BARE_ORGAN_AHEAD = new RegExp(`^(?:${BARE_ORGAN.source.replace(/^\^\(|\)\$$/g, "")})`);
// What opens a name of its own: a place or a group (市, 区, 各).
const PLACE_START = /^[省市州盟县区旗镇乡各全]/;
// A stop after which the next row may begin.
const STOP = /^[。;!)”]$/;

/** Reads the rows of a glued table whose last column is progress after the units; null when it cannot. */
export function readGluedProgress(lines: readonly SourceLine[]): { tasks: GluedTask[]; line: number } | null {
  const at = lines.findIndex((l) => gluedHeader(l.text) !== null);
  if (at < 0) return null;
  const first = lines[at] as SourceLine;
  const header = gluedHeader(first.text) as NonNullable<ReturnType<typeof gluedHeader>>;
  if (!progressLast(header.columns)) return null;
  const folded = lines.slice(at).map((l) => fold(l.text).replace(/\s+/g, ""));
  const category = CATEGORY_COLUMN.test((folded[0] as string).slice(0, header.start));
  const body = folded.join("").slice(header.end);
  const unitColumns = header.columns.filter(isUnitKind).length;
  const tasks: GluedTask[] = [];
  const known = new Set<string>();
  let p = rowStart(body, 0, 1, category);
  for (let no = 1; p >= 0; no++) {
    const next = nextRow(body, p, no + 1, category, known, unitColumns);
    const row = readRow(body.slice(p, next < 0 ? body.length : next), known, unitColumns);
    // A row that cannot be told apart: the whole table is left unread, unless it is the cut last one.
    if (!row && next >= 0) return null;
    tasks.push(gluedTask(row?.text ?? body.slice(p), row?.units ?? [], null, no, null, first.no));
    p = next < 0 ? -1 : rowStart(body, next, no + 1, category);
  }
  return tasks.length >= 2 ? { tasks, line: first.no } : null;
}

/** Where row `n`'s task starts when the row opens at `p` (its category cell, then its number), else -1. */
function rowStart(body: string, p: number, n: number, category: boolean): number {
  const m = new RegExp(`^(${category ? "[^\\d。,;:!?、]{0,24}?" : ""})${n}(?!\\d)`).exec(body.slice(p));
  if (!m || FIGURE_AFTER.test(body.slice(p + m[0].length))) return -1;
  return p + m[0].length;
}

/** Where row `n` opens after `p`: after a stop, its category and number, then a row that reads; else -1. */
function nextRow(
  body: string,
  p: number,
  n: number,
  category: boolean,
  known: ReadonlySet<string>,
  unitColumns: number,
): number {
  const no = String(n);
  for (let q = body.indexOf(no, p); q >= 0; q = body.indexOf(no, q + 1)) {
    let o = q;
    while (category && o > p + 1 && q - o < 24 && !/[\d。,;:!?、)”]/.test(body[o - 1] as string)) o--;
    if (o <= p || !STOP.test(body.slice(o - 1, o))) continue;
    const start = rowStart(body, o, n, category);
    if (start === q + no.length && readRow(body.slice(start, start + 400), new Set(known), unitColumns))
      return o;
  }
  return -1;
}

/**
 * A row's task to its full stop, then its names; null when no full stop is followed by names. With `commas`, names
 * in one units cell may be set off by a comma too (区残联,相关镇街).
 */
export function readRow(
  row: string,
  known: Set<string>,
  unitColumns: number,
  commas = false,
): { text: string; units: string[] } | null {
  for (let stop = row.indexOf("。"); stop >= 0; stop = row.indexOf("。", stop + 1)) {
    const units = leadingNames(row, stop + 1, known, unitColumns, commas);
    if (units.length === 0) continue;
    for (const u of units) known.add(u);
    return { text: row.slice(0, stop + 1), units };
  }
  return null;
}

/** The names opening the cells after a task: one a units column, more only where set off by 、. */
function leadingNames(
  row: string,
  p: number,
  known: ReadonlySet<string>,
  columns: number,
  commas: boolean,
): string[] {
  const names: string[] = [];
  let at = p;
  for (let k = 0; k < columns; k++) {
    const name = firstName(row, at, known, names.length === 0);
    if (!name) break;
    names.push(name);
    at += name.length;
    while (row[at] === "、" || (commas && row[at] === ",")) {
      const more = firstName(row, at + 1, known, false);
      if (!more) break;
      names.push(more);
      at += 1 + more.length;
    }
  }
  return names;
}

/**
 * The name at `p` before the progress text: of the names it may be (教育局, 教育局西城区), the cheapest, the longer
 * at a tie (县委办公室, not 县委办); never one cut before a bare organ (各县区|人民政府).
 */
function firstName(row: string, p: number, known: ReadonlySet<string>, first: boolean): string | null {
  const run = (/^[^\d。,;:!?、“”"]{0,14}/u.exec(row.slice(p)) as RegExpExecArray)[0];
  let best: { name: string; cost: number } | null = null;
  for (let j = 3; j <= run.length; j++) {
    const name = run.slice(0, j);
    const cost = nameCost(name, first, known);
    if (cost === null || BARE_ORGAN_AHEAD.test(run.slice(j))) continue;
    // At a tie the longer, unless what it adds opens a name of its own (市工信局|市, 市发改委|市区).
    if (!best || cost < best.cost || (cost === best.cost && !PLACE_START.test(name.slice(best.name.length))))
      best = { name, cost };
  }
  return best?.name ?? null;
}
