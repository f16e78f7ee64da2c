import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up notices of the family "a notice sets up a body and lists its duties under a heading" (dutyHeading.ts): the
// heading names the body (二、专班职责) or says only 主要职责 after the sentence that set the body up; the duties have
// no subject of their own, and each is the body's.
const read = (text: string) =>
  parseBreakdown(text)
    .tasks.filter((t) => t.leads.length > 0)
    .map((t) => [t.id, t.text.slice(0, 8), t.leads, t.coUnits]);

const notice = [
  "关于成立某县农村供水保障工作专班的通知",
  "各乡镇人民政府,县直有关单位:",
  "为做好农村供水保障工作,经县政府研究,决定成立某县农村供水保障工作专班。现将有关事项通知如下:",
  "一、人员组成",
  "组长:王某某副县长",
  "副组长:李某某县水利局局长",
];

describe("the duties of a body the notice sets up, under a heading", () => {
  it("are led by the body set up, under a heading that says only 主要职责", () => {
    const text = [
      ...notice,
      "二、主要职责",
      "(一)统筹推进全县农村供水工程建设和运行管理。",
      "(二)督促各乡镇落实水源保护措施,定期通报进展。",
      "(三)完成县委、县政府交办的其他事项。",
    ].join("\n");
    const lead = ["某县农村供水保障工作专班"];
    expect(read(text)).toEqual([
      ["2.1", "统筹推进全县农村", lead, []],
      ["2.2", "督促各乡镇落实水", lead, []],
      ["2.3", "完成县委、县政府", lead, []],
    ]);
  });

  it("are led by the body the heading names, as the heading writes it", () => {
    const text = [
      "关于建立某区城市更新工作联席会议制度的通知",
      "区各有关部门:",
      "区政府决定建立某区城市更新工作联席会议制度(以下简称“联席会议”)。现将有关事项通知如下:",
      "一、联席会议职责",
      "(一)研究审议城市更新年度计划。",
      "(二)协调解决城市更新中的重大问题。",
      "二、联席会议组成",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "研究审议城市更新", ["联席会议"], []],
      ["1.2", "协调解决城市更新", ["联席会议"], []],
    ]);
  });

  it("give nothing under 职责分工, or under 主要职责 when no body was set up", () => {
    const plan = [
      "某县农村供水保障实施方案",
      "一、主要职责",
      "(一)统筹推进全县农村供水工程建设和运行管理。",
      "(二)督促各乡镇落实水源保护措施,定期通报进展。",
    ].join("\n");
    expect(parseBreakdown(plan).tasks).toEqual([]);
    const division = [
      ...notice,
      "二、职责分工",
      "(一)统筹推进全县农村供水工程建设。",
      "(二)督促各乡镇落实水源保护。",
    ];
    expect(parseBreakdown(division.join("\n")).tasks).toEqual([]);
  });

  it("are led by the short name the notice gives the body (以下简称), in any quotes or none", () => {
    for (const alias of ["(以下简称联席会议)", "(以下简称“联席会议”)", '(以下简称"联席会议")']) {
      const text = [
        "某府办字〔2019〕12号",
        "各县(区)人民政府,市政府各部门:",
        `为加强统筹协调,经市政府同意,决定建立某市文旅融合发展工作联席会议${alias}制度。现将有关事项通知如下:`,
        "一、主要职责",
        "(一)统筹协调全市文旅融合发展工作。",
        "(二)研究提出促进文旅融合的政策措施。",
        "二、组成人员",
      ].join("\n");
      expect(read(text)).toEqual([
        ["1.1", "统筹协调全市文旅", ["联席会议"], []],
        ["1.2", "研究提出促进文旅", ["联席会议"], []],
      ]);
    }
  });

  it("keep a short bracket inside the body's name, and take the one paragraph under the heading as the duty", () => {
    const text = [
      "各街道办事处,机关各部门:",
      "为推进园区建设,经研究,决定成立智能制造特色(产业)园区创建工作领导小组,相关成员及职责如下:",
      "一、主要职责",
      "负责编制产业发展规划,制定年度目标任务,推进项目建设。",
      "二、组成人员",
      "组 长:王某某 管委会副主任",
    ].join("\n");
    expect(read(text)).toEqual([["1.1", "负责编制产业发展", ["智能制造特色(产业)园区创建工作领导小组"], []]]);
  });
});
