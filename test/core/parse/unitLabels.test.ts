import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { splitGlued, splitUnitList } from "../../../src/core/parse/splitUnits";

// Compound role labels, units run together, joins and 下同 / 同上 in brackets: made-up documents in the shapes
// of other places (docs/layouts.md, "Compound labels").
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.leads, t.coUnits]);
const doc = (...lines: string[]) => ["某某县2026年重点工作任务分解", ...lines].join("\n");

describe("compound role labels: a modifier before the role word", () => {
  it("reads 主要责任单位 as the lead and 共同责任单位 beside it as co-units", () => {
    const text = doc(
      "1.推进某某园区建设。",
      "主要责任单位：县甲局",
      "共同责任单位：县乙局、县丙局",
      "2.完善某某服务体系。",
      "主要责任单位:市丁委",
      "共同责任单位:市戊局",
    );
    expect(read(text)).toEqual([
      ["1", ["县甲局"], ["县乙局", "县丙局"]],
      ["2", ["市丁委"], ["市戊局"]],
    ]);
  });

  it("lets every unit under 共同责任单位 lead when nothing else names a lead", () => {
    const text = doc(
      "1.强化某某安全。",
      "共同责任单位：区应急局、区公安分局",
      "2.治理某某河道。",
      "联合实施单位:区水务局、区农业农村局",
    );
    expect(read(text)).toEqual([
      ["1", ["区应急局", "区公安分局"], []],
      ["2", ["区水务局", "区农业农村局"], []],
    ]);
  });

  it("never reads the modifier as a unit when the label is glued to the value before it", () => {
    const text = doc(
      "1.推进某某工程。（牵头单位：县甲局；共同责任单位：县乙局）",
      "2.开展某某行动。(牵头单位:省丙厅,协同责任单位:省丁厅、省戊办)",
      "3.建设某某中心。【主要责任单位】市己局【其他责任单位】市庚局",
    );
    expect(read(text)).toEqual([
      ["1", ["县甲局"], ["县乙局"]],
      ["2", ["省丙厅"], ["省丁厅", "省戊办"]],
      ["3", ["市己局"], ["市庚局"]],
    ]);
  });

  it("reads 直接责任单位 as the lead and 其他责任单位 as co-units", () => {
    const text = doc(
      "1.加强某某监管。",
      "直接责任单位：县市场监督管理局",
      "其他责任单位：县卫健局、县农业农村局",
    );
    expect(read(text)).toEqual([["1", ["县市场监督管理局"], ["县卫健局", "县农业农村局"]]]);
  });

  it("reads 具体责任单位 as a plain list: co-units beside a lead, else its first unit leads", () => {
    const text = doc(
      "1.推进某某改革。",
      "牵头单位：县医保局",
      "具体责任单位：县卫健局、县财政局",
      "2.推进某某试点。",
      "具体责任单位：县医保局、县卫健局",
      "3.推进某某扩面。",
      "责任单位：县人社局",
      "具体实施单位：县社保中心",
    );
    expect(read(text)).toEqual([
      ["1", ["县医保局"], ["县卫健局", "县财政局"]],
      ["2", ["县医保局"], ["县卫健局"]],
      ["3", ["县人社局"], ["县社保中心"]],
    ]);
  });

  it("reads 承办单位 and 联系单位 under one task as one list, not as a task line gone missing", () => {
    const text = doc(
      "1.做好某某服务。",
      "承办单位：县人社局",
      "联系单位：县总工会",
      "2.办好某某教育。",
      "承办单位:县教育局",
    );
    const parsed = parseBreakdown(text);
    expect(read(text)).toEqual([
      ["1", ["县人社局"], ["县总工会"]],
      ["2", ["县教育局"], []],
    ]);
    expect(parsed.issues.filter((i) => i.code === "units-without-task")).toEqual([]);
  });

  it("reads 包保单位 as units and 包保领导 as the leader, never a unit", () => {
    const text = doc(
      "1.推进某某道路改造。",
      "包保领导：张某某",
      "包保单位：县住房和城乡建设局、县交通运输局",
    );
    const [task] = parseBreakdown(text).tasks;
    expect(task?.leads).toEqual(["县住房和城乡建设局"]);
    expect(task?.coUnits).toEqual(["县交通运输局"]);
    expect(task?.leader).toBe("张某某");
  });

  it("reads 主办单位 / 协办单位, 责任主体 and 牵头领导 / 责任科室, and never a 督办单位", () => {
    const text = doc(
      "1.推进某某公路提档。",
      "主办单位：县交通运输局",
      "协办单位：县财政局",
      "督办单位：县政府督查室",
      "2.开展某某评价。",
      "责任主体：县营商环境服务中心",
      "3.办好某某教育。",
      "牵头领导：李某某",
      "责任科室：职成科、基教科",
    );
    expect(read(text)).toEqual([
      ["1", ["县交通运输局"], ["县财政局"]],
      ["2", ["县营商环境服务中心"], []],
      ["3", ["职成科"], ["基教科"]],
    ]);
  });
});

describe("a modifier the vocabulary does not know before a unit label", () => {
  it("reads it as part of the label, by the label's kind, never as a unit", () => {
    const text = doc(
      "1.推进某某更新。",
      "主要责任单位：县甲局",
      "重点责任单位：县乙局",
      "2.推进某某改造。（牵头单位：市丙局；配套责任单位：市丁局、市戊局）",
      "3.推进某某管理。",
      "有关责任单位:区己局、区庚局",
    );
    expect(read(text)).toEqual([
      ["1", ["县甲局"], ["县乙局"]],
      ["2", ["市丙局"], ["市丁局", "市戊局"]],
      ["3", ["区己局"], ["区庚局"]],
    ]);
  });

  it("keeps a short unit name before a glued label as a unit (团委配合单位:)", () => {
    expect(read(doc("1.推进某某活动。（责任单位：县甲局，团委配合单位：县乙局）"))).toEqual([
      ["1", ["县甲局"], ["团委", "县乙局"]],
    ]);
  });
});

describe("one label for the lead and the co-units together", () => {
  it("reads 牵头单位及配合单位, 牵头/配合单位 and 主办、协办单位 as a list whose first unit leads", () => {
    const text = doc(
      "1.推进某某改造。",
      "牵头单位及配合单位：县甲局、县乙局",
      "2.推进某某管理。",
      "牵头/配合单位：区丙局/区丁局",
      "3.推进某某加装。（主办、协办单位：市戊局；市己局、市庚局）",
    );
    expect(read(text)).toEqual([
      ["1", ["县甲局"], ["县乙局"]],
      ["2", ["区丙局"], ["区丁局"]],
      ["3", ["市戊局"], ["市己局", "市庚局"]],
    ]);
  });
});

describe("compound role labels in prose", () => {
  it("reads A为主要责任单位 as the lead and B为共同责任单位 / 其他责任单位 as co-units", () => {
    const text = doc(
      "1.推进某某改造。（县住建局为主要责任单位，县财政局、县发改局为共同责任单位）",
      "2.推进某某整治。市城管局为第一责任单位，市财政局为其他责任单位。",
      "3.推进某某治理。(主要责任单位为区水务局,协同责任单位为区农业农村局)",
    );
    expect(read(text)).toEqual([
      ["1", ["县住建局"], ["县财政局", "县发改局"]],
      ["2", ["市城管局"], ["市财政局"]],
      ["3", ["区水务局"], ["区农业农村局"]],
    ]);
  });
});

describe("a person named in a bracket after a unit under a plain unit label", () => {
  it("keeps the person with the task's words, never in the unit's name", () => {
    const text = doc(
      "1.推进某某更新。",
      "责任单位：县甲局（张某）、县乙局（李某某）",
      "2.推进某某开发。",
      "责任单位:开发区(江北片区)、县丙局(试点)",
    );
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => [t.leads, t.coUnits])).toEqual([
      [["县甲局"], ["县乙局"]],
      [["开发区(江北片区)"], ["县丙局(试点)"]],
    ]);
    expect(tasks[0]?.text).toContain("张某");
  });
});

describe("compound role labels as table headers", () => {
  it("reads 主要责任单位 / 共同责任单位 columns as lead and co-units", () => {
    const text = doc(
      "序号\t工作任务\t主要责任单位\t共同责任单位\t完成时限",
      "1\t推进某某更新\t县住建局\t县财政局、县发改局\t2026年底",
      "2\t实施某某政策\t县税务局\t县财政局\t2026年6月",
    );
    expect(read(text)).toEqual([
      ["1", ["县住建局"], ["县财政局", "县发改局"]],
      ["2", ["县税务局"], ["县财政局"]],
    ]);
  });

  it("reads 直接责任单位 / 其他责任单位 and 牵头单位 / 协同责任单位 columns of other counts", () => {
    const a = doc(
      "序号|重点任务|直接责任单位|其他责任单位",
      "1|加强某某监管|市市场监管局|市卫健委",
      "2|治理某某污染|市生态环境局|市水务局、市城管局",
    );
    expect(read(a)).toEqual([
      ["1", ["市市场监管局"], ["市卫健委"]],
      ["2", ["市生态环境局"], ["市水务局", "市城管局"]],
    ]);
    const b = doc(
      "序号\t工作任务\t牵头单位\t协同责任单位\t完成时间\t备注",
      "1\t推进某某改革\t区医保局\t区卫健局\t年内\t",
    );
    expect(read(b)).toEqual([["1", ["区医保局"], ["区卫健局"]]]);
  });

  it("reads compound labels inside a units cell, the joint units helping the lead beside them", () => {
    const text = doc(
      "序号\t工作任务\t责任单位\t完成时限",
      "1\t推进某某更新\t主要责任单位：县甲局；共同责任单位：县乙局\t2026年底",
    );
    expect(read(text)).toEqual([["1", ["县甲局"], ["县乙局"]]]);
  });

  it("keeps two columns of plain units (责任单位, 具体责任单位) as two lists, never one glued name", () => {
    const text = doc(
      "序号\t工作任务\t责任单位\t具体责任单位\t完成时限",
      "1\t推进某某更新\t县住建局\t县财政局、县发改局\t2026年底",
      "2\t实施某某政策\t县税务局\t\t2026年6月",
    );
    expect(read(text)).toEqual([
      ["1", ["县住建局"], ["县财政局", "县发改局"]],
      ["2", ["县税务局"], []],
    ]);
  });
});

describe("unit names run together with no separator", () => {
  it("splits names of one level where a name starts again after a unit's end", () => {
    expect(splitUnitList("区财政局区税务局")).toEqual(["区财政局", "区税务局"]);
    expect(splitUnitList("县教育局县卫健局县医保局")).toEqual(["县教育局", "县卫健局", "县医保局"]);
    expect(splitUnitList("省农业农村厅省林业局、省水利厅")).toEqual(["省农业农村厅", "省林业局", "省水利厅"]);
    expect(splitUnitList("市委办市政府办")).toEqual(["市委办", "市政府办"]);
    expect(splitUnitList("发改局财政局")).toEqual(["发改局", "财政局"]);
  });

  it("keeps one name whole where what follows is part of it", () => {
    for (const name of [
      "市财政局国库支付中心",
      "县市场监督管理局",
      "县委县政府督查室",
      "市委政法委",
      "县商务局市场科",
      "生态环境局余姚分局",
      "县住房和城乡建设局",
      "市公安局交通警察支队",
    ])
      expect(splitGlued(name)).toEqual([name]);
  });

  it("reads glued names in a bracket and under a label as several units", () => {
    const text = doc(
      "1.推进某某建设。（区财政局区税务局）",
      "2.稳定某某生产。",
      "责任单位：县农业农村局县财政局县水利局",
      "3.改造某某小区。（镇建设办镇财政所，2026年底前）",
    );
    expect(read(text)).toEqual([
      ["1", ["区财政局"], ["区税务局"]],
      ["2", ["县农业农村局"], ["县财政局", "县水利局"]],
      ["3", ["镇建设办"], ["镇财政所"]],
    ]);
  });
});

describe("joins between unit names", () => {
  it("splits 和, 及, 与 and 以及 between names and keeps a name that holds 和 whole", () => {
    expect(splitUnitList("县住房和城乡建设局和县财政局")).toEqual(["县住房和城乡建设局", "县财政局"]);
    expect(splitUnitList("市人力资源和社会保障局及市医保局")).toEqual(["市人力资源和社会保障局", "市医保局"]);
    expect(splitUnitList("区生态环境局与区水务局")).toEqual(["区生态环境局", "区水务局"]);
    expect(splitUnitList("省发展和改革委员会以及省财政厅")).toEqual(["省发展和改革委员会", "省财政厅"]);
    expect(splitUnitList("县文化和旅游局")).toEqual(["县文化和旅游局"]);
  });

  it("reads a join in a bracket as a lead and a co-unit", () => {
    expect(read(doc("1.办好某某养老。（县民政局和县卫生健康局）"))).toEqual([
      ["1", ["县民政局"], ["县卫生健康局"]],
    ]);
  });
});

describe("下同 and 同上 in a bracket of units", () => {
  it("gives the units of a bracket that ends in 下同 to the later tasks that name none", () => {
    const text = doc(
      "1.推进某某更新。（县住建局、县财政局，下同）",
      "2.推进某某改造。",
      "3.加强某某管理。（县市场监管局）",
      "4.实施某某建设。（市城管局牵头，市财政局配合；以下同）",
      "5.推进某某道路建设。",
    );
    expect(read(text)).toEqual([
      ["1", ["县住建局"], ["县财政局"]],
      ["2", ["县住建局"], ["县财政局"]],
      ["3", ["县市场监管局"], []],
      ["4", ["市城管局"], ["市财政局"]],
      ["5", ["市城管局"], ["市财政局"]],
    ]);
    const parsed = parseBreakdown(text);
    expect(parsed.tasks[0]?.text).toBe("推进某某更新。(下同)");
    expect(parsed.issues.filter((i) => i.code === "units-inherited").map((i) => i.params.id)).toEqual([
      "2",
      "5",
    ]);
  });

  it("reads a bracket that is only 同上 as the units of the task above", () => {
    const text = doc(
      "1.加强某某管理。（区市场监管局、区商务局）",
      "2.推进某某加装。（同上）",
      "3.开展某某行动。[同前]",
    );
    expect(read(text)).toEqual([
      ["1", ["区市场监管局"], ["区商务局"]],
      ["2", ["区市场监管局"], ["区商务局"]],
      ["3", ["区市场监管局"], ["区商务局"]],
    ]);
  });

  it("lets every unit lead when a bracket says 分别负责", () => {
    expect(read(doc("1.实施某某建设。（县城管局、县财政局，分别负责）"))).toEqual([
      ["1", ["县城管局", "县财政局"], []],
    ]);
  });
});
