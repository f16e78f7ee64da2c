import { cellsLeftParams, ownSheets, unitChanges } from "../../../src/core/ledger/regenerate";
import { cellsNotCarried } from "../../../src/core/workbook/carryLedger";
import { sampleLedger } from "../../support/sampleLedger";

describe("regenerating a ledger from itself", () => {
  const { plan } = sampleLedger();

  it("names the cells typed beside the tables that the new workbook writes nowhere", () => {
    const outside = [
      { sheet: "任务台账", cell: "Z1", text: "督办人" },
      // 单位名录's note, moved over by a column the clerk added: the new sheet still writes it.
      { sheet: "单位名录", cell: "F1", text: "说明" },
      // A sheet the plan does not write is carried whole.
      { sheet: "我的备忘", cell: "A1", text: "请抓紧" },
    ];
    expect(cellsNotCarried(outside, plan)).toEqual([outside[0]]);
  });

  it("shows the first ten cells of a longer list and how many there are", () => {
    const cells = Array.from({ length: 12 }, (_, i) => ({ sheet: "任务台账", cell: `Z${i + 1}`, text: "x" }));
    const params = cellsLeftParams(cells);
    expect([params.count, params.cells.length, params.cells[0], params.cells.at(-1)]).toEqual([
      12,
      11,
      "任务台账!Z1",
      "…",
    ]);
  });

  it("keeps the sheets neither listed as generated nor planned, and names units added and removed", () => {
    expect(ownSheets(["任务台账", "领导批示", "说明"], ["任务台账", "说明"], ["任务台账", "说明"])).toEqual([
      "领导批示",
    ]);
    // Without 说明's list, every sheet the plan does not write is kept.
    expect(ownSheets(["任务台账", "旧表"], null, ["任务台账"])).toEqual(["旧表"]);
    expect(unitChanges(["财政局", "发改局"], ["财政局", "商务局"])).toEqual({
      added: ["商务局"],
      removed: ["发改局"],
    });
  });
});
