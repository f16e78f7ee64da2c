import type { LedgerTable } from "../../../src/core/types";
import { regeneratedPlan } from "../../../src/core/workbook/carryLedger";
import { gridOf } from "../../support/planGrid";
import { sampleLedger } from "../../support/sampleLedger";

const table = (sheet: string, header: string[], rows: LedgerTable["rows"]): LedgerTable => ({
  sheet,
  top: 0,
  left: 0,
  header,
  rows,
});

describe("a ledger's sheets planned again from the ledger itself", () => {
  const { model } = sampleLedger();
  const options = { today: "2020-04-15", version: "test", pivots: false };

  it("carries a column the clerk added to 单位名录, each value with its unit", () => {
    const [first, second, third] = model.registry.units;
    // 联系人 typed beside the Units table, rows in another order than the registry's; the third unit has none.
    const units = table(
      "单位名录",
      ["单位", "别名", "类别", "所属组", "联系人"],
      [
        [second!.name, "", second!.kind, "", "李四"],
        [first!.name, "", first!.kind, "", "张三"],
      ],
    );
    const grid = gridOf(regeneratedPlan(model, { tasks: null, units }, options), "units");
    const rows = grid.records(grid.findHeader("单位", "别名", "类别", "所属组", "联系人"));
    expect(rows.slice(0, 3).map((r) => [r["单位"], r["联系人"]])).toEqual([
      [first!.name, "张三"],
      [second!.name, "李四"],
      [third!.name, undefined],
    ]);
  });

  it("carries the Progress rows, with a clerk's column beside them, and the targets' actuals", () => {
    const progress = table(
      "进展记录",
      ["编号", "期次", "单位", "完成状态", "进展情况", "存在问题", "下步计划", "报送日期", "来源", "核实人"],
      [
        [
          "1.1",
          "2020-03",
          "财政局",
          "推进中",
          "已拨付",
          "资金缺口",
          "",
          { date: "2020-03-31" },
          "录入",
          "王五",
        ],
      ],
    );
    const id = model.tasks.find((t) => /\d+亿元/.test(t.text))!.id;
    const targets = table(
      "量化指标",
      ["编号", "序号", "指标", "目标值", "计量单位", "类型", "界限", "原文", "实际值2020-03"],
      [[id, 1, "新增", 60, "亿元", "累计新增", "", "60亿元", 18]],
    );
    const plan = regeneratedPlan(model, { tasks: null, units: null, progress, targets }, options);
    const history = gridOf(plan, "progress");
    const rows = history.records(history.findHeader("编号", "期次"));
    expect(rows.map((r) => [r["编号"], r["进展情况"], r["存在问题"], r["核实人"]])).toEqual([
      ["1.1", "已拨付", "资金缺口", "王五"],
    ]);
    const actuals = gridOf(plan, "targets");
    const typed = actuals.records(actuals.findHeader("编号")).filter((r) => r["编号"] === id);
    expect(typed.map((r) => [r["目标值"], r["实际值2020-03"]])).toEqual([[60, 18]]);
  });
});
