import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up reports in which each unit sets out its own work under a heading naming it (the name alone, or the name, a
// colon and a slogan), each item opening with a short title sentence, several run together in one paragraph; and the
// look-alikes: a signature over a plan's numbered principles, a unit's line over plain prose.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({ id: t.id, text: t.text.slice(0, 9), leads: t.leads }));

describe("units' headings over their own work items with title sentences", () => {
  it("reads each titled item as a task of the heading's unit, past the unit's own introduction", () => {
    const text = [
      "各部门晒出年度任务清单",
      "近日,各部门公布了年度任务清单,明确全年工作目标,接受社会监督。",
      "市交通局:交通先行,畅通城乡",
      "作为交通主管部门,我们将聚焦重点项目,全力推进城乡交通一体化。",
      "加快城市快速路建设。年内建成快速路12公里,打通断头路5条。完善公交线网。新辟公交线路8条,优化线路15条。",
      "东阳县",
      "全力向工业强县奋进。实施工业倍增计划,新增规上企业30家,工业产值突破百亿元。",
    ].join("\n");
    expect(read(text)).toEqual([
      { id: "1.1", text: "加快城市快速路建设", leads: ["市交通局"] },
      { id: "1.2", text: "完善公交线网。新辟", leads: ["市交通局"] },
      { id: "2.1", text: "全力向工业强县奋进", leads: ["东阳县"] },
    ]);
  });

  it("reads a paragraph's opening title of two short clauses, past the unit's byline, but never one inside a paragraph", () => {
    const text = [
      "古城街道:拿出“拼”的劲头 铆足“实”的干劲",
      "",
      "古城街道党工委书记 王伯元",
      "",
      "市委全会列出了问题清单,我们将进一步开拓创新、争先率先、克难奋进,全力完成全年目标任务。",
      "",
      "聚焦项目突破,增强经济发展后劲。坚持明责任、抓开工,年内完成3座,汛前验收。对续建项目,全力抢进度、保质量。",
      "",
      "坚决守住底线,全力维护和谐稳定。标准不变、状态不松,统筹抓好安全生产。",
    ].join("\n");
    expect(read(text)).toEqual([
      { id: "1.1", text: "聚焦项目突破,增强", leads: ["古城街道"] },
      { id: "1.2", text: "坚决守住底线,全力", leads: ["古城街道"] },
    ]);
  });

  it("reads nothing from a signature over a plan's numbered principles", () => {
    const text = [
      "关于印发某市建设行动计划的通知",
      "经市政府同意,现将《某市建设行动计划》印发给你们,请认真贯彻执行。",
      "某市人民政府",
      "2020年8月19日",
      "一、总体要求",
      "(二)基本原则",
      "紧扣重大战略。紧紧围绕区域发展大局,谋划一批重大项目。",
      "彰显地方特色。统筹铁路、公路、水运规划建设,打造综合枢纽。",
    ].join("\n");
    expect(read(text)).toEqual([]);
  });

  it("reads nothing where no item opens with a title sentence", () => {
    const text = [
      "市交通局召开务虚会",
      "市交通局",
      "会议指出,今年以来,全局上下聚焦重点项目,全力推进城乡交通一体化,取得了明显成效。",
      "会议要求,要加快城市快速路建设,完善公交线网,提升群众出行满意度。",
    ].join("\n");
    expect(read(text)).toEqual([]);
  });

  it("reads nothing under a headline that only ends like a unit's name (我县成立防汛指挥部)", () => {
    const text = [
      "我县成立防汛指挥部",
      "加强组织领导。成立防汛指挥部,明确各成员单位分工。落实防汛物资。储备编织袋5万条,抢险队伍全部到位。",
    ].join("\n");
    expect(read(text)).toEqual([]);
  });
});
