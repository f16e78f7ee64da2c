import { ledgerFromParsed } from "../../../src/core/ledger/fromParsed";
import type { LedgerTask } from "../../../src/core/ledger/types";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { DEFAULT_SETTINGS } from "../../../src/core/plan/settings";
import type { ProgressRow } from "../../../src/core/year/progress";
import { targetsOfTasks } from "../../../src/core/cycle/targets";
import { updateLedger } from "../../../src/core/year/updateLedger";
import { updateReportLines } from "../../../src/core/year/updateText";
import { sampleText } from "../../support/paths";
import { revisedSample } from "../../support/revisedSample";

describe("the sample's ledger through a revision", () => {
  const parsed = parseBreakdown(sampleText());
  const base = ledgerFromParsed(parsed, { units: [], suggestions: [] }, DEFAULT_SETTINGS);
  // A marker typed into every task, a history row per task, and an actual on 3.1's target.
  const tasks: LedgerTask[] = base.tasks.map((t) => ({
    ...t,
    status: "推进中",
    progress: `进展-${t.id}`,
    note: `备注-${t.id}`,
    extra: { 核实人: `人-${t.id}` },
  }));
  const progress: ProgressRow[] = tasks.map((t) => ({
    id: t.id,
    period: "2020-03",
    unit: t.lead,
    status: "推进中",
    progress: `史-${t.id}`,
    problems: "",
    nextSteps: "",
    reportedOn: "2020-03-31",
    source: "存档",
  }));
  const targets = targetsOfTasks(tasks).map((t) =>
    t.taskId === "3.1" ? { ...t, actuals: { "2020-03": 18 } } : t,
  );
  const revised = parseBreakdown(revisedSample());
  const result = updateLedger({ ...base, tasks, targets }, progress, revised);
  const task = (id: string) => result.model.tasks.find((t) => t.id === id);

  it("reads the revision as 72 tasks", () => {
    expect(revised.tasks).toHaveLength(72);
  });

  it("finds every marker on its task or in 已撤销", () => {
    for (const old of tasks) {
      const here = result.model.tasks.find((t) => t.note === old.note);
      const gone = result.revoked.find((r) => r.task.note === old.note);
      expect([old.id, here !== undefined || gone !== undefined]).toEqual([old.id, true]);
      const holder = here ?? gone?.task;
      expect([holder?.progress, holder?.extra]).toEqual([old.progress, old.extra]);
      const history = [...result.progress, ...(gone?.progress ?? [])].filter(
        (r) => r.progress === `史-${old.id}`,
      );
      expect(history).toHaveLength(1);
    }
  });

  it("moves the two dropped tasks to 已撤销 with their history, and reports them removed", () => {
    expect(result.report.removed).toEqual(["2.3", "3.8"]);
    expect(result.revoked.map((r) => [r.task.id, r.task.progress, r.progress.length])).toEqual([
      ["2.3", "进展-2.3", 1],
      ["3.8", "进展-3.8", 1],
    ]);
  });

  it("keeps the renumbered tasks' values and history under their new 编号", () => {
    expect(task("2.3")?.note).toBe("备注-2.4");
    expect(task("2.24")?.note).toBe("备注-2.25");
    expect(task("3.8")?.note).toBe("备注-3.9");
    expect(result.progress.find((r) => r.progress === "史-2.4")?.id).toBe("2.3");
    const renumbered = result.report.changes.filter((c) => c.renumbered);
    expect(renumbered).toHaveLength(22 + 18); // 2.4–2.25 and 3.9–3.26
    expect(renumbered.every((c) => !c.reworded && !c.unitsChanged && !c.doubtful)).toBe(true);
  });

  it("takes the reworded task's new wording and keeps its values and its target's actual", () => {
    const change = result.report.changes.find((c) => c.to === "3.1");
    expect(change).toMatchObject({ from: "3.1", reworded: true, renumbered: false, unitsChanged: false });
    expect(task("3.1")?.text).toContain("健全政策性融资担保体系");
    expect(task("3.1")?.note).toBe("备注-3.1");
    const target = result.model.targets?.find((t) => t.taskId === "3.1");
    expect([target?.value, target?.unit, target?.actuals]).toEqual([60, "亿元", { "2020-03": 18 }]);
  });

  it("takes the new units of 4.6 and reports them", () => {
    expect(task("4.6")?.lead).toBe("公路与运输管理中心");
    expect(task("4.6")?.note).toBe("备注-4.6");
    expect(result.report.changes.find((c) => c.to === "4.6")).toMatchObject({
      unitsChanged: true,
      reworded: false,
    });
  });

  it("adds the new task fresh, with its target", () => {
    expect(result.report.added).toEqual(["4.20"]);
    expect(task("4.20")).toMatchObject({
      status: "未启动",
      progress: "",
      note: "",
      lead: "自然资源和规划局",
    });
    expect(
      result.model.targets?.filter((t) => t.taskId === "4.20").map((t) => `${t.value}${t.unit}`),
    ).toEqual(["5个"]);
  });

  it("reports the other tasks as kept, none of them doubtful", () => {
    const kept = result.report.changes.filter((c) => !c.renumbered && !c.reworded && !c.unitsChanged);
    expect(kept).toHaveLength(72 - 1 - 40 - 1 - 1);
    expect(result.report.changes.some((c) => c.doubtful)).toBe(false);
  });
});

describe("a revised target (楼宇税收 14亿元 → 15亿元)", () => {
  const parsed = parseBreakdown(sampleText());
  const base = ledgerFromParsed(parsed, { units: [], suggestions: [] }, DEFAULT_SETTINGS);
  const targets = targetsOfTasks(base.tasks).map((t) =>
    t.taskId === "2.9" ? { ...t, actuals: { "2020-03": 1, "2020-04": 2 } } : t,
  );
  const revised = parseBreakdown(sampleText().replace("实现楼宇税收14亿元", "实现楼宇税收15亿元"));
  const result = updateLedger({ ...base, targets }, [], revised);

  it("revises the row in place: one 2.9 row, 15亿元, its actuals kept, the old value in 原文", () => {
    const rows = (result.model.targets ?? []).filter((t) => t.taskId === "2.9");
    expect(rows.map((t) => [t.seq, t.value, t.unit, t.actuals, t.phrase])).toEqual([
      [1, 15, "亿元", { "2020-03": 1, "2020-04": 2 }, "实现楼宇税收15亿元（修订前：14亿元）"],
    ]);
  });

  it("says 目标值 14亿元 → 15亿元 in update's report", () => {
    expect(result.report.targets).toEqual([
      { taskId: "2.9", seq: 1, indicator: "实现楼宇税收", from: "14亿元", to: "15亿元" },
    ]);
    const lines = updateReportLines(base, result, "zh-CN");
    expect(lines.filter((l) => l.startsWith("目标值"))).toEqual([
      "目标值 14亿元 → 15亿元（2.9 第 1 项指标 实现楼宇税收，已填的实际值保留）",
    ]);
  });
});
