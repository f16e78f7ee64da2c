import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { splitOnePage } from "../../../src/core/parse/onePage";
import { fold } from "../../../src/core/text/fold";
import { stripNoise } from "../../../src/core/text/noise";

const line = (text: string) => ({ no: 1, text, folded: fold(text), raw: text });
const read = (text: string): Array<[string, readonly string[], readonly string[]]> =>
  parseBreakdown(text).tasks.map((t) => [t.text.slice(0, 4), t.leads, t.coUnits]);
// Words to make a line a page long (no marker, no stop inside).
const filler = "坚持以人民为中心的发展思想,统筹发展和安全,推动高质量发展取得新成效".repeat(3);

// A page whose whole text is one long line, with page marks and a sharing site's stamp run into it, and member
// units' duties written unit-first (docs/layouts.md, "One-line pages, glued labels and broken brackets").
describe("a page on one line", () => {
  it("is cut before each part's marker that follows a sentence's end, in order", () => {
    const text = `某镇防汛工作方案为做好防汛工作,${filler}。一、总体要求${filler}。二、工作目标确保安全度汛。(一)预警。1.建立预警机制。2.开展巡查。三、职责分工如下。`;
    expect(splitOnePage(line(text)).map((l) => l.text.slice(0, 6))).toEqual([
      "某镇防汛工作",
      "一、总体要求",
      "二、工作目标",
      "(一)预警。",
      "1.建立预警",
      "2.开展巡查",
      "三、职责分工",
    ]);
  });

  it("reads items glued to their heading and to the units before them, with a page mark between", () => {
    const text = `某县2024年重点工作任务分解方案${filler}。一、经济发展1.推进城东工业园建设,完成投资5亿元。责任单位:县发改局、县工信局2.新建农贸市场2个。牵头单位:县商务局;配合单位:县市场监管局3.完成高标准农田建设3万亩(县农业农村局牵头,县财政局配合)。二、社会事业1.新建幼儿园3所。责任单位:县教育局第2页共5页2.改造乡镇卫生院5所。责任单位:县卫健局`;
    expect(parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 4), t.leads, t.coUnits])).toEqual([
      ["1.1", "推进城东", ["县发改局"], ["县工信局"]],
      ["1.2", "新建农贸", ["县商务局"], ["县市场监管局"]],
      ["1.3", "完成高标", ["县农业农村局"], ["县财政局"]],
      ["2.1", "新建幼儿", ["县教育局"], []],
      ["2.2", "改造乡镇", ["县卫健局"], []],
    ]);
  });

  it("reads items glued after the role bracket that closes the item before, brackets of any kind", () => {
    const text = `某市2023年重点工作任务分解${filler}。一、扩大有效投资1、全年实施重点项目300个,完成投资500亿元(牵头单位:市发改委,配合单位:市财政局)2、新开工亿元以上项目80个(市发改委牵头,市自然资源局配合)二、提升城市品质1、完成老旧小区改造45个【牵头单位:市住建局;配合单位:各区政府】2、新建城市公园5个(市园林局)`;
    expect(parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 4), t.leads, t.coUnits])).toEqual([
      ["1.1", "全年实施", ["市发改委"], ["市财政局"]],
      ["1.2", "新开工亿", ["市发改委"], ["市自然资源局"]],
      ["2.1", "完成老旧", ["市住建局"], ["各区政府"]],
      ["2.2", "新建城市", ["市园林局"], []],
    ]);
  });

  it("never cuts inside a number of two figures (十一、) glued after a role bracket", () => {
    const items = [46, 47, 48, 49, 50].map(
      (n) => `${n}.推进第${n}项重点工作,${filler.slice(0, 20)}。[市发改委主办]`,
    );
    const text = `某市2024年重点工作任务分解\n十、第十组工作\n${items.join("")}十一、第十一组工作\n51.完成老旧小区改造45个。(市住建局主办)`;
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => t.id)).toEqual(["10.46", "10.47", "10.48", "10.49", "10.50", "11.51"]);
    expect(tasks.map((t) => t.leads)).toEqual([...Array(5).fill(["市发改委"]), ["市住建局"]]);
  });

  it("reads items glued after a deadline label's date", () => {
    const text = `某区2023年重点工作任务分解表${filler}。(一)推进城东片区改造,完成征收300户。责任单位:区住建局、区城管局完成时限:2023年12月底(二)新建社区养老服务中心5个。责任单位:区民政局完成时限:2023年10月底(三)改造背街小巷20条。责任单位:区城管局完成时限:2023年底前`;
    expect(
      parseBreakdown(text).tasks.map((t) => [t.text.slice(0, 4), t.leads, t.coUnits, t.deadline]),
    ).toEqual([
      ["推进城东", ["区住建局"], ["区城管局"], "2023年12月底"],
      ["新建社区", ["区民政局"], [], "2023年10月底"],
      ["改造背街", ["区城管局"], [], "2023年底前"],
    ]);
  });

  it.each([
    ["numbers out of order", `${filler}。一、总体要求。三、工作目标。七、保障措施。`],
    ["markers inside brackets", `${filler}(说明。一、总体要求。二、工作目标)。`],
    ["a short line", "一、总体要求。二、工作目标。三、保障措施。"],
  ])("is left whole with %s", (_, text) => {
    expect(splitOnePage(line(text)).map((l) => l.text)).toEqual([text]);
  });

  it.each([
    ["a full stop", "。"],
    ["a colon", ":"],
    ["a comma", ","],
    ["a full-width comma and a space", "， "],
  ])("reads member units' duties run together after %s as tasks of the heading", (_, stop) => {
    const duties = [
      `区城管局${stop}负责全区渣土运输的执法检查,依法查处违规行为。`,
      `区交警大队、区交通运输局${stop}负责运输车辆的路面管控。`,
      `各街道办事处${stop}负责辖区内工地的日常巡查。`,
      `区融媒体中心${stop}负责宣传报道工作第2页共3页的组织和`,
    ].join("");
    const text = `某区渣土整治工作实施方案下载后可任意编辑为做好整治工作,${filler}。一、工作目标${filler}。二、职责分工为加强领导,成立领导小组,各成员单位职责如下:${duties}`;
    // The parts before the duties (一、工作目标…) name no unit: whatever they read as, they are not the duties.
    // After a colon the names are the member's label (Set L's reading of 区委宣传部:制订…): the words follow it.
    const whole = stop !== ":";
    expect(read(text).filter(([, leads]) => leads.length > 0)).toEqual([
      [whole ? "区城管局" : "负责全区", ["区城管局"], []],
      [whole ? "区交警大" : "负责运输", ["区交警大队"], ["区交通运输局"]],
      [whole ? "各街道办" : "负责辖区", ["各街道办事处"], []],
      [whole ? "区融媒体" : "负责宣传", ["区融媒体中心"], []],
    ]);
    expect(parseBreakdown(text).tasks.at(-1)?.text).toBe(
      whole ? `区融媒体中心${stop}负责宣传报道工作的组织和` : "负责宣传报道工作的组织和",
    );
  });

  it("reads duties on lines of their own under a numbered heading, and not a group's duties beside its unit label", () => {
    const text = [
      "某县森林防火工作方案",
      "一、指导思想",
      "以预防为主。",
      "二、职责分工",
      "县林业局。负责全县森林防火的组织和督查。",
      "县气象局、县应急局。承担火险天气的监测预报。",
      "综合协调组。负责日常协调工作。牵头单位:县政府办",
    ].join("\n");
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => [t.leads, t.coUnits])).toContainEqual([["县林业局"], []]);
    expect(tasks.map((t) => [t.leads, t.coUnits])).toContainEqual([["县气象局"], ["县应急局"]]);
    expect(tasks.flatMap((t) => [...t.leads, ...t.coUnits])).not.toContain("综合协调组");
  });
});

describe("a printed page's mark and a sharing site's stamp inside a line", () => {
  it.each([
    ["县农作第2页共4页物秸秆", "县农作物秸秆"],
    ["完成第 1 页共 5 页下载后可任意编辑改造", "完成改造"],
    ["整治第3页/共12页道路", "整治道路"],
    ["建设word版本可编辑绿道", "建设绿道"],
  ])("is taken out: %s", (given, expected) => {
    expect(stripNoise(given)).toBe(expected);
  });

  it.each(["第3页", "共4页", "第二页共三页", "详见第5条共6款"])("leaves other words alone: %s", (given) => {
    expect(stripNoise(given)).toBe(given);
  });
});

// A duty list written unit-first with any separator after the unit and any duty verb, one a line or run together,
// under a heading or on a page that opens inside the list (its heading on the page before).
describe("member units' duties with no heading above them", () => {
  const duties = (sep: string) => [
    `交通部门${sep}负责通村公路建设。`,
    `教育部门${sep}负责义务教育和职业教育。`,
    `水利部门、应急部门${sep}承担饮水安全工程建设。`,
    `旅游部门${sep}指导发展乡村旅游,配合做好旅游规划。`,
  ];
  const want = [
    [["交通部门"], []],
    [["教育部门"], []],
    [["水利部门"], ["应急部门"]],
    [["旅游部门"], []],
  ];
  const roles = (text: string) => parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits]);

  it.each([
    ["one a line, a comma", (d: string[]) => d.join("\n")],
    ["one a line, a full stop", (d: string[]) => d.join("\n").replace(/,(?=负责|承担|指导)/g, "。")],
    [
      "run together after single spaces, in one table cell, after a continued page's mark",
      (d: string[]) => `|\n[接上页] ${d.join(" ")} ${filler}${filler}。 |`,
    ],
  ])("reads each as a task led by its units: %s", (_, write) => {
    expect(roles(write(duties(",")))).toEqual(want);
  });

  it("cuts the next part's marker after the duties run together, and leaves a lone unit-first sentence alone", () => {
    const text = `[接上页] ${duties(",").join(" ")} (七)严格目标考核。${filler}${filler}。`;
    expect(parseBreakdown(text).tasks.at(-1)?.text).toMatch(/^严格目标考核/);
    expect(roles("某县通知\n县财政局,负责资金保障。\n请各单位认真贯彻执行。")).toEqual([]);
  });

  it("reads the body the next part names after its title sentence as that part's lead, once the page is cut", () => {
    const text = `[接上页] ${duties(",").join(" ")} (七)严格目标考核。旗考核办具体负责考核验收,${filler}。 |`;
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => t.leads)).toEqual([
      ["交通部门"],
      ["教育部门"],
      ["水利部门"],
      ["旅游部门"],
      ["旗考核办"],
    ]);
    expect(tasks.at(-1)?.text).toMatch(/^严格目标考核。旗考核办具体负责/);
    // The duty before it keeps only its own words.
    expect(tasks.at(-2)?.text).toBe("旅游部门,指导发展乡村旅游,配合做好旅游规划。");
  });
});
