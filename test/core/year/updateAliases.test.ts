import { ledgerFromParsed } from "../../../src/core/ledger/fromParsed";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { DEFAULT_SETTINGS } from "../../../src/core/plan/settings";
import { acceptSuggestions, suggestRegistry } from "../../../src/core/units/registry";
import { updateLedger } from "../../../src/core/year/updateLedger";
import { updateReportLines } from "../../../src/core/year/updateText";
import { ALIASED_DOCUMENT as FIRST } from "../../support/aliasedDocument";

describe("an update through the ledger's 单位名录", () => {
  const parsed = parseBreakdown(FIRST);
  const suggested = suggestRegistry(parsed);
  const ledger = ledgerFromParsed(
    parsed,
    acceptSuggestions(suggested, suggested.suggestions),
    DEFAULT_SETTINGS,
  );

  it("builds the ledger with the accepted aliases written as their units", () => {
    expect(suggested.suggestions.map((s) => `${s.alias}→${s.canonical}`).sort()).toEqual(
      [
        "开发区(高桥街道)→开发区",
        "服务业局→发改局",
        "发改局(服务业局)→发改局",
        "财政局(国资办)→财政局",
      ].sort(),
    );
    expect(ledger.tasks.map((t) => [t.lead, t.co])).toEqual([
      ["开发区", "发改局、经信局"],
      ["财政局", "发改局"],
      ["民政局", "开发区、财政局"],
      ["发改局", "商务局"],
    ]);
  });

  it("writes the revision's spellings of accepted aliases as their units, and reports no change of unit for them", () => {
    // The revision still spells the units as the first document did; task 3 really changes its units.
    const revised = parseBreakdown(
      FIRST.replace(
        "3.新建社区食堂10家,覆盖全部城市社区。\n责任单位:民政局、开发区、财政局",
        "3.新建社区食堂10家,覆盖全部城市社区。\n责任单位:民政局、卫生健康局(医保局)",
      ).replace("完成投资5亿元", "完成投资6亿元"),
    );
    const result = updateLedger(ledger, [], revised);
    expect(result.model.tasks.map((t) => [t.lead, t.co])).toEqual([
      ["开发区", "发改局、经信局"],
      ["财政局", "发改局"],
      ["民政局", "卫生健康局(医保局)"],
      ["发改局", "商务局"],
    ]);
    expect(result.report.changes.filter((c) => c.unitsChanged).map((c) => c.to)).toEqual(["1.3"]);
    const lines = updateReportLines(ledger, result, "zh-CN");
    expect(lines.filter((l) => l.startsWith("单位变更"))).toEqual([
      "单位变更 1.3：配合单位 开发区、财政局 → 卫生健康局(医保局)",
    ]);
    expect(result.model.renamed).toEqual(
      expect.arrayContaining([{ from: "开发区(高桥街道)", to: "开发区" }]),
    );
  });
});
