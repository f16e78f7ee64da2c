/** Cells of a flattened table line, and what a cell holds: units, a number or date, or text. */

import { fold } from "../../text/fold";
import { isDeadline } from "../deadline";
import { isUnitLike, splitUnitList } from "../unitLike";
import { isUnitInCell } from "../unitGuard";
import { readRoles } from "../roles";
import { ROLE_WORD, WRAPPED_NAME_HEAD, WRAPPED_NAME_HOST, WRAPPED_NAME_OFFICE } from "../vocabulary";

/**
 * Splits a line into cells: on `|` when the line has one, else on runs of spaces (one or more).
 * @example splitCells("烟花爆竹 | 1月份 | 安监站 安监所 |") → ["烟花爆竹", "1月份", "安监站 安监所"]
 * @example splitCells("1 地区生产总值增长6%。 区发展改革委") → ["1", "地区生产总值增长6%。", "区发展改革委"]
 */
export function splitCells(text: string): string[] {
  const parts = /[|\uff5c]/.test(text) ? text.split(/[|\uff5c]/) : text.split(/[\s\u3000\u00a0]+/);
  return parts.map((c) => c.trim()).filter(Boolean);
}

/** The most characters of each half of a unit's name broken by a cell's wrap. */
const WRAPPED_HALF = 6;

/**
 * Cells set apart by single spaces where a cell's wrap broke a unit's name (a forum's copy of a table): the halves
 * joined when the first is no unit and no figure but opens with a level and the two make a unit (县交通 运输局 →
 * 县交通运输局), or when an office named without its place follows the body it belongs to (县委县政府 督查室 →
 * 县委县政府督查室). Other cells as they are.
 * @example joinWrappedNames(["持续开展", "县交通", "运输局"]) → ["持续开展", "县交通运输局"]
 */
export function joinWrappedNames(cells: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < cells.length; k++) {
    const a = cells[k] as string;
    const b = cells[k + 1];
    if (b !== undefined && wrappedHalves(fold(a), fold(b))) {
      out.push(a + b);
      k++;
    } else out.push(a);
  }
  return out;
}

function wrappedHalves(a: string, b: string): boolean {
  if (a.length > WRAPPED_HALF || b.length > WRAPPED_HALF || /[^\u4e00-\u9fff]/.test(a + b)) return false;
  if (WRAPPED_NAME_OFFICE.test(b) && WRAPPED_NAME_HOST.test(a)) return isUnitLike(a) && isUnitLike(b);
  if (!WRAPPED_NAME_HEAD.test(a) || WRAPPED_NAME_HEAD.test(b) || isUnitLike(a) || isValueCell(a))
    return false;
  return isUnitLike(b) && isUnitLike(a + b);
}

// Figures, percentages and dates: 9.8%, 6%以上, 3幢, 2023年底, 1月份.
const FIGURE = /^[\d\s.,%+\-~约以上下左右万亿千百元个家项幢座人户亩年月日季度底前内份第期次]+$/;
// Words around a figure that leave it a figure: 提升3.89个百分点, 同比增长2%.
const FIGURE_WORDS =
  /同比|增长|提升|提高|下降|降低|减少|个百分点|百分点|以上|以下|左右|不低于|不超过|达到|约/g;

/**
 * True when a cell is a number, a percentage or a date: never a unit, whatever it ends with.
 * @example isValueCell("28.97%") && isValueCell("1月份") && isValueCell("2023年底前") && !isValueCell("区财政局")
 */
export function isValueCell(cell: string): boolean {
  const f = fold(cell).replace(/\s+/g, "");
  return f.length > 0 && (FIGURE.test(f) || FIGURE.test(f.replace(FIGURE_WORDS, "")) || isDeadline(f));
}

/**
 * The units a cell names, or null when it is not a cell of units: every name in it must look like an
 * organisation (a unit suffix, a group) or be a name already seen as a unit in the document.
 * @example unitsOfCell("安监站 安监所", new Set()) → ["安监站", "安监所"]; unitsOfCell("比重", new Set()) → null
 */
export function unitsOfCell(cell: string, known: ReadonlySet<string>): string[] | null {
  if (isValueCell(cell)) return null;
  if (ROLE_WORD.test(fold(cell))) {
    // A cell that gives roles itself (A牵头,B、C配合): units when every name it gives is one, nothing left over.
    const r = readRoles(cell, { bareUnits: true });
    const named = [...r.leads, ...r.listed, ...r.coUnits];
    if (r.matched && r.rest.length === 0 && named.length > 0 && named.every(isUnitLike)) return named;
  }
  const units = splitUnitList(cell).flatMap((u) => splitKnown(u, known));
  if (units.length === 0) return null;
  return units.every((u) => known.has(u) || isUnitInCell(u)) ? units : null;
}

/**
 * Two names run together with no separator, the second already seen as a unit: 派出所工商质监所 after
 * 工商质监所 → 派出所 + 工商质监所. Otherwise the name as it is.
 */
function splitKnown(name: string, known: ReadonlySet<string>): string[] {
  if (known.has(name)) return [name];
  for (const k of known) {
    if (k.length < 2 || !name.endsWith(k) || name.length - k.length < 2) continue;
    const before = name.slice(0, name.length - k.length);
    if (isUnitLike(before) && isUnitLike(name)) return [before, k];
  }
  return [name];
}
