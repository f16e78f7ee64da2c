/**
 * 汇总: tasks per unit × role, per unit × status (over `Assignments`) and per leader × status (over
 * `Tasks`). In Excel these are PivotTables; a file written headless gets formula tables instead, since
 * ExcelJS pivots hold one summed value field only — the fallback is part of each pivot's plan (countTable.ts).
 */

import { cnPunct } from "../text/cnPunct";
import type { LedgerModel } from "../ledger/types";
import type { Assignment } from "./assignments";
import { SheetDraft } from "../plan/draft";
import type { PivotPlan, SheetPlan } from "../plan/types";
import { blocksHeight, countTable, counter, FORMULA_SUMMARY_NOTE } from "./countTable";
import { LIGHT_COLUMN } from "../cycle/lights";
import { lightsOf } from "../cycle/lights";

/** Width of the name column of each band of 汇总 (a unit's name wraps past ten characters). */
const NAME_WIDTH = 20;
/** Width of a count column: three characters of a status or a light word. */
const COUNT_WIDTH = 6;
/** Width of the empty column between the two bands, which also keeps a left pivot from growing into a right one. */
const GAP_WIDTH = 2;

/** One count table of 汇总: its label, its pivot and what it counts. */
interface SummaryTable {
  readonly title: string;
  readonly pivot: Omit<PivotPlan, "row" | "col" | "reservedRows" | "fallback">;
  readonly items: readonly string[];
  readonly columns: readonly string[];
  readonly count: (i: string, c: string | null) => number;
  readonly itemField: string;
  readonly columnField: string;
  readonly others: boolean;
}

/** Count columns of a table: its columns, 其他 when it has one, 合计. */
const countColumns = (t: SummaryTable): number => t.columns.length + (t.others ? 1 : 0) + 1;

/**
 * The 汇总 sheet: five pivots, each with its formula fallback, in two bands side by side so that a page
 * holds them at a readable size (stacked, the two 55-unit tables alone fill three pages). Left: by unit ×
 * role, then lights per lead unit; right: by unit × status, then per leader × status and × light. The left
 * band is as wide as its widest table, and an empty column keeps its pivots from reaching the right band.
 */
export function summarySheet(
  model: LedgerModel,
  assignments: readonly Assignment[],
  units: readonly string[],
  leaders: readonly string[],
  name: string,
  pivots = true,
): SheetPlan {
  const d = new SheetDraft(name, "summary", "summary", "#107C41");
  const statuses = model.settings.statuses.map((s) => s.name);
  const statusOf = new Map(model.tasks.map((t) => [t.id, t.status]));
  d.blocks.push({ kind: "values", row: 0, col: 0, values: [["任务汇总"]], style: "title" });
  const byRole = counter(
    assignments,
    (a) => a.unit,
    (a) => a.role,
  );
  const byStatus = counter(
    assignments,
    (a) => a.unit,
    (a) => statusOf.get(a.id) ?? "",
  );
  const byLeader = counter(
    model.tasks,
    (t) => t.leader,
    (t) => t.status,
  );
  /** Places a table's label and pivot at (row, col); returns the rows they take. */
  const place = (t: SummaryTable, row: number, col: number): number => {
    d.blocks.push({ kind: "values", row, col, values: [[t.title]], style: "label" });
    const at = row + 1;
    const blocks = countTable({
      row: at,
      col,
      corner: t.itemField,
      items: t.items,
      columns: t.columns,
      table: t.pivot.source,
      itemField: t.itemField,
      columnField: t.columnField,
      count: t.count,
      others: t.others,
    });
    // Pivot rows: header rows, one per item, a total; kept free below it. A file holds the formulas only.
    const reservedRows = pivots ? t.items.length + 6 : blocksHeight(blocks);
    d.pivots.push({
      ...t.pivot,
      row: at,
      col,
      reservedRows,
      fallback: { blocks, note: FORMULA_SUMMARY_NOTE, noteRow: 2, noteCol: 0 },
    });
    return 1 + reservedRows;
  };
  const table = (
    title: string,
    name: string,
    source: PivotPlan["source"],
    [itemField, columnField]: readonly [string, string],
    items: readonly string[],
    columns: readonly string[],
    count: SummaryTable["count"],
    others = true,
  ): SummaryTable => ({
    title,
    pivot: { name, source, rows: [itemField], columns: [columnField], value: "编号", filter: null },
    items,
    columns,
    count,
    itemField,
    columnField,
    others,
  });
  const unitRole = ["单位", "角色"] as const;
  const unitStatus = ["单位", "完成状态"] as const;
  const leaderStatus = ["分管领导", "完成状态"] as const;
  const byUnitRole = table(
    "各单位任务数(按角色)",
    "PT_UnitRole",
    "Assignments",
    unitRole,
    units,
    ["牵头", "配合"],
    byRole,
    false,
  );
  const byUnitStatus = table(
    "各单位任务数(按完成状态)",
    "PT_UnitStatus",
    "Assignments",
    unitStatus,
    units,
    statuses,
    byStatus,
  );
  const byLeaderStatus = table(
    "各分管领导任务数(按完成状态)",
    "PT_LeaderStatus",
    "Tasks",
    leaderStatus,
    leaders,
    statuses,
    byLeader,
  );
  // Lights per leader and per lead unit (over Tasks, whose 亮灯 column is a formula).
  const words = lightsOf(model.settings).words;
  const lightOf = (t: (typeof model.tasks)[number]): string => t.light ?? "";
  const byLeaderLight = table(
    "各分管领导任务亮灯情况",
    "PT_LeaderLight",
    "Tasks",
    ["分管领导", LIGHT_COLUMN],
    leaders,
    words,
    counter(model.tasks, (t) => t.leader, lightOf),
  );
  const byLeadLight = table(
    "各牵头单位任务亮灯情况",
    "PT_LeadLight",
    "Tasks",
    ["牵头单位", LIGHT_COLUMN],
    [...new Set(model.tasks.map((t) => t.lead).filter(Boolean))],
    words,
    counter(model.tasks, (t) => t.lead, lightOf),
  );
  const left = [byUnitRole, byLeadLight];
  const right = [byUnitStatus, byLeaderStatus, byLeaderLight];
  const leftCounts = Math.max(...left.map(countColumns));
  const rightCounts = Math.max(...right.map(countColumns));
  const rightCol = 1 + leftCounts + 1;
  const top = 3;
  // The two by-unit tables side by side; under them, each band goes on with its own tables.
  const second = top + Math.max(place(byUnitRole, top, 0), place(byUnitStatus, top, rightCol)) + 1;
  place(byLeaderLight, second + place(byLeaderStatus, second, rightCol) + 1, rightCol);
  place(byLeadLight, second, 0);
  d.blocks.push({
    kind: "values",
    row: 1,
    col: 0,
    values: [[cnPunct("单位任务数按任务分工表统计(单位组已展开到成员单位);领导任务数按任务台账统计。")]],
    style: "note",
  });
  d.widths = [
    NAME_WIDTH,
    ...Array<number>(leftCounts).fill(COUNT_WIDTH),
    GAP_WIDTH,
    NAME_WIDTH,
    ...Array<number>(rightCounts).fill(COUNT_WIDTH),
  ];
  return d.done();
}
