import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { readRoles } from "../../../src/core/parse/roles";
import { isUnitLike, splitUnitList } from "../../../src/core/parse/splitUnits";
import { normalizeUnitName } from "../../../src/core/parse/unitName";

// Prose role clauses of other places' documents: each wording gives the leads and co-units it says, and no
// role word, opener or note is ever taken for a unit.
const roles = (inside: string) => {
  const r = readRoles(inside, { bareUnits: true });
  return { leads: [...r.leads, ...r.listed.slice(0, 1)], co: [...r.coUnits, ...r.listed.slice(1)] };
};
const parse = (body: string) =>
  parseBreakdown(`甲市2024年重点工作任务分解\n一、推进产业发展\n${body}`).tasks.map((t) => ({
    leads: t.leads,
    co: t.coUnits,
  }));

describe("prose role clauses", () => {
  it("drops the opener 由 before a lead, in a bracket and in a sentence after the task", () => {
    expect(roles("由市工信局会同市财政局、市税务局负责")).toEqual({
      leads: ["市工信局"],
      co: ["市财政局", "市税务局"],
    });
    expect(parse("1.加快建设产业园区。由市发改委牵头,市财政局、市自然资源局配合。")).toEqual([
      { leads: ["市发改委"], co: ["市财政局", "市自然资源局"] },
    ]);
  });

  it("reads units that lead together (共同牵头, 联合牵头) as leads, never as a leader", () => {
    const r = readRoles("市卫健委、市医保局共同牵头,市财政局配合", { bareUnits: false });
    expect(r.leader).toBeNull();
    expect(r.leads).toEqual(["市卫健委", "市医保局"]);
    expect(r.coUnits).toEqual(["市财政局"]);
  });

  it("knows the other ways of leading and helping: 牵头抓总, 主抓, 协同配合, 积极配合, 协同, 参加", () => {
    expect(roles("市卫健委牵头抓总,市医保局、市市场监管局协同配合")).toEqual({
      leads: ["市卫健委"],
      co: ["市医保局", "市市场监管局"],
    });
    expect(roles("市农业农村局主抓,市发改委、市财政局协同")).toEqual({
      leads: ["市农业农村局"],
      co: ["市发改委", "市财政局"],
    });
    expect(roles("市公安局牵头,市交通运输局积极配合")).toEqual({ leads: ["市公安局"], co: ["市交通运输局"] });
    expect(roles("市人社局牵头,市总工会、团市委参加")).toEqual({
      leads: ["市人社局"],
      co: ["市总工会", "团市委"],
    });
  });

  it("reads a unit that 统筹, 负总责 or 主要负责 as the lead", () => {
    expect(roles("市发改委统筹,市财政局、市住建局配合")).toEqual({
      leads: ["市发改委"],
      co: ["市财政局", "市住建局"],
    });
    expect(roles("市发改委负总责,市财政局配合")).toEqual({ leads: ["市发改委"], co: ["市财政局"] });
    expect(roles("市发改委主要负责,市财政局协助")).toEqual({ leads: ["市发改委"], co: ["市财政局"] });
  });

  it("reads a unit that carries the work out first (为主落实, 为主负责) after its leader as the lead, without the words", () => {
    expect(
      parse(
        "1.做好本年度项目申报,督促新开工项目尽快入库。(张某副市长牵头,市经信局为主落实)\n2.推进老旧小区改造。(李某副市长牵头,市住建局为主负责,市财政局配合)",
      ),
    ).toEqual([
      { leads: ["市经信局"], co: [] },
      { leads: ["市住建局"], co: ["市财政局"] },
    ]);
  });

  it("reads names after a lead's verb and 、 (A和B分别牵头、C) as co-units, a verb after it (牵头、协调) as words", () => {
    expect(roles("市商务局和市口岸办分别牵头、市发改委、市交通局")).toEqual({
      leads: ["市商务局", "市口岸办"],
      co: ["市发改委", "市交通局"],
    });
    expect(parse("1.建设国际物流枢纽。\n责任单位:市商务局和市口岸办分别牵头、市发改委")).toEqual([
      { leads: ["市商务局", "市口岸办"], co: ["市发改委"] },
    ]);
    expect(roles("市发改委负责牵头、协调,市财政局配合").leads).toEqual([]);
  });

  it("reads every unit before 主办 as a lead and those before 协办 as co-units (A、B主办,C、D协办)", () => {
    expect(roles("市交通局、市城建集团主办,市公安局、市财政局协办")).toEqual({
      leads: ["市交通局", "市城建集团"],
      co: ["市公安局", "市财政局"],
    });
    expect(parse("1.新建停车泊位1万个。(市交通局、市城管局主办)")).toEqual([
      { leads: ["市交通局", "市城管局"], co: [] },
    ]);
  });

  it("takes a unit marked with a star or a triangle in a bracket or after a units label as the lead, without the mark", () => {
    expect(
      parse(
        [
          "1.新增城镇就业1.5万人。(▲市人社局,各县区政府)",
          "2.稳定粮食播种面积。",
          "责任单位:市农业农村局,市粮食和储备局★,各县区政府",
          "3.建设城区停车场5处。(市城管局、市交通局)",
        ].join("\n"),
      ),
    ).toEqual([
      { leads: ["市人社局"], co: ["各县区政府"] },
      { leads: ["市粮食和储备局"], co: ["市农业农村局", "各县区政府"] },
      { leads: ["市城管局"], co: ["市交通局"] },
    ]);
  });

  it("reads units that carry the work out after a lead as co-units without the verb (具体实施, 做好相关工作, 具体承办)", () => {
    expect(roles("市住建局牵头,市城管局配合;各区政府具体实施")).toEqual({
      leads: ["市住建局"],
      co: ["市城管局", "各区政府"],
    });
    expect(roles("市卫健委牵头,市医保局按职责做好相关工作")).toEqual({
      leads: ["市卫健委"],
      co: ["市医保局"],
    });
    expect(roles("市政府办公室牵头,市政务服务管理局具体承办")).toEqual({
      leads: ["市政府办公室"],
      co: ["市政务服务管理局"],
    });
  });
});

describe("the lead's clause with the other roles in a bracket (A负责(B参与))", () => {
  it("reads the lead and the co-units inside one bracket", () => {
    expect(roles("市发改委负责(市财政局参与)")).toEqual({ leads: ["市发改委"], co: ["市财政局"] });
    expect(roles("市发改委牵头(市财政局、市住建局配合)")).toEqual({
      leads: ["市发改委"],
      co: ["市财政局", "市住建局"],
    });
  });

  it("reads the lead from the clause before a bracket of co-units at the end of a task", () => {
    expect(parse("1.推进园区建设。市发改委负责(市财政局、市住建局参与)。")).toEqual([
      { leads: ["市发改委"], co: ["市财政局", "市住建局"] },
    ]);
  });

  it("keeps a unit's alias in brackets as its name (发改局(服务业局))", () => {
    expect(roles("发改局(服务业局)、财政局")).toEqual({ leads: ["发改局(服务业局)"], co: ["财政局"] });
  });
});

describe("units with their own part of the work", () => {
  it("reads units that take a part after the lead (B负责资金保障) as co-units", () => {
    expect(roles("县发改局牵头,县财政局负责资金保障,县自然资源局负责用地保障")).toEqual({
      leads: ["县发改局"],
      co: ["县财政局", "县自然资源局"],
    });
  });

  it("leaves a sentence that gives a group a part, with no lead before it, as text", () => {
    const r = readRoles("各乡镇负责本辖区宣传", { bareUnits: false });
    expect(r.matched).toBe(false);
  });
});

describe("headings and paragraphs", () => {
  it("reads a heading that is only a unit and 牵头 as the lead of the tasks under it, and 由 before a leader", () => {
    const doc = parseBreakdown(
      "甲县2024年重点工作任务分解\n一、由张三副县长牵头\n(一)县发改局牵头\n1.扩大有效投资。配合单位:县财政局\n2.推进项目建设。配合单位:县住建局",
    );
    expect(doc.tasks.map((t) => [t.leader, t.leads, t.coUnits])).toEqual([
      ["张三", ["县发改局"], ["县财政局"]],
      ["张三", ["县发改局"], ["县住建局"]],
    ]);
  });

  it("reads a paragraph that opens with a sentence of roles only (A牵头,B配合。…)", () => {
    expect(parse("1.扩大有效投资\n县发改局牵头,县财政局配合。全年完成固定资产投资100亿元。")).toEqual([
      { leads: ["县发改局"], co: ["县财政局"] },
    ]);
  });

  it("leaves a paragraph that opens with a sentence about units, not their roles, as text", () => {
    expect(parse("1.扩大有效投资。(县发改局牵头)\n各乡镇要高度重视,加强配合。全年完成投资。")).toEqual([
      { leads: ["县发改局"], co: [] },
    ]);
  });
});

describe("a label that says 同上", () => {
  it("gives the task the units the task above had in that role, on a line and in a bracket", () => {
    expect(
      parse(
        "1.扩大有效投资。\n牵头单位:县发改局\n配合单位:县财政局\n2.推进项目建设。\n牵头单位:县住建局\n配合单位:同上",
      ),
    ).toEqual([
      { leads: ["县发改局"], co: ["县财政局"] },
      { leads: ["县住建局"], co: ["县财政局"] },
    ]);
    expect(
      parse(
        "1.稳定就业。(牵头单位:市人社局;配合单位:市财政局)\n2.促进创业。(牵头单位:同上;配合单位:市税务局)",
      ),
    ).toEqual([
      { leads: ["市人社局"], co: ["市财政局"] },
      { leads: ["市人社局"], co: ["市税务局"] },
    ]);
  });
});

describe("unit lines written without separators", () => {
  it("reads a second label glued to the unit before it (牵头单位:A配合单位:B)", () => {
    expect(parse("1.扩大有效投资。\n牵头单位:县发改局配合单位:县财政局、县住建局")).toEqual([
      { leads: ["县发改局"], co: ["县财政局", "县住建局"] },
    ]);
  });

  it("ends a name at a lead mark glued to the next name (A(牵头)B)", () => {
    expect(parse("1.扩大有效投资。\n责任单位:县发改局(牵头)县财政局、县住建局")).toEqual([
      { leads: ["县发改局"], co: ["县财政局", "县住建局"] },
    ]);
  });

  it("keeps a label word inside a sentence as text when it is no whole label (完成年度目标:…)", () => {
    const r = readRoles("确保完成年度目标:新增就业5000人", { bareUnits: false });
    expect(r.leads.length + r.coUnits.length + r.listed.length).toBe(0);
  });
});

describe("joins with 及, 和, 与", () => {
  it("never splits a word that holds 及 or 与 (涉及, 参与)", () => {
    expect(splitUnitList("各涉及部门、各参与单位")).toEqual(["各涉及部门", "各参与单位"]);
  });

  it("keeps a group's two bodies of the same place together (各县(市、区)党委和政府)", () => {
    expect(splitUnitList("各县(市、区)党委和政府")).toEqual(["各县(市、区)党委和政府"]);
    expect(splitUnitList("县教育局及各中小学")).toEqual(["县教育局", "各中小学"]);
    expect(splitUnitList("县委办和县政府办")).toEqual(["县委办", "县政府办"]);
  });

  it("keeps a collective written with 、 and a bracket after its body together (各县、区人民政府(管委会))", () => {
    expect(splitUnitList("市甲局、各县、区人民政府(管委会)")).toEqual(["市甲局", "各县、区人民政府(管委会)"]);
  });
});

describe("what is never a unit", () => {
  it("never takes the count after 等 (等10个部门) for a unit", () => {
    expect(roles("县发改局等10个部门负责")).toEqual({ leads: ["县发改局"], co: [] });
    expect(roles("市教育局、市财政局等三家单位负责")).toEqual({ leads: ["市教育局"], co: ["市财政局"] });
  });

  it("never takes 单位 of a pair of group nouns (有关部门、单位 / 等部门、单位) for a unit of its own", () => {
    expect(
      parse("1.推进数字政府建设。\n牵头单位:县数据局\n配合单位:县委网信办、县财政局等部门、单位"),
    ).toEqual([{ leads: ["县数据局"], co: ["县委网信办", "县财政局"] }]);
    expect(parse("2.深化一网通办。(县政务服务中心牵头,县直有关部门、单位,各乡镇配合)")).toEqual([
      { leads: ["县政务服务中心"], co: ["县直有关部门、单位", "各乡镇"] },
    ]);
  });

  it("never reads a supervising unit (督办单位:) as a co-unit", () => {
    expect(parse("1.扩大有效投资。(牵头单位:县发改局;协办单位:县财政局;督办单位:县政府督查室)")).toEqual([
      { leads: ["县发改局"], co: ["县财政局"] },
    ]);
  });

  it("never takes a note 下同 or 同上 for a unit", () => {
    expect(parse("1.扩大有效投资。(牵头单位:市发改委;配合单位:市财政局,下同)")).toEqual([
      { leads: ["市发改委"], co: ["市财政局"] },
    ]);
    expect(normalizeUnitName("同上")).toBe("");
  });

  it("drops a role note in a bracket after the last unit of a list", () => {
    expect(parse("1.稳定就业。\n责任单位:市教育局、市财政局(按职责分工负责)")).toEqual([
      { leads: ["市教育局"], co: ["市财政局"] },
    ]);
    expect(normalizeUnitName("县财政局(按照职责分工)")).toBe("县财政局");
    expect(normalizeUnitName("市统计局(负责数据汇总)")).toBe("市统计局");
    expect(normalizeUnitName("发改局(服务业局)")).toBe("发改局(服务业局)");
  });

  // The clerk trial: 省发改委、农委、统计局(分别负责) in a 主办单位 cell made a unit 统计局(分别负责), with no finding.
  it("drops the notes 分别负责, 按职能, 按分工 and 排名第一的为牵头单位 after the last unit of a cell", () => {
    const table = (cell: string) =>
      parseBreakdown(
        `序号\t工作任务\t牵头单位\t配合单位\n1\t推进全省重点项目建设。\t${cell}\t财政厅\n`,
      ).tasks.map((t) => t.leads);
    expect(table("省发改委、农委、统计局(分别负责)")).toEqual([["省发改委", "农委", "统计局"]]);
    expect(table("省发改委、农委、统计局\uff08按职能分工负责\uff09")).toEqual([
      ["省发改委", "农委", "统计局"],
    ]);
    expect(normalizeUnitName("财政厅(按职能)")).toBe("财政厅");
    expect(normalizeUnitName("财政厅(按分工负责)")).toBe("财政厅");
    expect(normalizeUnitName("财政厅(各自负责)")).toBe("财政厅");
    expect(normalizeUnitName("市发改委(排名第一的为牵头单位)")).toBe("市发改委");
    // A bracket that names a unit stays.
    expect(normalizeUnitName("发改局(物价局)")).toBe("发改局(物价局)");
  });

  it("tells a group that carries the work out (各区政府具体实施) from a group's name", () => {
    expect(isUnitLike("各区政府具体实施")).toBe(false);
    expect(isUnitLike("各县(市、区)人民政府")).toBe(true);
    expect(isUnitLike("市推进办")).toBe(true);
  });
});

describe("a document cut mid-task", () => {
  const full = (body: string) => parseBreakdown(`甲市2024年重点工作任务分解\n一、推进产业发展\n${body}`);

  it("never keeps the partial name the text ends in, and says so", () => {
    const doc = full("1.扩大有效投资。\n牵头单位:市发改委\n配合单位:市经信局、市财政局、市协");
    expect(doc.tasks.map((t) => [t.leads, t.coUnits])).toEqual([[["市发改委"], ["市经信局", "市财政局"]]]);
    expect(doc.issues.filter((i) => i.code === "unit-cut").map((i) => i.params)).toEqual([
      { id: "1.1", unit: "市协" },
    ]);
  });

  it("reads the names of a bracket the text breaks off in, without the fragment after them", () => {
    const doc = full("1.扩大有效投资。(市发改委、市财政局、市商务局、人民");
    expect(doc.tasks.map((t) => [t.leads, t.coUnits])).toEqual([[["市发改委"], ["市财政局", "市商务局"]]]);
    expect(doc.tasks[0]?.text).toContain("人民");
    const plain = full("1.扩大有效投资。(市发改委牵头)\n2.建设一期工程。(一期");
    expect(plain.tasks.map((t) => t.leads)).toEqual([["市发改委"], []]);
  });

  it("keeps a whole name the text ends in", () => {
    const doc = full("1.扩大有效投资。\n牵头单位:市发改委\n配合单位:市经信局、市财政局");
    expect(doc.tasks[0]?.coUnits).toEqual(["市经信局", "市财政局"]);
    expect(doc.issues.map((i) => i.code)).not.toContain("unit-cut");
    // A bureau's own offices end in 科 or 股.
    expect(full("1.扩大有效投资。\n责任单位:办公室、综合科、财务股").tasks[0]?.coUnits).toEqual([
      "综合科",
      "财务股",
    ]);
  });

  it("reads a standing note after a comma, even cut, as a note (…,以下均需各县市区落实,不再逐)", () => {
    const doc = full(
      "1.扩大有效投资。(牵头单位:市发改委;责任单位:市政府有关部门,各县市区,以下均需各县市区落实,不再逐",
    );
    expect(doc.tasks.map((t) => [t.leads, t.coUnits])).toEqual([
      [["市发改委"], ["市政府有关部门", "各县市区"]],
    ]);
  });
});
