/** How the lines of a table flattened one cell per line join into a row's cells. */

import type { SourceLine } from "../text/lines";
import { bareNumber } from "./numbering";
import { isUnitLike, splitUnitList } from "./unitLike";
import { ORG } from "./vocabulary";

/**
 * A line with a unit label of its own (省牵头单位:省农业农村厅) inside a table whose cells carry no labels: a
 * remark on the row (here the province's lead for the task it mirrors), kept as a note, not a units cell.
 */
const LABELLED = new RegExp(`^[^:]{0,8}${ORG}:`);

/** A line that is only a name in brackets: 高新园 / (邹区镇), a unit's alias wrapped onto a line of its own. */
const ALIAS = /^[(][^()]{1,12}[)]$/;

/** Adds a line to a row's parts; an alias in brackets under a unit name joins it (高新园(邹区镇)). */
export function addPart(row: { parts: string[]; lines: number[]; notes: string[] }, line: SourceLine): void {
  // Only after the row's own units: before them (牵头单位:A;配合单位:B alone in the units cell) it is the cell.
  if (row.parts.some(isUnitList) && LABELLED.test(line.folded.trim())) {
    row.notes.push(line.text.trim());
    return;
  }
  const prev = row.parts[row.parts.length - 1];
  if (prev !== undefined && ALIAS.test(line.folded.trim()) && isUnitLike(prev)) {
    row.parts[row.parts.length - 1] = prev + line.text.trim();
    return;
  }
  row.parts.push(line.text);
  row.lines.push(line.no);
}

/** True when a part is only names of units (市商务局、市发改委). */
function isUnitList(part: string): boolean {
  const names = splitUnitList(part);
  return names.length > 0 && names.every(isUnitLike);
}

/**
 * A category cell between two rows (激发市场活力 before row 14): a short line naming no unit, with the next
 * row's 序号 on the next filled line.
 */
export function categoryCell(lines: readonly SourceLine[], i: number, lastSeq: number): boolean {
  const text = (lines[i] as SourceLine).folded.trim();
  if (text.length > 20 || /[。;;,,]/.test(text) || isUnitList(text)) return false;
  for (let k = i + 1; k < lines.length && k <= i + 3; k++) {
    const next = (lines[k] as SourceLine).folded.replace(/[\s|]+$/, "");
    if (next !== "") return bareNumber(next) === lastSeq + 1;
  }
  return false;
}
