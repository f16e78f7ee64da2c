/**
 * Comments (批注) a clerk put on the cells of a ledger, carried into the workbook written anew by `update` and
 * `regenerate` (the command line, the standalone page and the pane in Excel alike): each follows its cell as
 * the typed values do (`WorkbookPlan.moves`) — on 任务台账 the row its task now stands on and the column of the
 * same header; on 进展记录, 单位名录 and 量化指标 its row as written again; a dropped task's, its row in 已撤销. A
 * comment that cannot follow (its cell is made anew, on a sheet the tool writes, or left out) is not written,
 * and is named so the report can say so. Comments on sheets the plan does not write stay with their sheet.
 */

import { a1 } from "../plan/formulas";
import { zh } from "../text/cnPunct";
import type { WorkbookPlan } from "../plan/types";

/** A comment as read back: its sheet, cell (0-based), its text, and the note itself as the reader gave it. */
export interface CellNote {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly note: unknown;
}

/** A comment that was not kept: its cell as it was (任务台账!K5) and its text. */
export interface LostNote {
  readonly cell: string;
  readonly text: string;
}

/**
 * Where each comment of `notes` stands in the workbook `plan` writes, and those that stand nowhere (by the
 * cell they were on). Comments on sheets the plan does not write, and no table moves from, are left alone.
 * @example placedNotes([{ sheet: "任务台账", row: 1, col: 10, text: "督查室核实", note }], plan)
 */
export function placedNotes(
  notes: readonly CellNote[],
  plan: WorkbookPlan,
): { placed: CellNote[]; lost: LostNote[] } {
  const planned = new Set(plan.sheets.map((s) => s.name));
  const moves = (plan.moves ?? []).map((m) => ({ ...m, rows: new Map(m.rows), cols: new Map(m.cols) }));
  const placed: CellNote[] = [];
  const lost: LostNote[] = [];
  for (const n of notes) {
    const from = moves.filter((m) => m.from === n.sheet);
    if (from.length === 0 && !planned.has(n.sheet)) continue;
    const to = from.find((m) => m.rows.has(n.row) && m.cols.has(n.col));
    if (to) placed.push({ ...n, sheet: to.to, row: to.rows.get(n.row) ?? 0, col: to.cols.get(n.col) ?? 0 });
    else lost.push({ cell: `${n.sheet}!${a1(n.row, n.col)}`, text: n.text });
  }
  return { placed, lost };
}

/**
 * For the commands that rewrite a ledger: `keep` (given to writeWorkbookWith) places the comments read from the
 * previous file in the workbook `plan` writes, and `lost` then holds those it could not.
 */
export function notesKeeper(plan: WorkbookPlan): {
  keep: (notes: CellNote[]) => CellNote[];
  lost: LostNote[];
} {
  const lost: LostNote[] = [];
  return {
    lost,
    keep: (notes) => {
      const out = placedNotes(notes, plan);
      lost.push(...out.lost);
      return out.placed;
    },
  };
}

/**
 * The comments on the sheets a write makes anew (`rewritten`, by name), which no cell of the new sheets takes
 * (a unit sheet, 任务分工: the tool's own cells): named, as regenerate names them.
 */
export function notesOnSheets(notes: readonly CellNote[], rewritten: ReadonlySet<string>): LostNote[] {
  return notes
    .filter((n) => rewritten.has(n.sheet))
    .map((n) => ({ cell: `${n.sheet}!${a1(n.row, n.col)}`, text: n.text }));
}

/**
 * The report's line when this Excel cannot read comments (ExcelApi 1.10), so none could be carried: those on
 * `sheets` (the sheets written anew; any when not given), and the command that keeps them.
 */
export function notesUnsupportedLine(
  isZh: boolean,
  sheets: readonly string[] = [],
  command = "update",
): string {
  const named = sheets.length > 0;
  return isZh
    ? zh`此版本的 Excel 不提供批注接口(ExcelApi 1.10),${named ? `重新写入的${sheets.join("、")}` : "重新写入的工作表"}上如有批注,未能保留;请在 Microsoft 365、Office 2021 或更新版本、或网页版 Excel 中操作,或用命令行 npx taizhang ${command}。`
    : `This Excel has no comments API (ExcelApi 1.10): comments on ${named ? sheets.join(", ") : "the sheets written anew"}, if any, were not kept; use Microsoft 365, Office 2021 or later, or Excel on the web, or npx taizhang ${command}.`;
}

/** The report's line for a comment not kept. */
export function noteLostLine(n: LostNote, isZh: boolean): string {
  return isZh
    ? zh`${n.cell} 的批注“${n.text}”未能保留(该处由本工具重新生成,或所在的行已不在新台账中),请按需手工补回。`
    : `The comment on ${n.cell} ("${n.text}") was not kept (the tool makes that cell anew, or its row is not in the new ledger); add it back by hand if needed.`;
}
