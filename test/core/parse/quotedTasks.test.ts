import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up news reports that quote a plan's tasks by their numbers, each with its leaders and units in prose after it
// (第N项任务“…”,牵头领导是…,主责单位是A、B。), and the look-alikes: a report that quotes one such task only, and one
// that quotes tasks with no units.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({
    id: t.id,
    text: t.text.slice(0, 8),
    leads: t.leads,
    co: t.coUnits,
    leader: t.leader,
  }));

describe("a report quoting a plan's numbered tasks with their roles", () => {
  const report =
    "市政府印发重点工作分工方案\n" +
    "本报讯 近日,市政府印发今年重点工作分工方案,共分解任务120项,每项任务均明确牵头市领导。\n" +
    "例如,第3项任务“新建中小学校12所”,牵头领导是副市长李明,主责单位是市教育局、市财政局、各县区政府。第57项任务“完成老旧小区改造80个”,牵头领导是市委常委、常务副市长周强和副市长吴刚,主责单位是市住建局。\n" +
    "部分任务还明确了配合单位。例如第64项,实施城区交通治堵工程,打通断头路10条,牵头领导是副市长吴刚,主责单位是市交通局,配合单位是市公安局、市城管局。\n" +
    "另有4项任务明确了协同领导,如第101项任务“推进区域协同发";

  it("reads each quoted task under its own number, its units as listed (the first leads)", () => {
    expect(read(report)).toEqual([
      {
        id: "3",
        text: "新建中小学校12",
        leads: ["市教育局"],
        co: ["市财政局", "各县区政府"],
        leader: "李明",
      },
      { id: "57", text: "完成老旧小区改造", leads: ["市住建局"], co: [], leader: "周强" },
      {
        id: "64",
        text: "实施城区交通治堵",
        leads: ["市交通局"],
        co: ["市公安局", "市城管局"],
        leader: "吴刚",
      },
      { id: "101", text: "推进区域协同发", leads: [], co: [], leader: null },
    ]);
  });

  it("says the second leader of a task in a finding", () => {
    const issue = parseBreakdown(report).issues.find((i) => i.code === "leader-multiple");
    expect(issue?.params).toEqual({ id: "57", leader: "周强", others: ["吴刚"] });
  });

  it("reads nothing where only one quoted task names units", () => {
    const text =
      "分工方案印发\n" +
      "近日,市政府印发分工方案。例如,第3项任务“新建中小学校12所”,主责单位是市教育局、市财政局。其余任务均已明确到位。";
    expect(read(text)).toEqual([]);
  });

  it("reads nothing where the quoted tasks name no units", () => {
    const text =
      "政府工作报告亮点\n" +
      "报告提出,第3项任务“新建中小学校12所”,牵头领导是副市长李明。第5项任务“完成老旧小区改造80个”,牵头领导是副市长吴刚。";
    expect(read(text)).toEqual([]);
  });
});
