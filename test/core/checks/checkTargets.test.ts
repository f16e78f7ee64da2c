import { checkLedger } from "../../../src/core/checks/checkLedger";
import { checkTargets } from "../../../src/core/checks/checkTargets";
import { message } from "../../../src/core/messages";
import { DEFAULT_SETTINGS } from "../../../src/core/plan/settings";
import type { LedgerTable } from "../../../src/core/types";

const HEADER = [
  "编号",
  "序号",
  "指标",
  "目标值",
  "计量单位",
  "类型",
  "界限",
  "原文",
  "实际值2020-03",
  "实际值2020-04",
];
const table = (rows: unknown[][]): LedgerTable => ({
  sheet: "量化指标",
  top: 0,
  left: 0,
  header: HEADER,
  rows: rows as LedgerTable["rows"],
});

describe("the 实际值 of 量化指标 in validate", () => {
  const t = table([
    ["2.2", 1, "开工率", 95, "%", "达到", "下限", "开工率95%以上", 90, "80%"],
    ["2.3", 1, "开工率", 95, "%", "达到", "下限", "开工率95%以上", 0.05, null],
    ["3.1", 1, "投资", 60, "亿元", "累计新增", "", "投资60亿元", "14", "二十"],
    ["2.1", 1, "增长", 10, "%", "增长", "下限", "增长10%以上", 9.5, 12],
  ]);

  it("names text and fractions against a % target at their cells, and nothing else", () => {
    const found = checkTargets(t).map((f) => [
      f.where && "cell" in f.where ? f.where.cell : null,
      f.params.reason,
      f.params.number,
    ]);
    expect(found).toEqual([
      ["J2", "percent", 80], // "80%" typed as text against 95%: 80 meant
      ["I3", "fraction", 5], // 0.05 against 95%: 5% typed into a percentage cell
      ["I4", "as-text", 14], // "14" kept as text
      ["J4", "text", undefined], // 二十
    ]);
  });

  it("says what to type, and is part of checkLedger's findings", () => {
    const [percent, fraction] = checkTargets(t);
    expect(message("actual-invalid", percent!.params, "zh-CN")).toBe(
      "任务 2.2 的实际值2020-04“80%”是文本，亮灯和通报都不计入；目标以 % 计，请填数字 80。",
    );
    expect(message("actual-invalid", fraction!.params, "zh-CN")).toContain("请改为数字 5");
    const all = checkLedger({
      tasks: { sheet: "任务台账", top: 0, left: 0, header: ["编号"], rows: [] },
      units: null,
      targets: t,
      settings: DEFAULT_SETTINGS,
      today: "2020-05-01",
    });
    expect(all.filter((f) => f.code === "actual-invalid")).toHaveLength(4);
  });
});
