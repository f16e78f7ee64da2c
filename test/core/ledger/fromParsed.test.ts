import { ledgerFromParsed } from "../../../src/core/ledger/fromParsed";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { DEFAULT_SETTINGS } from "../../../src/core/plan/settings";
import { acceptSuggestions, suggestRegistry } from "../../../src/core/units/registry";
import type { Registry } from "../../../src/core/units/types";

const TEXT = [
  "一、稳增长",
  "1.扩大有效投资。",
  "责任单位:发改局(服务业局)、财政局、服务业局",
  "2.稳定外贸外资。",
  "责任单位:发改局、商务局",
  "3.发展服务业。",
  "责任单位:服务业局、发改局",
].join("\n");

describe("the ledger an import writes", () => {
  const parsed = parseBreakdown(TEXT);
  const suggested = suggestRegistry(parsed);

  it("writes accepted aliases as their canonical unit, each unit once, and records what it renamed", () => {
    const model = ledgerFromParsed(
      parsed,
      acceptSuggestions(suggested, suggested.suggestions),
      DEFAULT_SETTINGS,
    );
    expect(model.tasks.map((t) => [t.lead, t.co])).toEqual([
      ["发改局", "财政局"],
      ["发改局", "商务局"],
      ["发改局", ""],
    ]);
    expect(model.renamed).toEqual([
      { from: "发改局(服务业局)", to: "发改局" },
      { from: "服务业局", to: "发改局" },
    ]);
  });

  it("writes names as the document has them when no suggestion was accepted", () => {
    const model = ledgerFromParsed(parsed, suggested, DEFAULT_SETTINGS);
    expect(model.tasks.map((t) => t.lead)).toEqual(["发改局(服务业局)", "发改局", "服务业局"]);
    expect(model.renamed).toEqual([]);
  });

  it("never writes a numbered unit as another one, even when a registry lists it as an alias", () => {
    const hospitals = parseBreakdown("一、民生\n1.改善医疗服务。\n责任单位:第二人民医院、第一人民医院");
    const registry: Registry = {
      units: [{ name: "第一人民医院", aliases: ["第二人民医院"], kind: "部门", groups: [] }],
      suggestions: [],
    };
    const model = ledgerFromParsed(hospitals, registry, DEFAULT_SETTINGS);
    expect(model.tasks.map((t) => [t.lead, t.co])).toEqual([["第二人民医院", "第一人民医院"]]);
  });
});
