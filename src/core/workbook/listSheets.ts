/**
 * One sheet per leader and one per unit: counts on top, then the task list. Everything but the 编号 (and a
 * unit's role) is a formula reading the ledger row, so these sheets never go stale and nothing is typed twice.
 */

import type { LedgerModel, LedgerTask } from "../ledger/types";
import { zh } from "../text/cnPunct";
import type { Assignment } from "./assignments";
import { SheetDraft, statusRules } from "../plan/draft";
import { literal, taskDateLookup, taskLookup } from "../plan/formulas";
import { blocksHeight, countTable, FORMULA_SUMMARY_NOTE } from "./countTable";
import type { CellValue, ColumnFormat, SheetPlan } from "../plan/types";
import { LIGHT_COLUMN } from "../cycle/lights";
import { lightRules } from "../year/ledgerLights";

/**
 * The ledger fields a list column shows, by header. The widths add up, with 编号, 角色 and 经由, to 154
 * characters: a unit sheet prints one A4 landscape page wide at 73 % of full size, its text at 8 points.
 */
const LOOKUP: Readonly<
  Record<
    string,
    {
      field: Exclude<keyof LedgerTask, "extra" | "kept">;
      header: string;
      format: ColumnFormat;
      width: number;
    }
  >
> = {
  工作任务: { field: "text", header: "工作任务", format: "general", width: 38 },
  牵头单位: { field: "lead", header: "牵头单位", format: "general", width: 12 },
  配合单位: { field: "co", header: "配合单位", format: "general", width: 18 },
  分管领导: { field: "leader", header: "分管领导", format: "general", width: 8 },
  完成时限: { field: "deadline", header: "完成时限", format: "general", width: 8 },
  截止日期: { field: "due", header: "截止日期", format: "date", width: 11 },
  完成状态: { field: "status", header: "完成状态", format: "general", width: 8 },
  进展情况: { field: "progress", header: "进展情况", format: "general", width: 22 },
  亮灯: { field: "light", header: LIGHT_COLUMN, format: "general", width: 5 },
};

/** Tasks by 编号, made once per model: every leader and unit sheet looks its rows up in it. */
const TASKS_BY_ID = new WeakMap<LedgerModel, ReadonlyMap<string, LedgerTask>>();
function tasksById(model: LedgerModel): ReadonlyMap<string, LedgerTask> {
  let byId = TASKS_BY_ID.get(model);
  if (!byId) TASKS_BY_ID.set(model, (byId = new Map(model.tasks.map((t) => [t.id, t]))));
  return byId;
}

/**
 * The task list: static columns given per row, then lookup columns. Returns the row after the list.
 */
function taskList(
  d: SheetDraft,
  model: LedgerModel,
  top: number,
  ids: readonly string[],
  fixed: ReadonlyArray<{ header: string; values: readonly string[]; width: number }>,
  lookups: readonly string[],
  formatting: boolean,
): void {
  const byId = tasksById(model);
  const header = [...fixed.map((f) => f.header), ...lookups];
  d.blocks.push({
    kind: "values",
    row: top,
    col: 0,
    values: [header],
    formats: header.map(() => "text"),
    style: "header",
  });
  const n = ids.length;
  if (n > 0) {
    const rows: CellValue[][] = ids.map((_, i) => fixed.map((f) => f.values[i] ?? ""));
    d.blocks.push({
      kind: "values",
      row: top + 1,
      col: 0,
      values: rows,
      formats: fixed.map(() => "text"),
      style: "body",
    });
    lookups.forEach((h, k) => {
      const spec = LOOKUP[h];
      if (!spec) throw new Error(`no lookup for ${h}`);
      const f = spec.format === "date" ? taskDateLookup(spec.header) : taskLookup(spec.header);
      d.blocks.push({
        kind: "formulaColumn",
        row: top + 1,
        col: fixed.length + k,
        r1c1: f.r1c1,
        a1: f.a1,
        results: ids.map((id) => {
          const v = byId.get(id)?.[spec.field];
          return v === null || v === undefined ? "" : v;
        }),
        format: spec.format,
        style: "body",
      });
    });
    if (formatting) {
      d.conditionalFormats.push(
        ...statusRules(
          model.settings,
          { row: top + 1, col: 0, rows: n, cols: header.length },
          header.indexOf("完成状态"),
          header.indexOf("截止日期") >= 0 ? header.indexOf("截止日期") : null,
        ),
      );
      const light = header.indexOf(LIGHT_COLUMN);
      if (light >= 0)
        d.conditionalFormats.push(
          ...lightRules(model.settings, { row: top + 1, col: light, rows: n, cols: 1 }, 100),
        );
    }
  }
  d.autoFilter = { row: top, col: 0, rows: n + 1, cols: header.length };
  d.freeze = { rows: top + 1, cols: 0 };
  d.widths = [...fixed.map((f) => f.width), ...lookups.map((h) => LOOKUP[h]?.width ?? 12)];
}

/** A leader's sheet: status counts of their tasks, then the list. */
export function leaderSheet(
  model: LedgerModel,
  leader: string,
  name: string,
  formatting: boolean,
): SheetPlan {
  const d = new SheetDraft(name, "leader", leader, "#8764B8");
  const tasks = model.tasks.filter((t) => t.leader === leader);
  const title = tasks.find((t) => t.leaderTitle)?.leaderTitle ?? "";
  d.blocks.push({
    kind: "values",
    row: 0,
    col: 0,
    values: [[`${leader}${title && title !== leader ? ` ${title}` : ""} 分管任务`]],
    style: "title",
  });
  d.blocks.push({
    kind: "values",
    row: 1,
    col: 0,
    values: [[zh`共 ${tasks.length} 项任务。完成状态和进展情况取自任务台账,请在任务台账中填写。`]],
    style: "note",
  });
  const statuses = model.settings.statuses.map((s) => s.name);
  const count = (_: string, c: string | null): number =>
    tasks.filter((t) => c === null || t.status === c).length;
  d.blocks.push(
    ...countTable({
      row: 3,
      col: 0,
      corner: "分管领导",
      items: [leader],
      columns: statuses,
      table: "Tasks",
      itemField: "分管领导",
      columnField: "完成状态",
      count,
      others: true,
      totalRow: false,
    }),
  );
  taskList(
    d,
    model,
    6,
    tasks.map((t) => t.id),
    [{ header: "编号", values: tasks.map((t) => t.id), width: 6 }],
    ["工作任务", "牵头单位", "配合单位", "完成时限", "截止日期", "完成状态", LIGHT_COLUMN, "进展情况"],
    formatting,
  );
  return d.done();
}

/** A unit's sheet: its counts by role and status (a filtered PivotTable in Excel), then its tasks. */
export function unitSheet(
  model: LedgerModel,
  unit: string,
  rows: readonly Assignment[],
  name: string,
  pivotName: string,
  formatting: boolean,
  pivots = true,
): SheetPlan {
  const d = new SheetDraft(name, "unit", unit, null);
  const byId = tasksById(model);
  const lead = rows.filter((r) => r.role === "牵头").length;
  const via = [...new Set(rows.filter((r) => r.via).map((r) => r.via))];
  const viaCount = rows.filter((r) => r.via).length;
  d.blocks.push({ kind: "values", row: 0, col: 0, values: [[`${unit} 任务清单`]], style: "title" });
  const viaText = viaCount > 0 ? zh`(其中 ${viaCount} 项经由单位组:${via.join("、")})` : "";
  d.blocks.push({
    kind: "values",
    row: 1,
    col: 0,
    values: [
      [
        zh`牵头 ${lead} 项,配合 ${rows.length - lead} 项${viaText}。完成状态和进展情况取自任务台账,请在任务台账中填写。`,
      ],
    ],
    style: "note",
  });
  const statuses = model.settings.statuses.map((s) => s.name);
  // Counted once: a unit of a large ledger has thousands of rows, counted for every role and status.
  const counts = new Map<string, number>();
  const tally = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const r of rows) {
    tally(r.role);
    tally(`${r.role}\u0000${byId.get(r.id)?.status ?? ""}`);
  }
  const count = (role: string, c: string | null): number =>
    counts.get(c === null ? role : `${role}\u0000${c}`) ?? 0;
  const fallback = countTable({
    row: 3,
    col: 0,
    corner: "角色",
    items: ["牵头", "配合"],
    columns: statuses,
    table: "Assignments",
    itemField: "角色",
    columnField: "完成状态",
    fixed: [["单位", literal(unit)]],
    count,
    others: true,
  });
  const leaders = new Set(rows.map((r) => r.leader)).size;
  // Pivot rows: filter line, blank, header, leader × role lines, grand total.
  const reservedRows = pivots ? Math.max(leaders * 2 + 6, 6) : blocksHeight(fallback);
  d.pivots.push({
    name: pivotName,
    source: "Assignments",
    row: 3,
    col: 0,
    rows: ["分管领导", "角色"],
    columns: ["完成状态"],
    value: "编号",
    filter: { field: "单位", items: [unit] },
    reservedRows,
    fallback: { blocks: fallback, note: FORMULA_SUMMARY_NOTE, noteRow: 2, noteCol: 0 },
  });
  taskList(
    d,
    model,
    3 + reservedRows + 1,
    rows.map((r) => r.id),
    [
      { header: "编号", values: rows.map((r) => r.id), width: 6 },
      { header: "角色", values: rows.map((r) => r.role), width: 6 },
      { header: "经由", values: rows.map((r) => r.via), width: 12 },
    ],
    [
      "工作任务",
      "牵头单位",
      "配合单位",
      "分管领导",
      "完成时限",
      "截止日期",
      "完成状态",
      LIGHT_COLUMN,
      "进展情况",
    ],
    formatting,
  );
  return d.done();
}
