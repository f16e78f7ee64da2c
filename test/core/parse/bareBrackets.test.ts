import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up excerpts of the family "a list of work, each paragraph closed by a bare bracket of unit names, with no
// title or number" (fallback/bareBrackets.ts): a copy's lead line, paragraphs opening with a lost bullet glyph (?),
// brackets whose names drop the shared prefix, a collective after a comma.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);

describe("paragraphs each closed by a bare bracket of unit names", () => {
  const paragraphs = [
    "?加快建设城北物流园等8个重点项目,确保年内开工。(某市发展改革委、交通运输局、商务局,各县〔市、区〕政府)",
    "?推进职业教育产教融合,建设实训基地3个。(某市教育局、人力资源社会保障局、某市职业技术学院)",
    "?组建市级融资担保集团,扩大担保规模。(某市财政局、金融工作局、某市投资集团)",
  ];

  it("reads each as a task, the first name leading, without the lost bullet", () => {
    expect(read(["文中提到:", ...paragraphs].join("\n"))).toEqual([
      [
        "1",
        "加快建设城北物流园等8个重点项目,确保年内开工。",
        ["某市发展改革委"],
        ["交通运输局", "商务局", "各县〔市、区〕政府"],
      ],
      [
        "2",
        "推进职业教育产教融合,建设实训基地3个。",
        ["某市教育局"],
        ["人力资源社会保障局", "某市职业技术学院"],
      ],
      ["3", "组建市级融资担保集团,扩大担保规模。", ["某市财政局"], ["金融工作局", "某市投资集团"]],
    ]);
  });

  it("reads nothing from two such paragraphs, or from brackets of one name each (a news item's sources)", () => {
    expect(read(["文中提到:", ...paragraphs.slice(0, 2)].join("\n"))).toEqual([]);
    const sources = [
      "全市新建城北物流园等8个重点项目顺利开工。(某市发展改革委)",
      "职业教育产教融合实训基地建成投用。(某市教育局)",
      "市级融资担保集团完成组建。(某市财政局)",
    ];
    expect(read(sources.join("\n"))).toEqual([]);
  });
});
