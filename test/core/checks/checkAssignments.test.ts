import { checkLedger } from "../../../src/core/checks/checkLedger";
import { message } from "../../../src/core/messages";
import { ASSIGNMENT_COLUMNS, TASK_COLUMNS } from "../../../src/core/ledger/types";
import { DEFAULT_SETTINGS } from "../../../src/core/plan/settings";
import type { LedgerTable, LedgerValue } from "../../../src/core/types";

const HEADER: string[] = TASK_COLUMNS.map(([h]) => h);
const task = (fields: Partial<Record<string, LedgerValue>>): LedgerValue[] =>
  HEADER.map((h) => fields[h] ?? (h === "完成状态" ? "推进中" : ""));

const units: LedgerTable = {
  sheet: "单位名录",
  top: 0,
  left: 0,
  header: ["单位", "别名", "类别", "所属组"],
  rows: [
    ["财政局", "财政局(国资办)", "部门", ""],
    ["交通运输局", "交通局", "部门", ""],
    ["建设局", "", "部门", ""],
    ["乌镇镇", "", "镇街", "各镇(街道)"],
    ["梧桐街道", "", "镇街", "各镇(街道)"],
    ["各镇(街道)", "", "组", ""],
  ],
};

/** 任务分工 as generated from the tasks below before the clerk edited them (rows written by hand). */
const assignments: LedgerTable = {
  sheet: "任务分工",
  top: 0,
  left: 0,
  header: [...ASSIGNMENT_COLUMNS],
  rows: [
    ["1.1", "财政局", "牵头", "", "于会游", "推进中"],
    ["1.1", "建设局", "配合", "", "于会游", "推进中"],
    ["1.2", "交通运输局", "牵头", "", "于会游", "推进中"],
    ["1.2", "乌镇镇", "配合", "各镇(街道)", "于会游", "推进中"],
    ["1.2", "梧桐街道", "配合", "各镇(街道)", "于会游", "推进中"],
    ["1.3", "建设局", "牵头", "", "于会游", "推进中"], // row 7: task 1.3, deleted from Tasks since
    ["1.4", "财政局", "牵头", "", "于会游", "推进中"],
  ],
};

const check = (rows: LedgerValue[][]) =>
  checkLedger({
    tasks: { sheet: "任务台账", top: 0, left: 0, header: HEADER, rows },
    units,
    assignments,
    settings: { ...DEFAULT_SETTINGS, year: 2020 },
    today: "2020-01-01",
  }).filter((f) => f.code === "assignments-stale");

describe("任务分工 against the tasks as they are now", () => {
  const unchanged = [
    task({ 编号: "1.1", 牵头单位: "财政局", 配合单位: "建设局" }),
    // Written through an alias: the same unit, the same assignments.
    task({ 编号: "1.2", 牵头单位: "交通局", 配合单位: "各镇(街道)" }),
    task({ 编号: "1.3", 牵头单位: "建设局" }),
    task({ 编号: "1.4", 牵头单位: "财政局(国资办)" }),
  ];

  it("says nothing while every task's units are those its assignments were made from", () => {
    expect(check(unchanged)).toEqual([]);
  });

  it("reports a task whose lead or co-units changed at its 编号, naming the units added and removed", () => {
    const edited = unchanged.map((r, i) =>
      i === 0 ? task({ 编号: "1.1", 牵头单位: "财政局", 配合单位: "交通运输局" }) : r,
    );
    expect(check(edited)).toEqual([
      {
        code: "assignments-stale",
        severity: "warning",
        where: { sheet: "任务台账", cell: "A2" },
        params: {
          id: "1.1",
          change: "changed",
          units: ["交通运输局", "建设局"],
          added: ["交通运输局"],
          removed: ["建设局"],
        },
      },
    ]);
    const [f] = check(edited);
    expect(message(f!.code, f!.params, "zh-CN")).toContain(
      "牵头或配合单位已改动\uff08新增\uff1a交通运输局\uff1b移除\uff1a建设局\uff09",
    );
    expect(message(f!.code, f!.params, "zh-CN")).toContain("npx taizhang regenerate 台账.xlsx");
  });

  it("reports a task deleted from Tasks at its first row in 任务分工, and a task added without assignments", () => {
    const rows = [unchanged[0]!, unchanged[1]!, unchanged[3]!, task({ 编号: "1.5", 牵头单位: "建设局" })];
    expect(check(rows).map((f) => [f.where, f.params])).toEqual([
      [
        { sheet: "任务台账", cell: "A5" },
        { id: "1.5", change: "added", units: [] },
      ],
      [
        { sheet: "任务分工", cell: "A7" },
        { id: "1.3", change: "removed", units: [] },
      ],
    ]);
  });

  it("never calls a task deleted when its units or an 编号 are formulas the file holds no result for", () => {
    const uncalculatedLead = unchanged.map((r, i) =>
      i === 2 ? task({ 编号: "1.3", 牵头单位: { formula: "B2" } }) : r,
    );
    expect(check(uncalculatedLead)).toEqual([]);
    const uncalculatedId = [unchanged[0]!, unchanged[1]!, unchanged[3]!, task({ 编号: { formula: "A2" } })];
    expect(check(uncalculatedId)).toEqual([]);
  });

  it("words each kind of staleness with the advice to regenerate the unit sheets", () => {
    const changed = message("assignments-stale", {
      id: "1.1",
      change: "changed",
      units: ["交通运输局", "建设局"],
    });
    expect(changed).toBe(
      "任务 1.1 的牵头或配合单位已改动\uff08交通运输局、建设局\uff09\uff0c任务分工表和据此统计的分单位表、汇总已过时\uff1b请重新生成各单位工作表\uff08Excel 中\uff1a台账助手 → 生成\uff1b没有 Excel\uff1anpx taizhang regenerate 台账.xlsx\uff0c或在独立页面中打开台账\uff09。",
    );
    expect(message("assignments-stale", { id: "1.3", change: "removed", units: [] })).toBe(
      "任务 1.3 已从任务台账中删除\uff0c任务分工表和据此统计的分单位表、汇总中仍有它\uff1b请重新生成各单位工作表\uff08Excel 中\uff1a台账助手 → 生成\uff1b没有 Excel\uff1anpx taizhang regenerate 台账.xlsx\uff0c或在独立页面中打开台账\uff09。",
    );
    expect(message("assignments-stale", { id: "1.5", change: "added", units: [] }, "en-US")).toBe(
      "Task 1.5 has no rows in 任务分工, so the unit sheets and 汇总 leave it out; regenerate the unit sheets (in Excel: 台账助手 → Generate; without Excel: npx taizhang regenerate ledger.xlsx, or open the ledger in the standalone page).",
    );
  });

  it("does not compare without the unit registry", () => {
    const found = checkLedger({
      tasks: {
        sheet: "任务台账",
        top: 0,
        left: 0,
        header: HEADER,
        rows: [task({ 编号: "9.9", 牵头单位: "财政局" })],
      },
      units: null,
      assignments,
      settings: DEFAULT_SETTINGS,
      today: "2020-01-01",
    });
    expect(found.map((f) => f.code)).toEqual(["table-missing"]);
  });
});
