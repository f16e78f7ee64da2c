import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { readLeaderHeading, readPerson } from "../../../src/core/parse/leader";
import { rowTask } from "../../../src/core/parse/fallback/rowTask";
import { message } from "../../../src/core/messages";
import type { ColumnKind } from "../../../src/core/parse/vocabulary";

// Leaders named in the forms real documents use (the real corpus's leaders: realLeaders.test.ts). Made-up texts.
const leaders = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.leader, t.leaderTitle, t.leads, t.coUnits]);
const multiple = (text: string) =>
  parseBreakdown(text)
    .issues.filter((i) => i.code === "leader-multiple")
    .map((i) => i.params);

describe("leaders in their written forms", () => {
  it("reads a 责任人 line naming a person with a leader's title as the leader, not 协调人 or a bare name", () => {
    const text = [
      "三、改善城市面貌",
      "1. 推进老旧小区改造。",
      "责任人:周海涛副市长",
      "协调人:钱红市长助理",
      "责任单位:市住建局、市财政局。",
      "2. 建设口袋公园十处。",
      "责任人:孙立",
      "责任单位:市城管局。",
    ].join("\n");
    expect(leaders(text)).toEqual([
      ["3.1", "周海涛", "副市长", ["市住建局"], ["市财政局"]],
      ["3.2", null, null, ["市城管局"], []],
    ]);
  });

  it("reads a title alone as the leader's title, never a name cut from it", () => {
    expect(readPerson("常务副区长")).toBeNull();
    const text = "一、主要目标\n1.地区生产总值增长6%。\n牵头领导:常务副区长\n主要责任单位:区发改委\n";
    expect(leaders(text)).toEqual([["1.1", "常务副区长", null, ["区发改委"], []]]);
  });

  it("reads a dotted name with its post in a bracket, and names in a bracket after words about them", () => {
    expect(readPerson("艾力·买买提(县人大常委会二级调研员)")).toEqual({
      name: "艾力·买买提",
      title: "县人大常委会二级调研员",
      others: [],
    });
    // The dot as other input methods write it (•, ・, ‧): the same name, kept as written.
    for (const dot of ["•", "・", "‧"])
      expect(readPerson(`艾力${dot}买买提(县人大常委会二级调研员)`)).toEqual({
        name: `艾力${dot}买买提`,
        title: "县人大常委会二级调研员",
        others: [],
      });
    expect(readPerson("按县委分工(郑一鸣、吴越)")).toEqual({ name: "郑一鸣", title: null, others: ["吴越"] });
  });

  it("reads persons named by given name and 同志 in the role sentence as leaders, never units", () => {
    const text = [
      "(三)发展社会事业",
      "加强疾病预防体系建设。由建国同志负责,市卫生局、市财政局承办。",
      "促进全民健身。请海平、立新同志负责,市体育局、市教委承办。",
    ].join("\n");
    expect(leaders(text)).toEqual([
      ["3.1", "建国", null, ["市卫生局"], ["市财政局"]],
      ["3.2", "海平", null, ["市体育局"], ["市教委"]],
    ]);
    expect(multiple(text)).toEqual([{ id: "3.2", leader: "海平", others: ["立新"] }]);
  });

  it("reads a leader heading whose title names its body (区政府党组成员)", () => {
    expect(readLeaderHeading("陈立军区政府党组成员牵头重点工作")).toEqual({
      name: "陈立军",
      title: "区政府党组成员",
      others: [],
    });
  });

  it("reports a heading's several leaders once, naming every task under it", () => {
    const text = [
      "一、经济发展(牵头领导:赵明、钱亮)",
      "1.地区生产总值增长6%。(责任单位:区发改局)",
      "2.固定资产投资增长8%。(责任单位:区发改局)",
    ].join("\n");
    expect(leaders(text).map((t) => t[1])).toEqual(["赵明", "赵明"]);
    expect(multiple(text)).toEqual([{ id: "1.1", ids: ["1.1", "1.2"], leader: "赵明", others: ["钱亮"] }]);
  });

  it("says a heading's several leaders at the line that names them, and names every task under it to the clerk", () => {
    const tasks = ["1.地区生产总值增长6%。(责任单位:区发改局)", "2.固定资产投资增长8%。(责任单位:区发改局)"];
    for (const [heading, line] of [
      [["一、经济发展(牵头领导:赵明、钱亮)"], 1],
      [["一、经济发展", "牵头领导:赵明、钱亮"], 2],
    ] as const) {
      const found = parseBreakdown([...heading, ...tasks].join("\n")).issues.filter(
        (i) => i.code === "leader-multiple",
      );
      expect(found.map((i) => i.line)).toEqual([line]);
      expect(found.map((i) => message(i.code, i.params, "zh-CN"))).toEqual([
        "任务 1.1、1.2 所在的标题列有多位领导（赵明、钱亮），台账对这些任务都按第一位记。",
      ]);
      expect(found.map((i) => message(i.code, i.params, "en-US"))).toEqual([
        "Tasks 1.1, 1.2 come under a heading that names several leaders (赵明, 钱亮); the ledger keeps the first for each of them.",
      ]);
    }
  });

  it("reads leader cells of a one-cell-a-line table, one or two names a cell", () => {
    const text = [
      "目标任务",
      "责任领导",
      "责任单位",
      "一、主要预期指标",
      "1. 生产总值增长7%以上。",
      "冯立新",
      "市发改委、市经信委",
      "2. 一般公共预算收入增长6%。",
      "冯立新",
      "褚建华",
      "市财政局、市税务局",
    ].join("\n");
    expect(leaders(text).map((t) => [t[1], t[3]])).toEqual([
      ["冯立新", ["市发改委"]],
      ["冯立新", ["市财政局"]],
    ]);
    expect(multiple(text).map((p) => [p.leader, p.others])).toEqual([["冯立新", ["褚建华"]]]);
    // The further leaders are said in the finding, never a field of the task.
    expect(parseBreakdown(text).tasks.every((t) => !("others" in t))).toBe(true);
  });

  it("reads two names on two lines of a one-cell-a-line table's leader cell as two leaders, not one name", () => {
    const text = [
      "序号",
      "工作任务",
      "责任领导",
      "牵头单位",
      "1",
      "改造老旧小区。",
      "李明",
      "县住建局",
      "2",
      "新建口袋公园十处,改造街头绿地。",
      "王强",
      "赵磊",
      "县城管局",
    ].join("\n");
    expect(leaders(text).map((t) => [t[1], t[3]])).toEqual([
      ["李明", ["县住建局"]],
      ["王强", ["县城管局"]],
    ]);
    expect(multiple(text)).toEqual([{ id: "2", leader: "王强", others: ["赵磊"] }]);
  });

  it("reads a leader heading with the title before or after the name, and a glossed Traditional leader label", () => {
    const heading = [
      "一、副县长李明牵头重点工作",
      "1.改造老旧小区。",
      "责任单位:县住建局、县财政局",
      "二、王强县长牵头重点工作",
      "1.新建口袋公园。",
      "责任单位:县城管局",
    ].join("\n");
    expect(leaders(heading).map((t) => [t[0], t[1], t[2]])).toEqual([
      ["1.1", "李明", "副县长"],
      ["2.1", "王强", "县长"],
    ]);
    const glossed = "1.改造老旧小區。\n主管領(lǐng)導(dǎo):劉東\n責(zé)任單位:市住建局、市財政局\n";
    expect(leaders(glossed)).toEqual([["1", "劉東", null, ["市住建局"], ["市財政局"]]]);
  });
});

describe("a generic table's row whose cells do not align with its header", () => {
  const columns = ["seq", "task", "leader", "units", "deadline"] as const;
  const read = (cells: string[], header: readonly ColumnKind[] = columns) => {
    const { task } = rowTask({ no: 1, line: 3, cells }, header, new Set(), []);
    return [task?.leader, task?.leads];
  };

  it("takes a person's name in the leader column's place as the leader", () => {
    expect(read(["推进城东改造工程建设", "张三", "县建设局"])).toEqual(["张三", ["县建设局"]]);
    expect(
      read(["推进城东改造工程建设", "县建设局", "张三"], ["seq", "task", "units", "leader", "deadline"]),
    ).toEqual(["张三", ["县建设局"]]);
  });

  it("never takes a deadline after the units (常态化, 常年) for the leader of a header whose leader comes before them", () => {
    for (const deadline of ["常态化", "常年"])
      expect(read(["推进城东改造工程建设", "县建设局", deadline])).toEqual([null, ["县建设局"]]);
  });
});
