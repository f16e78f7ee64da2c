import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { personsShown } from "../../../src/core/parse/personsShown";
import { prepareLines } from "../../../src/core/parse/prepare";

// Persons that are not leaders (责任人, 联系人 with a name) never become leaders or units; a two-character person glued
// to a unit (区建设局王明) is taken off it only where the document shows that name as a person. Made-up texts.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.leader, t.leads, t.coUnits]);

describe("persons the document shows", () => {
  it("finds names after a person's label and names with a title, not unit names", () => {
    const lines = prepareLines(
      "责任人:王明、张晓燕\n联络人:刘洋\n副局长周强,赵磊同志\n责任单位:区建设局、区财政局\n",
    );
    expect([...personsShown(lines)].sort()).toEqual(["刘洋", "周强", "张晓燕", "王明", "赵磊"].sort());
  });

  it("reads a title before a name only where the title starts a word, never inside another word", () => {
    const lines = prepareLines(
      [
        "推进全部长江岸线,整治城市长效管理。",
        "县公安局局长王明、市政府副秘书长周强,常务副县长李强,是副县长赵磊。",
        "主任郭守印同志解读2024年工作要点。",
      ].join("\n"),
    );
    // 部长 in 全部长江, 同志 in 郭守印同志解读: no title before a name; 常务 of 常务副县长 no name before one.
    expect([...personsShown(lines)].sort()).toEqual(["周强", "李强", "王明", "赵磊"].sort());
  });

  it("takes a person shown elsewhere off the unit it is glued to", () => {
    const text =
      "1.改造老旧小区。\n责任单位:区建设局王明、区财政局\n责任人:王明\n2.新建口袋公园。\n责任单位:区城管局\n";
    expect(read(text)).toEqual([
      ["1", null, ["区建设局"], ["区财政局"]],
      ["2", null, ["区城管局"], []],
    ]);
    const titled = "1.改造老旧小区。王明副局长督促落实。\n责任单位:区建设局王明、区财政局\n";
    expect(read(titled)).toEqual([["1", null, ["区建设局"], ["区财政局"]]]);
  });

  it("never guesses a person from two characters alone", () => {
    const text = "1.改造老旧小区。\n责任单位:区建设局王明、区财政局\n2.新建口袋公园。\n责任单位:区城管局\n";
    expect(read(text)[0]).toEqual(["1", null, ["区建设局王明"], ["区财政局"]]);
  });

  it("never makes a contact or a person in charge without a leader's title a leader or a unit", () => {
    const text = [
      "1.改造老旧小区。",
      "责任单位:区建设局、区财政局",
      "联系人:王明副局长",
      "责任人:李强",
      "2.新建口袋公园。",
      "责任单位:区城管局",
      "联络人:赵磊",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", null, ["区建设局"], ["区财政局"]],
      ["2", null, ["区城管局"], []],
    ]);
  });
});
