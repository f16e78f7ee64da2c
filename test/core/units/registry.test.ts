import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import {
  acceptSuggestions,
  didYouMean,
  indexRegistry,
  kindOf,
  membersOf,
  resolveName,
  suggestAliases,
  suggestRegistry,
} from "../../../src/core/units/registry";
import {
  registryFromJson,
  registryFromTable,
  registryToJson,
  registryToRows,
} from "../../../src/core/units/registryIo";
import { sampleText } from "../../support/paths";

const sample = suggestRegistry(parseBreakdown(sampleText()));

describe("the registry a document suggests", () => {
  it("lists every distinct unit of the sample once and merges nothing by itself", () => {
    const names = sample.units.map((u) => u.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(["发改局", "发改局(服务业局)", "服务业局", "开发区", "开发区(高桥街道)"]),
    );
    expect(sample.units.every((u) => u.aliases.length === 0)).toBe(true);
  });

  it("suggests exactly the sample's parenthetical aliases, each to be confirmed", () => {
    expect(sample.suggestions.map((s) => [s.alias, s.canonical, s.reason])).toEqual([
      ["开发区(高桥街道)", "开发区", "bracket"],
      ["发改局(服务业局)", "发改局", "bracket"],
      ["服务业局", "发改局", "plate"],
      ["发改局(服务业发展局)", "发改局", "bracket"],
      ["财政局(国资办)", "财政局", "bracket"],
    ]);
  });

  it("keeps 桐城委(桐城集团) whole since 桐城委 is never written alone", () => {
    expect(sample.units.map((u) => u.name)).toContain("桐城委(桐城集团)");
    expect(sample.suggestions.some((s) => s.alias === "桐城委(桐城集团)")).toBe(false);
  });

  it("suggests prefix forms and abbreviations, but not one-character neighbours like 民政局/财政局", () => {
    const doc = parseBreakdown(
      "1.甲。\n责任单位:市教育局、卫健局、民政局\n2.乙。\n责任单位:教育局、卫生健康局、财政局\n3.丙。\n责任单位:教育局",
    );
    const r = suggestRegistry(doc);
    expect(r.suggestions.map((s) => [s.alias, s.canonical, s.reason])).toEqual([
      ["市教育局", "教育局", "prefix"],
      // Used once each: the shorter form is taken as the name, as clerks write it.
      ["卫生健康局", "卫健局", "abbreviation"],
    ]);
  });

  it("suggests the same name in Traditional characters as an alias of the name used more often", () => {
    const doc = parseBreakdown(
      "1.甲。\n责任单位:财政局、税务局\n2.乙。\n责任单位:财政局\n3.丙。\n责任单位:財政局",
    );
    expect(suggestRegistry(doc).suggestions.map((s) => [s.alias, s.canonical, s.reason])).toEqual([
      ["財政局", "财政局", "similar"],
    ]);
    // Every other form goes to the form used most, not to the first one seen.
    const counts = new Map([
      ["財政局\uff08国资办\uff09", 1],
      ["财政局(国资办)", 5],
      ["財政局(国资办)", 1],
    ]);
    expect(suggestAliases(counts).map((s) => [s.alias, s.canonical])).toEqual([
      ["財政局\uff08国资办\uff09", "财政局(国资办)"],
      ["財政局(国资办)", "财政局(国资办)"],
    ]);
  });

  it("knows kinds and puts the towns the document names into the town collectives", () => {
    expect(["乌镇镇", "梧桐街道", "开发区", "水务集团", "财政局", "各镇(街道)"].map(kindOf)).toEqual([
      "镇街",
      "镇街",
      "平台",
      "集团",
      "部门",
      "组",
    ]);
    const merged = acceptSuggestions(sample, sample.suggestions);
    expect(membersOf(merged, "各镇(街道)").sort()).toEqual(
      ["乌镇镇", "崇福镇", "开发区", "梧桐街道", "濮院镇", "石门镇"].sort(),
    );
    expect(membersOf(merged, "相关镇(街道)")).toEqual(membersOf(merged, "各镇(街道)"));
  });
});

describe("accepting suggestions and resolving names", () => {
  const merged = acceptSuggestions(sample, sample.suggestions);
  const index = indexRegistry(merged);

  it("moves accepted aliases under their canonical unit and leaves nothing pending", () => {
    const fg = merged.units.find((u) => u.name === "发改局");
    // In the order the document first mentions them (服务业局 in 1.1, the bracket forms in 2.4 and 2.9).
    expect(fg?.aliases).toEqual(["服务业局", "发改局(服务业局)", "发改局(服务业发展局)"]);
    expect(merged.units.some((u) => u.name === "服务业局")).toBe(false);
    expect(merged.suggestions).toEqual([]);
    expect(merged.units).toHaveLength(sample.units.length - 5);
  });

  it("resolves canonical names, aliases, mis-spellings of width and spaces, and unknowns with suggestions", () => {
    expect(resolveName(index, "发改局").status).toBe("canonical");
    expect(resolveName(index, "服务业局")).toMatchObject({ status: "alias", unit: { name: "发改局" } });
    expect(resolveName(index, "财政局 (国资办)")).toMatchObject({
      status: "format",
      spelled: "财政局(国资办)",
    });
    expect(resolveName(index, "开发区\uff08高桥街道\uff09")).toMatchObject({
      status: "format",
      unit: { name: "开发区" },
    });
    expect(resolveName(index, "市场监督管理局")).toMatchObject({ status: "unknown" });
    expect(didYouMean(index, "市财政局")).toEqual(["财政局"]);
    expect(didYouMean(index, "高桥街道")[0]).toBe("开发区");
  });
});

describe("registry files", () => {
  it("round-trips through JSON", () => {
    const merged = acceptSuggestions(sample, sample.suggestions);
    const back = registryFromJson(registryToJson(merged));
    expect(back.problems).toEqual([]);
    expect(back.registry).toEqual(merged);
  });

  it("reports bad entries instead of guessing, and refuses what is not a registry", () => {
    const read = registryFromJson(
      JSON.stringify({
        units: [
          { name: "财政局" },
          { aliases: ["x"] },
          { name: "发改局", aliases: ["财政局"], kind: "司局" },
        ],
      }),
    );
    expect(read.registry?.units.map((u) => u.name)).toEqual(["财政局", "发改局"]);
    expect(read.problems.map((p) => p.where)).toEqual(["$.units[1].name", "$.units[2].kind", "发改局"]);
    expect(registryFromJson("[1,2]").registry).toBeNull();
    expect(registryFromJson("{oops").registry).toBeNull();
  });

  it("round-trips through the Units table rows", () => {
    const merged = acceptSuggestions(sample, sample.suggestions);
    const rows = registryToRows(merged);
    const table = { sheet: "单位名录", top: 0, left: 0, header: ["单位", "别名", "类别", "所属组"], rows };
    expect(registryFromTable(table).registry.units).toEqual(merged.units);
  });
});
