import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up 民生实事 tables flattened one cell a line whose header cells are wrapped over lines (建设起 / 止年限, 总投资 /
// (万元), 资金 / 来源, 责任 / 单位) and whose rows' name cells may be wrapped too (城市用气 / 提升工程), the units cell
// after other cells — as another county's page would give them.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.text.slice(0, 8), t.leads.join("、")]);

const table = (header: string, rows: string) =>
  `附件\n\n2023年民生实事项目实施计划表\n\n${header}\n\n${rows}\n`;

describe("a header whose cells are wrapped over lines, one cell a line", () => {
  const rows =
    "1\n\n城市用气\n\n提升工程\n\n对28个小区进行改造,安装燃气安全装置。\n\n2023.01-2023.12\n\n1200\n\n完工投用\n\n国企投资\n\n城投集团\n\n" +
    "2\n\n山塘水库综合整治工程\n\n完成6座小型水库加固改造。\n\n2023.01-2023.12\n\n4600\n\n基本完工\n\n政府投资\n\n水利局";
  it.each([
    [
      "the periods, the year's plan and the units",
      "序号\n\n项目名称\n\n建设内容\n\n建设起\n止年限\n\n总投资\n(万元)\n\n2023年度\n\n计划\n\n资金\n\n来源\n\n责任\n\n单位",
    ],
    [
      "the units only",
      "序号\n\n项目名称\n\n建设内容\n\n建设年限\n\n总投资(万元)\n\n年度目标\n\n资金来源\n\n责任\n单位",
    ],
    [
      "a measure under a cell and a source",
      "序号\n\n项目名称\n\n项目内容\n\n起止年限\n\n年度投资\n\n(万元)\n\n年度\n计划\n\n资金\n来源\n\n实施\n\n单位",
    ],
  ])("reads the rows when the header wraps %s", (_what, header) => {
    expect(read(table(header, rows))).toEqual([
      ["城市用气提升工程", "城投集团"],
      ["山塘水库综合整治", "水利局"],
    ]);
  });
});
