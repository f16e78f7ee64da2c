import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up 督查 通报 of slow items grouped under offices' headings that carry their item count ((二)市经信局(5项)), as
// copies damage them: a heading that lost its number and brackets (市发改委8 / 县住建局3项), items whose number is glued
// to their words (1加快…, 4“一企一策”…, 4支持…) or to digits that begin them (212完成… for 2 and 12完成…).
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.text.slice(0, 6), t.leads.join("、")]);

const report = (first: string, items: string) =>
  "关于重点目标任务一季度完成情况的通报\n\n" +
  "督查室对重点目标任务完成情况进行了督查。推进较慢的事项具体如下:\n\n" +
  `${first}\n\n${items}\n\n` +
  "(二)市经济和信息化局(2项)\n\n" +
  "1.规上工业增加值增速低于序时进度\n\n" +
  "2.龙头企业培育专项行动无实质性进展。\n";

describe("offices' headings with their item counts, one damaged", () => {
  const items =
    "1.加快战新基地发展推进较慢。\n\n2.完成投资低于序时进度。\n\n3.生活性服务业品质无实质性进展。";
  it.each([["市发展改革委8"], ["市发展改革委3项"], ["市发展改革委(3项)"], ["市发展改革委"]])(
    "reads %s, its number lost, as the lead of its items beside a numbered heading",
    (heading) => {
      expect(read(report(heading, items))).toEqual([
        ["加快战新基地", "市发展改革委"],
        ["完成投资低于", "市发展改革委"],
        ["生活性服务业", "市发展改革委"],
        ["规上工业增加", "市经济和信息化局"],
        ["龙头企业培育", "市经济和信息化局"],
      ]);
    },
  );

  it("reads item numbers glued to the words, to a quotation mark or to digits that begin them", () => {
    const glued =
      "1加快战新基地发展推进较慢。\n\n212完成投资低于序时进度。\n\n3“一企一策”帮扶工作未开展。\n\n4支持园区考核工作未开展实质性工作。";
    expect(read(report("县住建局3", glued)).slice(0, 4)).toEqual([
      ["加快战新基地", "县住建局"],
      ["12完成投资", "县住建局"],
      ["“一企一策”", "县住建局"],
      ["支持园区考核", "县住建局"],
    ]);
  });

  it("keeps a wrapped line that opens with a count in the item above", () => {
    const text = report(
      "(一)县住建局(2项)",
      "1.新建保障性住房推进较慢,计划\n\n2020个套房只完成一半。\n\n2.老旧小区改造推进较慢。",
    );
    expect(read(text).slice(0, 2)).toEqual([
      ["新建保障性住", "县住建局"],
      ["老旧小区改造", "县住建局"],
    ]);
  });
});
