import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up breakdowns of the family "roles said in the middle of an item's sentence": a 由… clause with more of the
// task after it (a deadline, the work), a person who leads beside the unit that does the work, units that each
// answer for their part (各负其责), and a member unit's duties after its name and a full stop (成员单位职责) —
// with other places' units, numbering and separators, and the sentences that must give no unit.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({
    id: t.id,
    leads: t.leads,
    co: t.coUnits,
    deadline: t.deadline,
    leader: t.leader,
  }));

describe("a 由… role clause in the middle of an item", () => {
  it.each([
    ["(一)", "(二)", "于7月11日前完成选址", "7月11日前"],
    ["1.", "2.", "2024年6月底前完成", "2024年6月底前"],
    ["1、", "2、", "确保10月中旬前投入使用", "10月中旬前"],
  ])("reads the lead, the co-units and the first date with 前 after it (%s)", (a, b, tail, due) => {
    const text = [
      "乙县政府常务会议纪要",
      "二、会议决定",
      `${a}城区停车场建设由县住建局负责,${tail}。`,
      `${b}农贸市场改造工作由县商务局牵头,县市场监管局、县财政局配合,${tail}。`,
    ].join("\n");
    const tasks = read(text);
    expect(tasks.map((t) => [t.leads, t.co])).toEqual([
      [["县住建局"], []],
      [["县商务局"], ["县市场监管局", "县财政局"]],
    ]);
    // The date said after the clause (a deadline reader may keep the verb after 前: 6月底前完成).
    for (const t of tasks) expect(t.deadline?.startsWith(due)).toBe(true);
  });

  it("reads 工作由A负责落实 closing an item, with no punctuation before 由", () => {
    const text = [
      "丙市安全专项整治方案",
      "(一)消防安全专项整治工作由市消防救援支队负责落实。",
      "(二)燃气安全整治任务由市城管委负责实施。",
    ].join("\n");
    expect(read(text).map((t) => t.leads)).toEqual([["市消防救援支队"], ["市城管委"]]);
  });

  it("reads the first of several units that 各负其责 as the lead, the others as co-units", () => {
    const text = [
      "丁县汛期安全方案",
      "1.水库安全检查,县水利局、县应急局、各乡镇要各负其责。",
      "2.电力设施巡查,县供电公司、县电力局各司其职。",
    ].join("\n");
    expect(read(text).map((t) => [t.leads, t.co])).toEqual([
      [["县水利局"], ["县应急局", "各乡镇"]],
      [["县供电公司"], ["县电力局"]],
    ]);
  });

  it("reads units that 各负其责 in the middle of an item, the first leading (never 各部门 alone)", () => {
    const text = [
      "癸市安全工作要点",
      "1.旅游景区安全管理,市文旅局、各区政府要各负其责,节假日前开展专项检查。",
      "2.河湖安全巡查,区水务局、区城管委应各司其职,汛期每周巡查一次。",
      "3.加强领导,各部门要各负其责,做好值守。",
    ].join("\n");
    expect(read(text).map((t) => [t.leads, t.co])).toEqual([
      [["市文旅局"], ["各区政府"]],
      [["区水务局"], ["区城管委"]],
      [[], []],
    ]);
  });

  it("gives no unit to a requirement that only collectives 各负其责", () => {
    const text = [
      "乙县方案",
      "一、工作任务",
      "1.改造小区10个(县住建局牵头)",
      "二、工作要求",
      "(一)加强领导,各部门要各负其责。",
      "(二)强化督查,各乡镇、各部门要各司其职。",
      "(三)强化宣传。各有关单位要各负其责。",
    ].join("\n");
    expect(read(text).flatMap((t) => [...t.leads, ...t.co])).toEqual(["县住建局"]);
  });

  it.each(["张三", "李四副县长"])(
    "reads a person after 由 (%s) as the task's leader and the unit that 落实 as its lead",
    (person) => {
      const text = [
        "戊县重点任务分解",
        "一、城建",
        `1.城区道路改造工程由${person}牵头,县住建局落实。`,
        `2.垃圾分类工作由${person}牵头,县城管局、各乡镇负责,年底前完成。`,
      ].join("\n");
      const tasks = read(text);
      expect(tasks.map((t) => [t.leads, t.co, t.leader])).toEqual([
        [["县住建局"], [], person.slice(0, 2)],
        [["县城管局"], ["各乡镇"], person.slice(0, 2)],
      ]);
      expect(tasks.flatMap((t) => [...t.leads, ...t.co]).join()).not.toContain(person.slice(0, 2));
    },
  );

  it.each([
    "1.由于天气原因,县住建局工作延期,于7月11日前完成。",
    "1.此事由张三负责,于7月11日前完成。",
    "1.该项目由省里统一安排,年底前完成。",
    "1.理由是经费不足,县财政局已于7月11日前拨付。",
  ])("gives no unit for a 由 that names none: %s", (line) => {
    const tasks = parseBreakdown(
      ["己县会议纪要", "二、会议决定", line, line.replace("1.", "2.")].join("\n"),
    ).tasks;
    expect(tasks.flatMap((t) => t.leads)).toEqual([]);
  });
});

describe("a member unit's duties after its name and a full stop", () => {
  it.each([
    ["(一)", "(二)"],
    ["1.", "2."],
    ["1、", "2、"],
  ])("reads the units before 。 (%s)", (a, b) => {
    const text = [
      "庚县农村环境整治方案",
      "五、成员单位职责",
      `${a}县环保局。负责环境监测和执法检查。`,
      `${b}县交通局、县公路中心。承担公路沿线环境整治。`,
    ].join("\n");
    expect(read(text).map((t) => [t.leads, t.co])).toEqual([
      [["县环保局"], []],
      [["县交通局"], ["县公路中心"]],
    ]);
  });

  it("reads a working group's labels, not the group, when labels follow its duties", () => {
    const text = [
      "壬市支援工作方案",
      "四、工作分工",
      "(一)资金保障组。负责资金的统筹。牵头单位:市财政局 配合单位:市审计局",
      "(二)物资运输组。负责物资运输。牵头单位:市交通局",
    ].join("\n");
    expect(read(text).map((t) => [t.leads, t.co])).toEqual([
      [["市财政局"], ["市审计局"]],
      [["市交通局"], []],
    ]);
  });

  it("does not read a heading's words before 。 as a unit", () => {
    const text = ["辛县方案", "一、工作目标。负责全县环境整治。", "二、保障措施。负责落实经费。"].join("\n");
    expect(parseBreakdown(text).tasks.flatMap((t) => t.leads)).toEqual([]);
  });
});

describe("paragraphs that name their unit anywhere in prose", () => {
  it.each([
    ["由县住建局负责的", "由县交通局负责的", "县水利局负责实施的"],
    ["由区城管委负责的", "由区建设局牵头实施的", "区园林中心负责建设的"],
  ])("reads each ;-clause of a paragraph as a task, in order (%s …)", (a, b, c) => {
    const text = [
      "关于重点项目进展情况的通报",
      `截至目前,${a}老旧小区改造项目已完成投资80%,预计2021年11月份完成;${b}农村公路提升工程已开工;${c}水库除险加固项目进展顺利。`,
      "各单位要加快进度。",
    ].join("\n");
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => t.id)).toEqual(["1", "2", "3"]);
    expect(tasks.map((t) => t.leads.length)).toEqual([1, 1, 1]);
    expect(tasks[0]?.deadline).toBe("2021年11月份");
  });

  it("reads an exposure page's paragraphs that name the unit with 是/为, 应由 or 对由", () => {
    const text = [
      "曝光台",
      "某街道主干道两侧乱堆乱放,责任单位是县城管局,至今未整改。",
      "城北农贸市场周边环境脏乱,其责任单位为县市场监管局,群众反映强烈。",
      "城东河道漂浮垃圾较多,应由县水利局负责整治。",
      "在对由县交通局负责的国道沿线进行检查时,发现多处路面破损。",
    ].join("\n");
    expect(read(text).map((t) => t.leads)).toEqual([
      ["县城管局"],
      ["县市场监管局"],
      ["县水利局"],
      ["县交通局"],
    ]);
  });

  it.each([
    "记者了解到,该路段的责任单位是县城管局,目前正在整改。",
    "会上,由县住建局负责的老旧小区改造项目受到表扬;全县经济运行平稳。",
  ])("keeps a news report with one such sentence a look-alike: %s", (sentence) => {
    const text = ["本报讯", sentence, "全县上下要进一步提高认识。", "下一步,各地将继续推进相关工作。"].join(
      "\n",
    );
    expect(parseBreakdown(text).tasks).toEqual([]);
  });
});

describe("a paragraph read as the notice's words whose numbering runs on into a section of tasks", () => {
  it("is reported at its line when a 由… clause in it names units the parser did not read as roles", () => {
    const text = [
      "(二)宣传阶段。5月底前,各单位通过报纸、网站向社会公开承诺。由县文旅局、县教育局提出承诺名单,县融媒体中心制定方案并组织实施。各乡镇要于5月底前将落实情况报县政府办。",
      "(三)检查阶段。分两组开展检查:",
      "1.检查乡镇落实情况。(县监察局牵头,县审计局配合)",
      "2.检查县直部门落实情况。(县政府办牵头,县财政局配合)",
    ].join("\n");
    const parsed = parseBreakdown(text);
    expect(parsed.tasks.map((t) => t.id)).toEqual(["3.1", "3.2"]);
    expect(parsed.issues.filter((i) => i.code === "text-unattached").map((i) => i.line)).toEqual([1]);
    // A plan's frame section (二、组织领导) naming persons after 由 stays the notice's words, unreported.
    const frame = [
      "二、组织领导",
      "成立工作领导小组,由张某任组长,李某任副组长。",
      "三、职责分工",
      "1.检查乡镇落实情况。(县监察局牵头,县审计局配合)",
      "2.检查县直部门落实情况。(县政府办牵头,县财政局配合)",
    ].join("\n");
    expect(parseBreakdown(frame).issues.filter((i) => i.code === "text-unattached")).toEqual([]);
  });
});
