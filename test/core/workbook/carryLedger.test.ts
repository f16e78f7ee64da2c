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

describe("formulas a clerk typed in 进展记录, 单位名录 and 量化指标, planned again", () => {
  const { model } = sampleLedger();
  const options = { today: "2020-04-15", version: "test", pivots: false };
  const progressHeader = [
    "编号",
    "期次",
    "单位",
    "完成状态",
    "进展情况",
    "存在问题",
    "下步计划",
    "报送日期",
    "来源",
  ];
  const progressRow = (id: string, progress: string): LedgerTable["rows"][number] => [
    id,
    "2020-03",
    "财政局",
    "推进中",
    progress,
    "",
    "",
    { date: "2020-03-31" },
    "录入",
  ];
  const blank = progressHeader.map(() => null);
  const formulaAt = (
    plan: ReturnType<typeof regeneratedPlan>,
    kind: "progress" | "units" | "targets",
    r: number,
    c: number,
  ) => gridOf(plan, kind).formulas.get(`${r},${c}`);

  it("keeps a formula of 进展记录 whose cells stay where they were, and writes the value of one whose rows move", () => {
    // E2 refers to its own row's 编号, which stays on row 2; nothing in it moves.
    const stays = {
      ...table("进展记录", progressHeader, [progressRow("1.1", "1.1已推进")]),
      sources: [{ 4: { formula: 'A2&"已推进"' } }],
    };
    const kept = regeneratedPlan(model, { tasks: null, units: null, progress: stays }, options);
    expect([formulaAt(kept, "progress", 1, 4), gridOf(kept, "progress").get(1, 4)]).toEqual([
      'A2&"已推进"',
      "1.1已推进",
    ]);
    expect(kept.notes ?? []).toEqual([]);

    // An empty row above it is not written again: its row moves up, so A3 would name another cell.
    const moves = {
      ...table("进展记录", progressHeader, [blank, progressRow("1.2", "1.2已推进")]),
      sources: [undefined, { 4: { formula: 'A3&"已推进"' } }],
    };
    const valued = regeneratedPlan(model, { tasks: null, units: null, progress: moves }, options);
    expect([formulaAt(valued, "progress", 1, 4), gridOf(valued, "progress").get(1, 4)]).toEqual([
      undefined,
      "1.2已推进",
    ]);
    expect(valued.notes).toEqual([
      {
        code: "formula-as-value",
        params: { cell: "进展记录!E2", formula: 'A3&"已推进"', value: "1.2已推进" },
      },
    ]);
  });

  it("keeps a formula of a column the clerk added to 单位名录 while its unit's row stays, not when the registry's order moves it", () => {
    const [first, second] = model.registry.units;
    const header = ["单位", "别名", "类别", "所属组", "联系人"];
    const inOrder = {
      ...table("单位名录", header, [
        [first!.name, "", first!.kind, "", `${first!.name}联系人`],
        [second!.name, "", second!.kind, "", "李四"],
      ]),
      sources: [{ 4: { formula: 'A2&"联系人"' } }],
    };
    const kept = regeneratedPlan(model, { tasks: null, units: inOrder }, options);
    expect([formulaAt(kept, "units", 1, 4), gridOf(kept, "units").get(1, 4)]).toEqual([
      'A2&"联系人"',
      `${first!.name}联系人`,
    ]);
    expect(kept.notes ?? []).toEqual([]);

    // The clerk's rows in another order: the second unit's row is row 3 in the new file, where A2 is the first's.
    const swapped = {
      ...table("单位名录", header, [
        [second!.name, "", second!.kind, "", `${second!.name}联系人`],
        [first!.name, "", first!.kind, "", "张三"],
      ]),
      sources: [{ 4: { formula: 'A2&"联系人"' } }],
    };
    const valued = regeneratedPlan(model, { tasks: null, units: swapped }, options);
    expect([formulaAt(valued, "units", 2, 4), gridOf(valued, "units").get(2, 4)]).toEqual([
      undefined,
      `${second!.name}联系人`,
    ]);
    expect(valued.notes).toEqual([
      {
        code: "formula-as-value",
        params: { cell: "单位名录!E3", formula: 'A2&"联系人"', value: `${second!.name}联系人` },
      },
    ]);
  });

  it("keeps a formula typed in a 实际值 of 量化指标 unless it names cells that move or a sheet made anew", () => {
    const id = model.tasks.find((t) => /\d+亿元/.test(t.text))!.id;
    const header = [
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
    const row = (a: number, b: number): LedgerTable["rows"][number] => [
      id,
      1,
      "新增",
      60,
      "亿元",
      "累计新增",
      "",
      "60亿元",
      a,
      b,
    ];
    // I2 adds two numbers; J2 takes a share of its own row's 目标值 (D2), which stays on row 2; both stay.
    const typed = {
      ...table("量化指标", header, [row(18, 30)]),
      sources: [{ 8: { formula: "10+8" }, 9: { formula: "D2/2" } }],
    };
    const plan = regeneratedPlan(model, { tasks: null, units: null, targets: typed }, options);
    const grid = gridOf(plan, "targets");
    // The sample's year has twelve 实际值 columns: 2020-03 stands in K, 2020-04 in L.
    const col = (h: string) => [...Array(30).keys()].find((c) => grid.get(0, c) === h)!;
    expect([col("实际值2020-03"), col("实际值2020-04")]).toEqual([10, 11]);
    expect([grid.formulas.get("1,10"), grid.get(1, 10), grid.formulas.get("1,11"), grid.get(1, 11)]).toEqual([
      "10+8",
      18,
      "D2/2",
      30,
    ]);
    expect(plan.notes ?? []).toEqual([]);

    // Below an empty row (not written again) D3 is no more this target's; 汇总 is made anew.
    const moved = {
      ...table("量化指标", header, [header.map(() => null), row(18, 30)]),
      sources: [undefined, { 8: { formula: "汇总!B5" }, 9: { formula: "D3/2" } }],
    };
    const valued = regeneratedPlan(model, { tasks: null, units: null, targets: moved }, options);
    const after = gridOf(valued, "targets");
    expect([
      after.formulas.get("1,10"),
      after.get(1, 10),
      after.formulas.get("1,11"),
      after.get(1, 11),
    ]).toEqual([undefined, 18, undefined, 30]);
    expect(valued.notes?.map((n) => n.params)).toEqual([
      { cell: "量化指标!K2", formula: "汇总!B5", value: "18" },
      { cell: "量化指标!L2", formula: "D3/2", value: "30" },
    ]);
  });
});
