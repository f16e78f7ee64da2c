import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up breakdowns of the family "persons beside units in role clauses": a helping leader's label line (配合领导 /
// 协助领导 / 协同领导) after the leader's own, a person named first in a prose bracket before the units, and numbered
// points (1)(2) right under 会议决定 that each say their unit in a 由… clause — with other places' units, labels and
// numbering. A person is a leader, never a unit.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({
    id: t.id,
    leads: t.leads,
    co: t.coUnits,
    leader: t.leader,
  }));

describe("persons beside units in role clauses", () => {
  it.each(["配合领导", "协助领导", "协同领导"])(
    "keeps the leader of a task whose next leader line is a helper's (%s), the units unchanged",
    (label) => {
      const text = [
        "某县重点工作任务分解",
        "1.推进城区道路改造。",
        "牵头领导:张伟",
        `${label}:李强`,
        "牵头单位:县住建局",
        "配合单位:县财政局",
        "2.推进农贸市场建设。",
        "牵头领导:王明",
        `${label}:赵丽`,
        "牵头单位:县商务局",
        "配合单位:县市场监管局",
      ].join("\n");
      const parsed = parseBreakdown(text);
      expect(read(text)).toEqual([
        { id: "1", leads: ["县住建局"], co: ["县财政局"], leader: "张伟" },
        { id: "2", leads: ["县商务局"], co: ["县市场监管局"], leader: "王明" },
      ]);
      // The helper is not lost: the finding names them beside the leader.
      expect(parsed.issues.filter((i) => i.code === "leader-multiple").map((i) => i.params.others)).toEqual([
        ["李强"],
        ["赵丽"],
      ]);
    },
  );

  it.each([
    ["(", ")", "牵头", ["市住建局", "市城管局"], ["各区政府"]],
    // Units listed with 负责 and helpers named: the first leads, the others help.
    ["【", "】", "负责", ["市住建局"], ["市城管局", "各区政府"]],
  ])(
    "reads a person named first in a prose bracket as the leader (%s…%s, %s)",
    (open, close, verb, leads, co) => {
      const text = [
        "某市为民办实事任务分工",
        `1.推进农贸市场建设${open}王明、市商务局${verb},市市场监管局配合${close}。`,
        `2.推进城区道路改造${open}张伟、市住建局${verb},市财政局配合${close}。`,
        `3.推进老旧小区改造${open}市住建局、市城管局${verb},各区政府配合${close}。`,
      ].join("\n");
      expect(read(text)).toEqual([
        { id: "1", leads: ["市商务局"], co: ["市市场监管局"], leader: "王明" },
        { id: "2", leads: ["市住建局"], co: ["市财政局"], leader: "张伟" },
        { id: "3", leads, co, leader: null },
      ]);
    },
  );

  it.each([
    ["(1)", "(2)"],
    ["①", "②"],
  ])("reads points %s %s right under 会议决定 that each name their unit as tasks", (a, b) => {
    const text = [
      "某县政府常务会议纪要",
      "一、会议听取了有关部门的汇报。",
      "二、会议决定",
      `${a}城区道路改造由县住建局负责,于7月底前完成。`,
      `${b}农贸市场建设由县商务局负责,县市场监管局配合。`,
    ].join("\n");
    const tasks = read(text).filter((t) => t.leads.length > 0);
    expect(tasks.map((t) => [t.id, t.leads, t.co])).toEqual([
      ["2.1", ["县住建局"], []],
      ["2.2", ["县商务局"], ["县市场监管局"]],
    ]);
  });
});
