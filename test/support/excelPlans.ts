/**
 * Workbook plans built by hand for the Office shell's tests, independent of the core's plan builder: every
 * block kind (values with text, numbers, dates and formulas; formula columns), tables, dropdowns (by name and
 * by list), conditional formats (equals and formula), pivots (plain and filtered, with fallbacks), names,
 * widths, frozen panes, tab colours and filter buttons. `handPlan({ tasks: 2000, units: 150 })` is the large
 * plan of the batching tests.
 */

import type {
  Block,
  CellValue,
  ConditionalFormatPlan,
  LedgerSettings,
  PivotPlan,
  SheetPlan,
  WorkbookPlan,
} from "../../src/core/plan/types";

/** The default four statuses with their colours. */
export const SETTINGS: LedgerSettings = {
  statuses: [
    { name: "未启动", fill: "#EDEBE9", font: "#323130" },
    { name: "推进中", fill: "#DEECF9", font: "#004578" },
    { name: "已完成", fill: "#DFF6DD", font: "#0B6A0B" },
    { name: "滞后", fill: "#FDE7E9", font: "#A4262C" },
  ],
  doneStatus: "已完成",
  dueSoonDays: 15,
  overdueFill: "#FDE7E9",
  overdueFont: "#A4262C",
  dueSoonFill: "#FFF4CE",
  year: 2020,
};

/** The Tasks columns. */
export const TASK_HEADER = [
  "编号",
  "分管领导",
  "职务",
  "工作任务",
  "牵头单位",
  "配合单位",
  "量化指标",
  "完成时限",
  "截止日期",
  "完成状态",
  "进展情况",
  "备注",
];

/** Task texts that must stay text: each begins with a character Excel reads as a formula. */
export const INJECTIONS = [
  "=1+1 计算公式不得执行",
  "+86 热线电话畅通",
  "-5% 能耗下降目标",
  "@相关单位 请关注",
];

const LEADERS = ["张三", "李四", "王五", "赵六"];
const PHRASE = "深入推进营商环境优化提升,加快数字化改革,完善基层治理体系建设,确保年度目标任务全面完成";

/** A unit name: 单位001 局 … */
export const unitName = (i: number): string =>
  `${["发改", "财政", "经信", "教育", "科技", "民政", "司法", "人社", "资规", "生态"][i % 10]}局${i >= 10 ? String(i) : ""}`;

interface HandTask {
  readonly id: string;
  readonly leader: string;
  readonly text: string;
  readonly units: readonly string[];
  readonly status: string;
  readonly due: string | null;
}

/** Tasks spread over `units` units (lead plus two co-units each) and four leaders. */
export function handTasks(tasks: number, units: number): HandTask[] {
  return Array.from({ length: tasks }, (_, i) => {
    const text =
      i < INJECTIONS.length ? (INJECTIONS[i] as string) : `${PHRASE.slice(0, 20 + (i % 25))}(第${i + 1}项)`;
    const u = [i % units, (i * 7 + 3) % units, (i * 13 + 5) % units].filter((x, k, a) => a.indexOf(x) === k);
    return {
      id: `${Math.floor(i / 50) + 1}.${(i % 50) + 1}`,
      leader: LEADERS[i % LEADERS.length] as string,
      text,
      units: u.map(unitName),
      status: SETTINGS.statuses[i % 4]?.name ?? "",
      due: i % 3 === 0 ? null : `2020-${String((i % 12) + 1).padStart(2, "0")}-28`,
    };
  });
}

const statusRules = (
  row: number,
  rows: number,
  cols: number,
  statusCol: number,
  dueCol: number | null,
): ConditionalFormatPlan[] => {
  if (rows === 0) return [];
  const out: ConditionalFormatPlan[] = SETTINGS.statuses.map((s, i) => ({
    range: { row, col: statusCol, rows, cols: 1 },
    rule: { kind: "equals", value: s.name },
    fill: s.fill,
    font: s.font,
    priority: i + 1,
  }));
  if (dueCol !== null) {
    const due = `$${String.fromCharCode(65 + dueCol)}${row + 1}`;
    const st = `$${String.fromCharCode(65 + statusCol)}${row + 1}`;
    out.push({
      range: { row, col: 0, rows, cols },
      rule: { kind: "formula", formula: `AND(ISNUMBER(${due}),${due}<TODAY(),${st}<>"已完成")` },
      fill: SETTINGS.overdueFill,
      font: SETTINGS.overdueFont,
      bold: true,
      priority: out.length + 1,
    });
  }
  return out;
};

const sheet = (p: Partial<SheetPlan> & Pick<SheetPlan, "name" | "kind" | "key">): SheetPlan => ({
  tabColor: null,
  blocks: [],
  tables: [],
  validations: [],
  conditionalFormats: [],
  pivots: [],
  widths: [],
  freeze: null,
  autoFilter: null,
  ...p,
});

/** 任务台账 with the Tasks table. */
function ledger(tasks: readonly HandTask[]): SheetPlan {
  const rows: CellValue[][] = tasks.map((t) => [
    t.id,
    t.leader,
    "副市长",
    t.text,
    t.units[0] ?? "",
    t.units.slice(1).join("、"),
    "",
    t.due ? "年内" : "持续推进",
    t.due ? { date: t.due } : null,
    t.status,
    "",
    "",
  ]);
  const formats = TASK_HEADER.map((h) => (h === "截止日期" ? ("date" as const) : ("text" as const)));
  const n = Math.max(rows.length, 1);
  return sheet({
    name: "任务台账",
    kind: "ledger",
    key: "ledger",
    tabColor: "#2B579A",
    blocks: [
      { kind: "values", row: 0, col: 0, values: [TASK_HEADER], formats, style: "header" },
      ...(rows.length > 0
        ? [
            {
              kind: "values" as const,
              row: 1,
              col: 0,
              values: rows,
              formats,
              style: "body" as const,
              wrap: true,
            },
          ]
        : []),
    ],
    tables: [
      {
        name: "Tasks",
        range: { row: 0, col: 0, rows: n + 1, cols: TASK_HEADER.length },
        columns: TASK_HEADER,
        style: "TableStyleMedium2",
      },
    ],
    validations: [
      {
        range: { row: 1, col: 4, rows: n, cols: 1 },
        source: { name: "UnitList" },
        prompt: { title: "牵头单位", message: "从单位名录中选择一个单位。" },
        errorStyle: "warning",
        errorTitle: "单位不在名录中",
        errorMessage: "这个单位不在单位名录中。仍要保留吗?",
      },
      {
        range: { row: 1, col: 9, rows: n, cols: 1 },
        source: { values: SETTINGS.statuses.map((s) => s.name) },
        prompt: null,
        errorStyle: "stop",
        errorTitle: "完成状态",
        errorMessage: "请从列表中选择。",
      },
    ],
    conditionalFormats: statusRules(1, rows.length, TASK_HEADER.length, 9, 8),
    widths: [8, 10, 12, 60, 18, 32, 14, 12, 12, 10, 36, 16],
    freeze: { rows: 1, cols: 1 },
  });
}

const ASSIGNMENT_HEADER = ["编号", "单位", "角色", "经由", "分管领导", "完成状态"];
const STATUS_LOOKUP = 'IFERROR(INDEX(Tasks[完成状态],MATCH(RC1,Tasks[编号],0))&"","")';

/** 任务分工 with the Assignments table and a formula column for the status. */
function assignments(tasks: readonly HandTask[]): SheetPlan {
  const rows = tasks.flatMap((t) =>
    t.units.map((u, k) => [t.id, u, k === 0 ? "牵头" : "配合", "", t.leader]),
  );
  const status = tasks.flatMap((t) => t.units.map(() => t.status));
  const n = Math.max(rows.length, 1);
  return sheet({
    name: "任务分工",
    kind: "assignments",
    key: "assignments",
    tabColor: "#2B579A",
    blocks: [
      {
        kind: "values",
        row: 0,
        col: 0,
        values: [ASSIGNMENT_HEADER],
        formats: ASSIGNMENT_HEADER.map(() => "text"),
        style: "header",
      },
      {
        kind: "values",
        row: 1,
        col: 0,
        values: rows,
        formats: ["text", "text", "text", "text", "text"],
        style: "body",
      },
      {
        kind: "formulaColumn",
        row: 1,
        col: 5,
        r1c1: STATUS_LOOKUP,
        a1: 'IFERROR(INDEX(Tasks[完成状态],MATCH($A{r},Tasks[编号],0))&"","")',
        results: status,
        format: "text",
        style: "body",
      },
    ],
    tables: [
      {
        name: "Assignments",
        range: { row: 0, col: 0, rows: n + 1, cols: 6 },
        columns: ASSIGNMENT_HEADER,
        style: "TableStyleMedium2",
      },
    ],
    conditionalFormats: statusRules(1, rows.length, 6, 5, null),
    widths: [8, 22, 6, 16, 10, 10],
    freeze: { rows: 1, cols: 0 },
  });
}

/** 单位名录 with the Units table. */
function unitsSheet(units: number): SheetPlan {
  const header = ["单位", "别名", "类别", "所属组"];
  const rows = Array.from({ length: units }, (_, i) => [
    unitName(i),
    i % 5 === 0 ? `市${unitName(i)}` : "",
    "部门",
    "",
  ]);
  return sheet({
    name: "单位名录",
    kind: "units",
    key: "units",
    tabColor: "#2B579A",
    blocks: [
      {
        kind: "values",
        row: 0,
        col: 0,
        values: [header],
        formats: header.map(() => "text"),
        style: "header",
      },
      { kind: "values", row: 1, col: 0, values: rows, formats: header.map(() => "text"), style: "body" },
    ],
    tables: [
      {
        name: "Units",
        range: { row: 0, col: 0, rows: rows.length + 1, cols: 4 },
        columns: header,
        style: "TableStyleMedium2",
      },
    ],
    widths: [24, 40, 8, 24],
    freeze: { rows: 1, cols: 0 },
  });
}

/** A count table as formulas (the fallback of a pivot). */
function countBlocks(row: number, unit: string): Block[] {
  const statuses = SETTINGS.statuses.map((s) => s.name);
  const body: CellValue[][] = ["牵头", "配合"].map((role, i) => [
    role,
    ...statuses.map((st, k) => ({
      formula: `COUNTIFS(Assignments[单位],"${unit}",Assignments[角色],$A${row + 2 + i},Assignments[完成状态],${String.fromCharCode(66 + k)}$${row + 1})`,
      result: 0,
    })),
  ]);
  return [
    {
      kind: "values",
      row,
      col: 0,
      values: [["角色", ...statuses]],
      formats: ["text", ...statuses.map(() => "text" as const)],
      style: "header",
    },
    { kind: "values", row: row + 1, col: 0, values: body, style: "body" },
  ];
}

/** The note a unit pivot's fallback writes. */
export const FALLBACK_NOTE =
  "本表为公式汇总:所用 Excel 不支持数据透视表筛选,公式随任务台账中状态的修改自动更新。";

/** A unit's pivot, filtered to the unit, with its formula fallback. */
export function unitPivot(unit: string, index: number): PivotPlan {
  return {
    name: `PT_Unit_${String(index + 1).padStart(3, "0")}`,
    source: "Assignments",
    row: 3,
    col: 0,
    rows: ["分管领导", "角色"],
    columns: ["完成状态"],
    value: "编号",
    filter: { field: "单位", items: [unit] },
    reservedRows: 12,
    fallback: { blocks: countBlocks(3, unit), note: FALLBACK_NOTE, noteRow: 2, noteCol: 0 },
  };
}

/** A unit's sheet: title, note, its pivot, then its tasks (编号 and 角色 as text, the rest looked up). */
function unitSheet(unit: string, index: number, tasks: readonly HandTask[]): SheetPlan {
  const mine = tasks.filter((t) => t.units.includes(unit));
  const top = 16;
  const header = ["编号", "角色", "工作任务", "完成状态"];
  const rows = mine.map((t) => [t.id, t.units[0] === unit ? "牵头" : "配合"]);
  const blocks: Block[] = [
    { kind: "values", row: 0, col: 0, values: [[`${unit} 任务清单`]], style: "title" },
    { kind: "values", row: 1, col: 0, values: [[`共 ${mine.length} 项。`]], style: "note" },
    {
      kind: "values",
      row: top,
      col: 0,
      values: [header],
      formats: header.map(() => "text"),
      style: "header",
    },
  ];
  if (rows.length > 0) {
    blocks.push({
      kind: "values",
      row: top + 1,
      col: 0,
      values: rows,
      formats: ["text", "text"],
      style: "body",
    });
    blocks.push({
      kind: "formulaColumn",
      row: top + 1,
      col: 2,
      r1c1: 'IFERROR(INDEX(Tasks[工作任务],MATCH(RC1,Tasks[编号],0))&"","")',
      a1: 'IFERROR(INDEX(Tasks[工作任务],MATCH($A{r},Tasks[编号],0))&"","")',
      results: mine.map((t) => t.text),
      format: "general",
      style: "body",
    });
    blocks.push({
      kind: "formulaColumn",
      row: top + 1,
      col: 3,
      r1c1: STATUS_LOOKUP,
      a1: 'IFERROR(INDEX(Tasks[完成状态],MATCH($A{r},Tasks[编号],0))&"","")',
      results: mine.map((t) => t.status),
      format: "general",
      style: "body",
    });
  }
  return sheet({
    name: unit,
    kind: "unit",
    key: unit,
    blocks,
    pivots: [unitPivot(unit, index)],
    conditionalFormats: statusRules(top + 1, rows.length, 4, 3, null),
    widths: [8, 6, 56, 10],
    freeze: { rows: top + 1, cols: 0 },
    autoFilter: { row: top, col: 0, rows: rows.length + 1, cols: 4 },
  });
}

/** 汇总: two unfiltered pivots with their fallbacks, each with room for its items (units, leaders). */
function summary(units: number): SheetPlan {
  const pivot = (
    name: string,
    row: number,
    source: "Tasks" | "Assignments",
    rows: string[],
    columns: string[],
    reservedRows: number,
  ): PivotPlan => ({
    name,
    source,
    row,
    col: 0,
    rows,
    columns,
    value: "编号",
    filter: null,
    reservedRows,
    fallback: { blocks: [], note: "", noteRow: row - 1, noteCol: 0 },
  });
  return sheet({
    name: "汇总",
    kind: "summary",
    key: "summary",
    tabColor: "#107C41",
    blocks: [{ kind: "values", row: 0, col: 0, values: [["任务汇总"]], style: "title" }],
    pivots: [
      pivot("PT_UnitRole", 3, "Assignments", ["单位"], ["角色"], units + 6),
      pivot("PT_LeaderStatus", units + 10, "Tasks", ["分管领导"], ["完成状态"], 20),
    ],
    widths: [24, 10, 10, 10, 10],
  });
}

/** 说明: facts (a date, a number, a formula), the Statuses table. */
function about(taskCount: number): SheetPlan {
  const statuses = SETTINGS.statuses.map((s) => [s.name, s.fill, s.font]);
  return sheet({
    name: "说明",
    kind: "about",
    key: "about",
    tabColor: "#605E5C",
    blocks: [
      { kind: "values", row: 0, col: 0, values: [["台账说明"]], style: "title" },
      {
        kind: "values",
        row: 2,
        col: 0,
        values: [
          ["导入日期", { date: "2020-05-22" }],
          ["任务数", taskCount],
          ["任务数(公式)", { formula: "ROWS(Tasks[编号])", result: taskCount }],
          ["工具版本", "0.1.0"],
        ],
        formats: ["text", "general"],
        style: "body",
      },
      {
        kind: "values",
        row: 7,
        col: 0,
        values: [["状态", "底色", "字色"]],
        formats: ["text", "text", "text"],
        style: "header",
      },
      { kind: "values", row: 8, col: 0, values: statuses, formats: ["text", "text", "text"], style: "body" },
    ],
    tables: [
      {
        name: "Statuses",
        range: { row: 7, col: 0, rows: statuses.length + 1, cols: 3 },
        columns: ["状态", "底色", "字色"],
        style: "TableStyleLight1",
      },
    ],
    widths: [16, 40],
  });
}

/** A whole ledger plan: the fixed sheets, one sheet per unit, 汇总 and 说明. */
export function handPlan(size: { tasks: number; units: number }): WorkbookPlan {
  const tasks = handTasks(size.tasks, size.units);
  const units = Array.from({ length: size.units }, (_, i) => unitName(i));
  return {
    sheets: [
      ledger(tasks),
      assignments(tasks),
      unitsSheet(size.units),
      summary(size.units),
      ...units.map((u, i) => unitSheet(u, i, tasks)),
      about(tasks.length),
    ],
    names: [{ name: "UnitList", refersTo: "Units[单位]" }],
    settings: SETTINGS,
  };
}

/** The small plan: 70 tasks, 10 units. */
export const smallPlan = (): WorkbookPlan => handPlan({ tasks: 70, units: 10 });

/** The large plan: 2,000 tasks, 150 units (150 unit sheets). */
export const largePlan = (): WorkbookPlan => handPlan({ tasks: 2000, units: 150 });
