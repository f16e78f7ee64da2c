import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Tables without a 序号 column whose rows are numbered inside a cell other than the one the header calls the
// task (tableNumberedCell.ts): a standard column (标准或要求) whose cells open 1、 2、 3、, a work-content column after
// it, a category cell merged over the rows before it, spaced out (生 态 环 境). Made-up variants: ' | ' and tab
// rows, other places' units, other column names, the last row cut after its lead.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 8), t.leads, t.coUnits]);

const PLACES = [
  ["市规划局", "市建设局", "市国土资源局", "有关部门"],
  ["县住建局", "县城管局", "县自然资源局", "各乡镇"],
  ["区园林局", "区环保局", "区财政局", "各街道办事处"],
] as const;

const HEADERS = [
  "任务 内容 | 国家园林城市 标准或要求 | 工作内容及要求 | 责任单位 或牵头单位 | 协助 单位 | 完成 期限 |",
  "类别 | 考核标准 | 工作措施 | 牵头单位 | 配合单位 | 完成时限 |",
] as const;

describe("a table numbered inside a cell other than its task column", () => {
  it.each(HEADERS)("takes the numbered cell as the task and its number as the id under %s", (header) => {
    for (const [a, b, c, d] of PLACES) {
      const text = [
        header,
        `生 态 环 境 | 1、城市大环境绿化扎实开展,效果明显。 | 禁止开发城市周围的自然山体,保护植被。 | ${a} | ${c} | 2010年9月20日前 |`,
        `2、城市周边建有绿化隔离带,环境效益良好。 | 加强建成区防护绿地的建设及管护。 | ${a} ${b} | ${d} | 2010年9月20日前 |`,
      ].join("\n");
      expect(read(text)).toEqual([
        ["1", "城市大环境绿化扎", [a], [c]],
        ["2", "城市周边建有绿化", [a, b], [d]],
      ]);
    }
  });

  it("moves a cut last row's numbered cell, set in the merged category column, into the task column", () => {
    for (const [a, b, c, d] of PLACES) {
      const text = [
        HEADERS[0],
        `生 态 环 境 | 1、城市大环境绿化扎实开展,效果明显。 | 禁止开发城市周围的自然山体,保护植被。 | ${a} | ${c}`,
        `${d} | 2010年9月20日前 |`,
        `2、城市周边建有绿化隔离带,环境效益良好。 | 加强建成区防护绿地的建设及管护。 | ${a} ${b} | ${d} | 2010年9月20日前 |`,
        `3、城市环境综合治理工作扎实开展,效果明显。 | 改善污水处理设施,提高污水处理率。 | ${b}`,
        "|",
      ].join("\n");
      expect(read(text)).toEqual([
        ["1", "城市大环境绿化扎", [a], [c, d]],
        ["2", "城市周边建有绿化", [a, b], [d]],
        ["3", "城市环境综合治理", [b], []],
      ]);
    }
  });

  it("reads the same rows set apart by tabs", () => {
    for (const [a, b, c, d] of PLACES) {
      const text = [
        "类别\t考核标准\t工作措施\t牵头单位\t配合单位\t完成时限",
        `生态环境\t1、城市大环境绿化扎实开展,效果明显。\t禁止开发城市周围的自然山体。\t${a}\t${c}\t年底前`,
        `\t2、城市周边建有绿化隔离带,环境效益良好。\t加强防护绿地的建设及管护。\t${b}\t${d}\t年底前`,
      ].join("\n");
      expect(read(text)).toEqual([
        ["1", "城市大环境绿化扎", [a], [c]],
        ["2", "城市周边建有绿化", [b], [d]],
      ]);
    }
  });

  it("keeps the header's task column when the task cells carry the numbers themselves", () => {
    const text = [
      "类别 | 工作任务 | 考核标准 | 牵头单位 | 配合单位 |",
      "生态环境 | 1、新建公园两座。 | 1、绿地率达到35%。 | 市园林局 | 市财政局 |",
      "生态环境 | 2、改造道路绿化。 | 2、绿化覆盖率达到40%。 | 市住建局 | 市财政局 |",
    ].join("\n");
    expect(read(text).map((t) => t.slice(0, 2))).toEqual([
      ["1", "新建公园两座。"],
      ["2", "改造道路绿化。"],
    ]);
  });

  it("reads a header with no rows under it to its end (no column to look through)", () => {
    expect(read("类别 | 考核标准 | 工作措施 | 牵头单位 | 配合单位 |\n")).toEqual([]);
    expect(read("类别\t考核标准\t工作措施\t牵头单位\n\n以上任务请认真落实。")).toEqual([]);
  });
});
