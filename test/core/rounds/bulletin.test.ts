import { bulletinDoc, periodWords, workName } from "../../../src/core/rounds/bulletinDoc";
import { bulletinSheetPlan } from "../../../src/core/rounds/reportSheets";
import { linesIn } from "../../../src/core/plan/print";
import { bulletinFigures, periodEnd, share } from "../../../src/core/rounds/bulletinFigures";
import { targetsFromTable } from "../../../src/core/rounds/targetsTable";
import type { ProgressRow } from "../../../src/core/year/progress";
import { sampleLedger } from "../../support/sampleLedger";

const { model } = sampleLedger();
const row = (unit: string, reportedOn: string, period = "2020-03"): ProgressRow => ({
  id: "1.1",
  period,
  unit,
  status: "",
  progress: "x",
  problems: "",
  nextSteps: "",
  reportedOn,
  source: "报送",
});

describe("bulletin figures", () => {
  it("names units that reported after the due day as late and those that never did as missing", () => {
    const f = bulletinFigures(
      model,
      [row("经信局", "2020-03-25"), row("发改局", "2020-04-03"), row("财政局", "2020-02-20", "2020-02")],
      [],
      "2020-03",
      "2020-04-05",
    );
    expect(f.reportDue).toBe("2020-03-31");
    expect(f.late).toEqual([{ unit: "发改局", reportedOn: "2020-04-03" }]);
    expect(f.missing.map((m) => m.unit)).toContain("财政局");
    expect(f.missing.find((m) => m.unit === "财政局")?.tasks).toBe(12);
    expect(f.missing).toHaveLength(47);
  });

  it("puts every task in exactly one class, so the classes add up to the tasks", () => {
    const f = bulletinFigures(model, [], [], "2020-03", "2020-04-05");
    const t = f.total;
    expect(t.done + t.onSchedule + t.behind + t.overdue).toBe(73);
    expect(f.byLeader.reduce((n, l) => n + l.tasks, 0)).toBe(73);
    expect(f.byStatus.reduce((n, s) => n + s.count, 0)).toBe(73);
    expect(f.byLight.reduce((n, s) => n + s.count, 0)).toBe(73);
  });

  it("compares each target with its latest actual up to the period", () => {
    const table = {
      sheet: "量化指标",
      top: 0,
      left: 0,
      header: [
        "编号",
        "序号",
        "指标",
        "目标值",
        "计量单位",
        "类型",
        "界限",
        "原文",
        "实际值2020-02",
        "实际值2020-03",
        "实际值2020-04",
      ],
      rows: [["1.2", 1, "为企业减负", 60, "亿元", "累计新增", "", "减负60亿元", 4, "5", 30]],
    };
    const f = bulletinFigures(model, [], targetsFromTable(table), "2020-03", "2020-04-05");
    // 60 over 12 months: 15 expected by March; 5 is (15 − 5) / 60 = 16.7 points behind → yellow. April's 30,
    // after the period, would be ahead (20 expected) → green.
    expect(f.targets).toEqual([
      { id: "1.2", indicator: "为企业减负", target: "60亿元", actual: "5亿元(2020-03)", light: "黄" },
    ]);
  });
});

describe("bulletin targets: the light at the 通报's period, and actuals that are no plain number", () => {
  const header = ["编号", "序号", "指标", "目标值", "计量单位", "类型", "界限", "原文"];
  const months = ["2020-03", "2020-04", "2020-05", "2020-06"].map((p) => `实际值${p}`);
  const table = (rows: unknown[][]) => ({
    sheet: "量化指标",
    top: 0,
    left: 0,
    header: [...header, ...months],
    rows: rows as never,
  });

  it("judges a March actual of an amount added through the year at June's share in the June 通报", () => {
    const t = targetsFromTable(
      table([["1.2", 1, "为企业减负", 60, "亿元", "累计新增", "", "减负60亿元", 15, null, null, null]]),
    );
    // 60 over 12 months: 15 by March (green then); by June 30 are expected, 15 is (30 − 15) / 60 = 25 points
    // behind → yellow. The actual's period shows its age.
    expect(bulletinFigures(model, [], t, "2020-03", "2020-04-05").targets[0]?.light).toBe("绿");
    expect(bulletinFigures(model, [], t, "2020-06", "2020-07-05").targets[0]).toMatchObject({
      actual: "15亿元(2020-03)",
      light: "黄",
    });
  });

  it("shows 80% typed as text once, as left out of the light, and a fraction against a % target as doubtful", () => {
    const t = targetsFromTable(
      table([
        ["2.2", 1, "开工率", 95, "%", "达到", "下限", "开工率95%以上", 90, "80%", null, null],
        ["2.3", 1, "开工率", 95, "%", "达到", "下限", "开工率95%以上", null, 0.05, null, null],
      ]),
    );
    const f = bulletinFigures(model, [], t, "2020-04", "2020-05-05");
    // 2.2: the text is not counted (as on the sheet): March's 90 is (95 − 90) / 95 = 5.3 points short → green.
    // 2.3: 0.05 against 95 is far short → red, and said to be doubtful (5% meant?).
    expect(f.targets.map((x) => [x.actual, x.light])).toEqual([
      ["80%（2020-04，文字，未计入亮灯）", "绿"],
      ["0.05%（2020-04，疑为 5%，请核对）", "红"],
    ]);
    expect(f.targets.some((x) => x.actual.includes("%%"))).toBe(false);
  });
});

describe("the 通报's overdue list and 截止日期 typed as text", () => {
  const planted = {
    ...model,
    tasks: model.tasks.map((t) =>
      t.id === "2.6"
        ? { ...t, deadline: "", due: "2020-03-15", status: "推进中" }
        : t.id === "2.8"
          ? { ...t, due: "2020-03-05", dueWritten: "2020.3.5", status: "推进中" }
          : t,
    ),
  };
  const f = bulletinFigures(planted, [], [], "2020-03", "2020-04-05");

  it("shows the 截止日期 that made a task overdue, not its empty 完成时限", () => {
    const row = bulletinDoc(f, "2020年重点工作", "某办")
      .sections.find((s) => s.heading === "五、逾期未完成任务")
      ?.table?.rows.find((r) => r[0] === "2.6");
    expect(row?.[4]).toBe("2020-03-15");
    expect(bulletinDoc(f, "2020年重点工作", "某办").sections[4]?.table?.header[4]).toBe("截止日期");
  });

  it("counts a text 截止日期 (2020.3.5) as the sheet's 亮灯 does — no date — and names it to be typed as a date", () => {
    expect(f.overdue.map((t) => t.id)).toContain("2.6");
    expect(f.overdue.map((t) => t.id)).not.toContain("2.8");
    expect(f.textDates).toEqual([{ id: "2.8", written: "2020.3.5" }]);
    const paragraphs = bulletinDoc(f, "2020年重点工作", "某办").sections[4]?.paragraphs ?? [];
    expect(paragraphs).toContain(
      "另有 1 项任务的截止日期写成了文字（2.8：2020.3.5），台账的亮灯和本通报都未按它判断逾期；请在任务台账中改为日期。",
    );
  });
});

describe("periods in words", () => {
  it("ends a month or quarter on its last day and names it as a 通报 does", () => {
    expect(periodEnd("2020-02")).toBe("2020-02-29");
    expect(periodEnd("2026Q2")).toBe("2026-06-30");
    expect(periodWords("2026Q1")).toBe("2026年第一季度");
    expect(periodWords("2026-03")).toBe("2026年3月");
    expect(share(1, 3)).toBe(33.3);
    expect(share(0, 0)).toBe(0);
  });

  it("titles the 通报 after the ledger's source without 责任分解", () => {
    const doc = bulletinDoc(
      bulletinFigures(model, [], [], "2020-03", "2020-04-05"),
      "2020年重点工作责任分解",
      "某办",
    );
    expect(doc.title).toBe("关于2020年重点工作推进情况的通报");
    expect(doc.sections.map((s) => s.heading)).toHaveLength(7);
  });

  it("titles the 通报 after the work a notice names, not the notice (never 关于…关于)", () => {
    expect(workName("大竹县人民政府办公室关于对2016年民生实事进行重点督办的通知")).toBe("2016年民生实事");
    expect(workName("某市人民政府办公室关于印发2023年政府工作报告重点工作责任分解的通知")).toBe(
      "2023年政府工作报告重点工作",
    );
    expect(workName("关于印发《2021年民生实事项目任务分工方案》的通知")).toBe("2021年民生实事项目");
    expect(workName("2016年民生实事目标任务分解表")).toBe("2016年民生实事");
    expect(workName("2020年政府工作报告主要工作责任分解")).toBe("2020年政府工作报告主要工作");
    expect(workName("")).toBe("重点工作");
    expect(workName("责任分解")).toBe("重点工作");
  });
});

describe("the 通报 sheet", () => {
  const doc = bulletinDoc(bulletinFigures(model, [], [], "2020-06", "2020-07-05"), "2020年重点工作", "某办");
  const plan = bulletinSheetPlan(doc);

  it("sizes its columns by the tables' content: 工作任务 wide, 开发区(高桥街道) whole", () => {
    // Column B holds 工作任务 (capped at 40: 20 characters a line) and a tally's 任务数; column C the lead, its
    // longest 9 characters (长三角一体化办公室: 9 × 1.875 + 1, so 18), where 开发区(高桥街道) is whole.
    expect(doc.sections[3]?.table?.header[1]).toBe("工作任务");
    expect(plan.widths[1]).toBe(40);
    expect(plan.widths[2]).toBe(18);
    expect(linesIn("开发区(高桥街道)", 18)).toBe(1);
    // Before, every column was 12 (工作任务 6 characters a line) and the first 16.
    expect(plan.widths.every((w) => w >= 6)).toBe(true);
  });

  it("centres a tally's counts under their headers, not a task list's columns", () => {
    const centred = plan.blocks.filter((b) => b.kind === "values" && b.centerFrom === 1);
    // 一 (header and its row), 二 and 三 (header and rows); 四 and the rest are not tallies. A row a block (the
    // sheet is broken into pages with a table's header written again where it runs over one).
    const tallies = doc.sections.slice(0, 3).map((s) => s.table!);
    expect(centred.filter((b) => b.style === "header")).toHaveLength(
      3 + (plan.print?.rowBreaks?.filter((r) => centred.some((b) => b.row === r)).length ?? 0),
    );
    expect(centred.filter((b) => b.style === "body")).toHaveLength(
      tallies.reduce((n, t) => n + t.rows.length, 0),
    );
  });
});
