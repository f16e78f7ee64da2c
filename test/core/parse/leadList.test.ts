import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up notices of the family "one sentence names the lead for a whole list": the sentence in several wordings
// (…X牵头主办的…如下: / 以下事项由X牵头: / 下列工作由X负责,Y配合:), items on lines of their own or run together after
// the colon, numbered one by one or with a longer list's numbers, an item that names its own unit.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);

describe("one sentence naming the lead of the list after it", () => {
  it.each([
    ["本次评议中,甲市城管局牵头主办的为民办实事项目如下:", "甲市城管局", []],
    ["其中,乙县水利局负责实施的民生项目有:", "乙县水利局", []],
    ["以下事项由丙区住建局牵头:", "丙区住建局", []],
    ["下列工作由丁市交通运输局负责,丁市财政局配合:", "丁市交通运输局", ["丁市财政局"]],
  ])("gives %s's lead to items run together after its colon", (sentence, lead, co) => {
    const text = `${sentence}12.新建污水管网50公里;13.改造燃气管道40公里;27.新建垃圾分类屋(亭)50座。`;
    expect(read(text)).toEqual([
      ["12", "新建污水管网50公里", [lead], co],
      ["13", "改造燃气管道40公里", [lead], co],
      ["27", "新建垃圾分类屋(亭)50座。", [lead], co],
    ]);
  });

  it("gives the lead to items on lines of their own, except one that names its own unit", () => {
    const text = [
      "现将有关事项通知如下:",
      "以下事项由戊县住建局牵头:",
      "1、改造老旧小区3个。",
      "2、新建公厕10座。(戊县城管局牵头)",
      "3、建设口袋公园2个。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "改造老旧小区3个。", ["戊县住建局"], []],
      ["2", "新建公厕10座。", ["戊县城管局"], []],
      ["3", "建设口袋公园2个。", ["戊县住建局"], []],
    ]);
  });

  it("reads nothing from a notice whose list follows a sentence that names no unit", () => {
    const text = "现将有关事项通知如下:1.请各单位高度重视;2.请于3月底前报送材料;3.联系人:张三。";
    expect(parseBreakdown(text).tasks).toEqual([]);
    const person = "张三同志牵头的工作如下:1.调研走访;2.撰写报告。";
    expect(parseBreakdown(person).tasks).toEqual([]);
  });

  it("ends the list at an unnumbered line", () => {
    const text = [
      "以下事项由己县教育局牵头:",
      "1.新建幼儿园2所。",
      "2.改造薄弱学校5所。",
      "其他工作按原分工推进。",
      "3.召开总结会议。",
    ].join("\n");
    expect(read(text).map((t) => t[0])).toEqual(["1", "2"]);
  });

  it.each([
    ["(1)新建公厕10座;(2)改造垃圾站5座;(3)新建口袋公园3个。", ["1", "2", "3"]],
    ["①新建公厕10座;②改造垃圾站5座;③新建口袋公园3个。", ["1", "2", "3"]],
    ["1、新建公厕10座。2、改造垃圾站5座。3、新建口袋公园3个。", ["1", "2", "3"]],
  ])("reads a list numbered %s after a sentence that counts its items", (items, ids) => {
    const tasks = parseBreakdown(`庚市城管局牵头的民生实事项目(3项):${items}`).tasks;
    expect(tasks.map((t) => t.id)).toEqual(ids);
    expect(tasks.map((t) => t.leads)).toEqual(ids.map(() => ["庚市城管局"]));
  });

  it("reads 一是…;二是… points after the sentence as items", () => {
    const text = "壬区住建局牵头主办的民生实事有:一是改造老旧小区5个;二是新建公厕10座;三是建设口袋公园2个。";
    expect(read(text).map((t) => [t[0], t[2]])).toEqual([
      ["1", ["壬区住建局"]],
      ["2", ["壬区住建局"]],
      ["3", ["壬区住建局"]],
    ]);
  });

  it("gives each unnumbered heading line's lead (X牵头的工作(3项)) to the items under it", () => {
    const text = [
      "某区2024年重点工作任务分解",
      "癸区住建局牵头的工作(2项)",
      "1.改造老旧小区5个。",
      "2.新建公厕10座。",
      "癸区教育局牵头的任务:",
      "3.新建幼儿园2所。",
      "4.改造学校5所。",
    ].join("\n");
    expect(read(text).map((t) => [t[0], t[2]])).toEqual([
      ["1", ["癸区住建局"]],
      ["2", ["癸区住建局"]],
      ["3", ["癸区教育局"]],
      ["4", ["癸区教育局"]],
    ]);
  });
});

describe("a list's items on a line of their own, several to a line", () => {
  it("cuts a numbered line after each item's end where a greater number of its style follows", () => {
    const text = [
      "本次评议中,甲市园林局牵头主办的为民办实事项目如下:",
      "5.新建口袋公园12个;6.改造绿道8公里;",
      "11.新建公厕20座;17.改造老旧小区10个;",
      "18.建设垃圾分类屋50座。",
      "欢迎市民参与评议。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["5", "新建口袋公园12个", ["甲市园林局"], []],
      ["6", "改造绿道8公里", ["甲市园林局"], []],
      ["11", "新建公厕20座", ["甲市园林局"], []],
      ["17", "改造老旧小区10个", ["甲市园林局"], []],
      ["18", "建设垃圾分类屋50座。", ["甲市园林局"], []],
    ]);
  });

  it("never cuts at a number of another style or one that does not rise", () => {
    const text = [
      "以下事项由乙县住建局牵头:",
      "3.改造小区:(1)外墙;(2)管网;2.新建公厕。",
      "4.建设公园。",
    ].join("\n");
    expect(read(text).map((t) => t[0])).toEqual(["3", "4"]);
  });
});
