import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up reports of the family "several bodies given work in turn in one paragraph" (fallback/subjectDemands.ts):
// each clause opening with a body and 要, with a work item, is a task led by that body — believed only when two
// different bodies are so given work in one paragraph.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.text.slice(0, 8), t.leads, t.coUnits]);

describe("several bodies given work in turn in one paragraph", () => {
  it("reads each body's clause, its subject-less clauses after it, whatever the bodies and separators", () => {
    const text = [
      "11月3日,副市长王某主持召开茶博会筹备工作调度会。",
      "王某要求:一是各级各部门要高度重视,切实办好此次茶博会。二是要突出重点。执委会要抓紧做好嘉宾邀请、展位布置等工作;东城区要加快展馆改造,其余各区要抓紧确定参展企业;市直有关部门要做好安保、交通保障工作。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["执委会要抓紧做好", ["执委会"], []],
      ["东城区要加快展馆", ["东城区"], []],
      ["其余各区要抓紧确", ["其余各区"], []],
      ["市直有关部门要做", ["市直有关部门"], []],
    ]);
  });

  it("reads groups with their level, a 及 list and sectors under one department word, in Traditional script too", () => {
    const text =
      "要抓好保障性住房建設,市有關部門要抓緊分解指標,簽訂目標責任書,各區及有關部門要認真做好規劃、設計、招標等工作。要抓好學校建設,市區教育、建設等部門要加快施工進度,確保年內完成主體工程。";
    expect(read(text)).toEqual([
      ["市有關部門要抓緊", ["市有關部門"], []],
      ["各區及有關部門要", ["各區"], ["有關部門"]],
      ["市區教育、建設等", ["市區教育"], ["建設"]],
    ]);
  });

  it("reads named offices and places given work in sentences one after another", () => {
    const text =
      "新区建设是一项重大改革。某某县一定要以改革为契机,加快建设区域性中心城市。市发改委高新处要经常深入调研,指导某某县做好各项改革任务。";
    expect(read(text)).toEqual([
      ["某某县一定要以改", ["某某县"], []],
      ["市发改委高新处要", ["市发改委高新处"], []],
    ]);
  });

  it("gives nothing for one body alone, for the whole addressed, or for bare exhortations", () => {
    // One body alone: a lone demand in a news page (a retold speech's is namedDemand.ts's).
    expect(read("今年以来,我市老旧小区改造进展顺利。市住建局要加快推进老旧小区改造,提升居住品质。")).toEqual(
      [],
    );
    // The whole addressed (各级各部门, 各县、各部门, 全市上下, 我们) is no body given a share.
    expect(
      read(
        "各县、各部门要切实加大项目工作力度,加快施工进度。全市上下要凝心聚力,狠抓落实。我们要坚定信心,奋力拼搏。",
      ),
    ).toEqual([]);
    // Bodies told only to lead and to take it seriously: no work item.
    expect(read("市住建局要加强领导,压实责任;市交通局要高度重视,主动作为。")).toEqual([]);
    // Roles' names (牵头部门, 各责任单位, 相关单位) and every department (各部门、各单位): the notice's rule for all.
    expect(read("各牵头单位要对照清单,细化工作措施;配合单位要积极配合,形成工作合力。")).toEqual([]);
    expect(read("任务牵头部门要切实牵头负责,定期调度进展。相关单位要履职担责,共同推动。")).toEqual([]);
    expect(read("各部门、各单位要善始敬终,把各项工作做好。其他部门要积极配合,提供支持。")).toEqual([]);
    // People and kinds of body are not bodies given work.
    expect(read("领导干部要带头攻坚,深入一线;企业要加大研发投入,提升创新能力。")).toEqual([]);
  });
});
