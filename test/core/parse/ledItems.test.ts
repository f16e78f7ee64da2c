import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up progress reports of the family "a report names items of the year's list by their lead, in prose"
// (fallback/ledItems.ts): clauses UNIT牵头的第N项“ITEM”,PROGRESS set apart by ;, the item quoted or glued to its number,
// one unit over several items after commas.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);

const opening = [
  "关于一季度县政府重点工作推进情况的报告",
  "县政府各部门:",
  "一季度,62项县政府重点工作总体进展顺利,其中:5项已完成,54项按序时推进,3项滞后。",
];

describe("a report naming the items behind target by their lead", () => {
  it("reads each quoted item with its number and the clause's unit", () => {
    const text = [
      ...opening,
      "滞后3项分别是:县住建局牵头的第12项“新建保障性住房800套”,一季度开工320套,进度居全市第5位;县教体局牵头的第20项“新增学位1500个”,已建成校舍2处;县卫健委牵头的第31项“建成紧密型医共体”,正在制定方案。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["12", "新建保障性住房800套", ["县住建局"], []],
      ["20", "新增学位1500个", ["县教体局"], []],
      ["31", "建成紧密型医共体", ["县卫健委"], []],
    ]);
  });

  it("reads a unit over several items, numbers glued to the words, lost quotes and a stray closing one", () => {
    const text = [
      ...opening,
      "滞后3项分别是:县统计局牵头的第1地区生产总值增长7%,一季度增长6.1%、居全市第9位,第4进出口总额增长10%一季度下降2.3%;县商务局牵头的第8项社会消费品零售总额增长8%”,一季度增长5.2%。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "地区生产总值增长7%", ["县统计局"], []],
      ["4", "进出口总额增长10%一季度下降2.3%", ["县统计局"], []],
      ["8", "社会消费品零售总额增长8%", ["县商务局"], []],
    ]);
  });

  it("reads nothing from a report that speaks of lead units in general, or names one item alone", () => {
    const general = [
      ...opening,
      "各牵头单位牵头的第1项至第5项工作总体顺利;县发改委牵头的第3项“项目投资增长9%”,一季度增长7.4%。",
    ].join("\n");
    expect(read(general)).toEqual([]);
  });
});
