import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up deployments written as topic paragraphs of 第N项 items, each run of items closed by who answers for it
// (责任人,X。 / 责任单位:X。 / 负责人:X), under a part's heading and its field commander — as another county would
// write its campaign's 战场 / 战区 / 片区, with other labels, punctuation and numbering; and the look-alikes.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({
    id: t.id,
    text: t.text.slice(0, 8),
    leads: t.leads,
    deadline: t.deadline,
    leader: t.leader,
  }));

describe("topic paragraphs of items closed by who answers for them", () => {
  it("gives each 责任人 to the items since the previous one; items after the last, or in a paragraph with none, have no unit", () => {
    const text =
      "第三战区,城区道路整治。\n\n" +
      "现场指挥员:县委常委、常务副县长刘某某。\n\n" +
      "滨河路方面:第一项,两侧绿化提升,要求4月15日前完成。责任人,县园林局赵建国。第二项,沿街立面改造,要求5月底前完成。第三项,路灯更换,要求6月底前全部到位。责任人,县城管局局长钱立新。\n\n" +
      "建设路方面:第一项,人行道铺装,要求5月底前完成。第二项,雨污分流,要求6月20日前完成。\n\n" +
      "解放路方面:第一项,违章建筑拆除,要求3月底前完成。责任单位:城关镇。第二项,停车场建设。\n";
    expect(read(text)).toEqual([
      { id: "3.1.1", text: "两侧绿化提升,要", leads: ["县园林局"], deadline: "4月15日前", leader: "刘某某" },
      { id: "3.1.2", text: "沿街立面改造,要", leads: ["县城管局"], deadline: "5月底前", leader: "刘某某" },
      { id: "3.1.3", text: "路灯更换,要求6", leads: ["县城管局"], deadline: "6月底前", leader: "刘某某" },
      { id: "3.2.1", text: "人行道铺装,要求", leads: [], deadline: "5月底前", leader: "刘某某" },
      { id: "3.2.2", text: "雨污分流,要求6", leads: [], deadline: "6月20日前", leader: "刘某某" },
      { id: "3.3.1", text: "违章建筑拆除,要", leads: ["城关镇"], deadline: "3月底前", leader: "刘某某" },
      { id: "3.3.2", text: "停车场建设。", leads: [], deadline: null, leader: "刘某某" },
    ]);
  });

  it("reads a topic paragraph with no 第N项 as one task with its label, before any heading without a leader", () => {
    const text =
      "老街改造方面:3月底前完成方案,6月底前完成改造。负责人:区住建局。\n" +
      "二、片区环境整治\n" +
      "总指挥:区长孙某\n" +
      "东片方面:第1项:垃圾清运,要求4月10日前完成。负责人:东街街道;第2项:河道清淤。负责人:区水务局。\n";
    const tasks = read(text);
    expect(tasks[0]).toEqual({
      id: "1",
      text: "老街改造方面:3",
      leads: ["区住建局"],
      deadline: "6月底前",
      leader: null,
    });
    expect(tasks.slice(1).map((t) => [t.id, t.leads, t.leader])).toEqual([
      ["2.1.1", ["东街街道"], "孙某"],
      ["2.1.2", ["区水务局"], "孙某"],
    ]);
  });

  it.each([
    [
      "one 责任人 sentence only",
      "东段方面:第一项,绿化,要求4月15日前完成。责任人,县园林局赵某。\n西段方面:第一项,亮化。第二项,美化。\n",
    ],
    [
      "items with no one answering for them",
      "东段方面:第一项,绿化,要求4月15日前完成。第二项,亮化。\n西段方面:第一项,美化。第二项,净化。\n",
    ],
    [
      "a speech's paragraphs with no topic label or 第N项",
      "会议要求,要抓好落实。责任人要履职尽责。\n责任人,要到岗。\n",
    ],
  ])("reads nothing from %s", (_why, text) => {
    expect(parseBreakdown(`全县重点工作部署\n${text}`).tasks).toEqual([]);
  });
});
