import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up news reports of a meeting or an inspection whose leader gives a named office work (X要…), one such clause
// enough — and the look-alikes: a group, an office that checks the work, people or a kind of body, bare exhortations,
// an office's demand outside any speech.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({ text: t.text.slice(0, 8), leads: t.leads, co: t.coUnits }));

describe("a named office given work in a retold speech", () => {
  it("reads the office after the speech's verb, the clause with no subject after it its words", () => {
    const text =
      "4月2日,县长李某主持召开县政府常务会议,听取乡村振兴工作汇报。\n" +
      "会议指出,乡村振兴是全县工作重中之重。要加强组织领导,各乡镇各部门要树牢大局意识;县农业农村局要发挥牵头作用,梳理产业项目清单,逐月调度推进。要强化要素保障。\n";
    expect(read(text)).toEqual([{ text: "县农业农村局要发", leads: ["县农业农村局"], co: [] }]);
  });

  it("reads an office after a comma inside the leader's sentence", () => {
    const text =
      "5月9日,区委书记王某带队督查民生实事项目。\n" +
      "在城东小学扩建工地,王某强调,城东小学扩建是重要民生项目,区住建局要把该项目列为重点项目,跟踪施工进度,确保秋季开学投用。\n";
    expect(read(text)).toEqual([{ text: "区住建局要把该项", leads: ["区住建局"], co: [] }]);
  });

  it("passes over the units' role set apart by 作为, all leading when it is 牵头", () => {
    const text =
      "6月3日,全市文旅融合联席会议召开。\n" +
      "会议要求,要厘清工作任务。市文广旅局、市发改委作为文旅融合牵头责任单位,要紧盯重点项目,推动景区提档升级。\n";
    expect(read(text)).toEqual([{ text: "市文广旅局、市发", leads: ["市文广旅局", "市发改委"], co: [] }]);
  });

  it("reads the offices a leader's 要求 asks to do a work item, the words from 要求, a group after them a co-unit", () => {
    const text =
      "3月5日,市长王某来到青溪县代表团,与代表一起审议政府工作报告。\n" +
      "在听取发言后,王某感谢大家提出的意见建议,要求市政府办公室和有关部门认真汇总梳理,尽快落实到位。\n";
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => [t.leads, t.coUnits])).toEqual([[["市政府办公室"], ["有关部门"]]]);
    expect(tasks[0]?.text.slice(0, 8)).toBe("要求市政府办公室");
  });

  // One rule with subjectNews.test.ts: the speech gives the office its work whether the work has its time or not
  // (要在8月底完成… / 要于…前建成… / 要抓紧…,9月底前…); the same sentence outside any speech reads nothing there.
  it.each([
    ["会议指出,要抓好项目建设。市住建局要在8月底完成老旧小区改造。", "市住建局"],
    ["王某强调,县交通运输局要于2024年6月30日前建成环城路,确保通车。", "县交通运输局"],
    ["座谈会上,张某要求,区水务局要在汛期前完成堤防加固;要压实责任。", "区水务局"],
  ])("reads a dated demand of a retold speech: %s", (sentence, lead) => {
    expect(read(`全县召开重点工作推进会\n${sentence}\n`).map((t) => t.leads)).toEqual([[lead]]);
  });

  // A verb that only tells speech may take a colon (强调: 一是…;二是…), as 要求 may not (工作要求: a notice's heading).
  it.each([
    [
      "副县长张某、李某强调:一是提高认识;二是明确职责,县商务局作为项目推进牵头部门,要加强与业主的沟通协调,定期召开协调会。",
      "县商务局",
    ],
    ["会议指出:区交通局要在年底前完成环城路改造,确保通车。", "区交通局"],
    ["王某表示:市文旅局要抓紧编制景区规划,年内报批。", "市文旅局"],
  ])("reads a demand after a speech's colon: %s", (sentence, lead) => {
    expect(read(`全县召开重点工作推进会\n${sentence}\n`).map((t) => t.leads)).toEqual([[lead]]);
  });

  it("reads nothing after a notice's heading 要求: (no speech)", () => {
    expect(
      parseBreakdown("全县召开重点工作推进会\n三、工作要求:县住建局要梳理项目清单,逐月调度推进。\n").tasks,
    ).toEqual([]);
  });

  it("reads one area named with its level alone", () => {
    const text = "全县召开重点工作推进会\n王某指出,城关镇要加快推进老街区改造;要抓好招商引资。\n";
    expect(read(text)).toEqual([{ text: "城关镇要加快推进", leads: ["城关镇"], co: [] }]);
  });

  it.each([
    ["a group", "会议指出,各县区各部门要梳理项目清单,逐月调度推进。"],
    ["an office that checks the work", "会议强调,县督查室要跟踪督办,定期通报项目进展。"],
    ["people", "会议强调,领导干部要以身作则,带头梳理问题清单。"],
    ["a kind of body with no name", "会议强调,企业要加快转型升级,梳理技改项目。"],
    ["bare exhortations", "会议强调,县住建局要加强领导,压实责任。县交通局要主动作为,做好服务。"],
    ["a role and the targets only", "会议要求,县发改局要切实担负起牵头抓总的职责,按时保质保量完成目标任务。"],
    ["an office's demand outside any speech", "县住建局要梳理项目清单,逐月调度推进。"],
    ["要求 as a noun", "会议强调,要提高站位,切实将相关要求落到实处。"],
    ["要求 asking a group", "会议听取汇报,要求各乡镇各部门认真梳理项目,逐月调度推进。"],
    ["要求 asking only a bare exhortation", "会议听取汇报,要求县住建局加强领导,压实责任。"],
  ])("reads nothing from %s", (_why, sentence) => {
    expect(parseBreakdown(`全县召开重点工作推进会\n${sentence}\n`).tasks).toEqual([]);
  });
});

// Round 19's families (proseFamilies.test.ts draws them at random; these are checked by hand).
describe("the families of a named unit's demand beyond X要", () => {
  const head = "全县召开重点工作推进会\n";
  const roles = (sentence: string) =>
    parseBreakdown(`${head}${sentence}\n`).tasks.map((t) => [t.text.slice(0, 8), t.leads, t.coUnits]);

  it.each([
    ["会议强调,县水利局务必要在前完成堤防加固。", [["县水利局务必要在", ["县水利局"], []]]],
    [
      "会议指出,县交投集团是全县通建设的主力军,要加快环城路建设。",
      [["县交投集团是全县", ["县交投集团"], []]],
    ],
    ["会议明确,县城管执法局负责除违章建筑,年底前完成。", [["县城管执法局负责", ["县城管执法局"], []]]],
    ["会议要求,县住建局加快老旧区改造,确保年底完工。", [["县住建局加快老旧", ["县住建局"], []]]],
    [
      "王某强调,请县发改局会同县财政局研究资金方案,月底前报县政府。",
      [["县发改局会同县财", ["县发改局"], ["县财政局"]]],
    ],
    [
      "会议明确,由县商务局牵头,县市场监管局配合,开展促消费活动。",
      [["由县商务局牵头,", ["县商务局"], ["县市场监管局"]]],
    ],
    ["会议决定,群众反映的停车难题交由县城管局研究办理。", [["群众反映的停车难", ["县城管局"], []]]],
    ["下一步,县农业农村局将继推进高标准农田建设。", [["县农业农村局将继", ["县农业农村局"], []]]],
  ])("reads %s", (sentence, want) => {
    expect(roles(sentence)).toEqual(want);
  });

  it.each([
    [
      "a wish for the places visited",
      "希望青溪市、白沙县坚持稳中求进,攻坚克难,努力实现今年经济社会发展目标任务。",
    ],
    ["a project's party by its part", "王某强调,要求施工单位要在确保质量前提下,加快施工进度。"],
    ["people asked", "请市政协委员和其他列席人员提出意见。"],
    ["要求 the unit follows", "按照市委要求,县住建局加快推进老旧小区改造,目前已完成32个。"],
    ["将 as a notice's preposition", "会议指出,县政府将年度工作任务分解为15项工作目标,现下达给你们。"],
    ["a headline over a news report's sentences", "请各位代表审议。\n会议还研究了其他事项。"],
    [
      "a notice's closing after its next step",
      "下一步,各牵头单位要切实负起牵头抓总的主体责任,抢抓工作进度。县发改委要会同县督查落实办对相关工作进行督导,对严重滞后的事项进行通报。",
    ],
  ])("reads nothing from %s", (_why, sentence) => {
    expect(parseBreakdown(`青山县召开民生实事调度会\n${sentence}\n`).tasks).toEqual([]);
  });
});
