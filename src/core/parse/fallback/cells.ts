/** Cells of a flattened table line, and what a cell holds: units, a number or date, or text. */

import { fold } from "../../text/fold";
import { isDeadline } from "../deadline";
import { isUnitLike, splitUnitList } from "../splitUnits";

/**
 * Splits a line into cells: on `|` when the line has one, else on runs of spaces (one or more).
 * @example splitCells("烟花爆竹 | 1月份 | 安监站 安监所 |") → ["烟花爆竹", "1月份", "安监站 安监所"]
 * @example splitCells("1 地区生产总值增长6%。 区发展改革委") → ["1", "地区生产总值增长6%。", "区发展改革委"]
 */
export function splitCells(text: string): string[] {
  const parts = /[|\uff5c]/.test(text) ? text.split(/[|\uff5c]/) : text.split(/[\s\u3000\u00a0]+/);
  return parts.map((c) => c.trim()).filter(Boolean);
}

// Figures, percentages and dates: 9.8%, 6%以上, 3幢, 2023年底, 1月份.
const FIGURE = /^[\d\s.,%+\-~约以上下左右万亿千百元个家项幢座人户亩年月日季度底前内份第期次]+$/;

/**
 * True when a cell is a number, a percentage or a date: never a unit, whatever it ends with.
 * @example isValueCell("28.97%") && isValueCell("1月份") && isValueCell("2023年底前") && !isValueCell("区财政局")
 */
export function isValueCell(cell: string): boolean {
  const f = fold(cell).replace(/\s+/g, "");
  return f.length > 0 && (FIGURE.test(f) || /\d(\.\d+)?%/.test(f) || isDeadline(f));
}

/**
 * The units a cell names, or null when it is not a cell of units: every name in it must look like an
 * organisation (a unit suffix, a group) or be a name already seen as a unit in the document.
 * @example unitsOfCell("安监站 安监所", new Set()) → ["安监站", "安监所"]; unitsOfCell("比重", new Set()) → null
 */
export function unitsOfCell(cell: string, known: ReadonlySet<string>): string[] | null {
  if (isValueCell(cell)) return null;
  const units = splitUnitList(cell);
  if (units.length === 0) return null;
  return units.every((u) => known.has(u) || isUnitLike(u)) ? units : null;
}
