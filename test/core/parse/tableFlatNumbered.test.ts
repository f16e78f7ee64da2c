import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Tables one cell a line with no 序号 whose task cells open with the row's number (tableFlatNumbered.ts): a 牵头领导
// cell merged over the rows written once above them, a units cell split one unit a line, an empty 备注 cell that
// leaves no line. Made-up variants: other names, other header wordings, a leader over two or three rows, a 备注
// cell filled or empty, blank lines between cells or none.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 8), t.leads, t.coUnits, t.leader]);

const HEADER = ["2023年县政府重点工作责任分工", "牵头领导", "重点工作", "牵头单位", "配合单位", "备注"];

describe("a table whose task cells open with the row's number", () => {
  it("reads a row's numbered line as its task and the unit lines after it as its units, leader merged", () => {
    const text = [
      ...HEADER,
      "王建国副县长",
      "1.持续优化营商环境。深化放管服改革,压缩审批时限。",
      "县发改局",
      "各乡镇",
      "2.全面推进乡村振兴。培育特色产业,壮大集体经济。",
      "县农业农村局",
      "县财政局",
      "县自然资源局",
      "各乡镇",
      "3.加快建设交通路网。完成国道改造工程。",
      "县交通运输局",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "持续优化营商环境", ["县发改局"], ["各乡镇"], "王建国"],
      ["2", "全面推进乡村振兴", ["县农业农村局"], ["县财政局", "县自然资源局", "各乡镇"], "王建国"],
      ["3", "加快建设交通路网", ["县交通运输局"], [], "王建国"],
    ]);
  });

  it("gives a new leader written above a row to that row and the rows under it", () => {
    const text = [
      "区政府2022年工作要点任务分解",
      "分管领导",
      "工作任务",
      "牵头部门",
      "配合部门",
      "备注",
      "",
      "李红梅区长",
      "",
      "1.深化国资国企改革,完成国有企业整合重组。",
      "",
      "区财政局",
      "",
      "区国资中心",
      "",
      "区审计局",
      "",
      "2.推进数字政府建设,实现政务服务一网通办。",
      "",
      "区大数据局",
      "",
      "区政务服务中心",
      "",
      "区司法局",
      "",
      "赵志刚副区长",
      "",
      "3.提升城市管理水平,开展背街小巷整治。",
      "",
      "区城管局",
      "",
      "区住建局",
      "",
      "各街道",
      "",
      "4.加强生态环境保护,打好污染防治攻坚战。",
      "",
      "区生态环境分局",
      "",
      "区水务局",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "深化国资国企改革", ["区财政局"], ["区国资中心", "区审计局"], "李红梅"],
      ["2", "推进数字政府建设", ["区大数据局"], ["区政务服务中心", "区司法局"], "李红梅"],
      ["3", "提升城市管理水平", ["区城管局"], ["区住建局", "各街道"], "赵志刚"],
      ["4", "加强生态环境保护", ["区生态环境分局"], ["区水务局"], "赵志刚"],
    ]);
  });

  it("keeps a filled remark apart from the units that run one a line before it", () => {
    const text = [
      ...HEADER,
      "陈晓东副县长",
      "1.推进教育优质均衡发展,新建幼儿园两所。",
      "县教育局",
      "县住建局",
      "县财政局",
      "纳入年度考核",
      "2.完善医疗服务体系,推进县域医共体建设。",
      "县卫健委",
      "县医保局",
      "县人社局",
      "各乡镇",
      "3.提升养老服务能力",
    ].join("\n");
    const tasks = parseBreakdown(text).tasks;
    expect(read(text)).toEqual([
      ["1", "推进教育优质均衡", ["县教育局"], ["县住建局", "县财政局"], "陈晓东"],
      ["2", "完善医疗服务体系", ["县卫健委"], ["县医保局", "县人社局", "各乡镇"], "陈晓东"],
      ["3", "提升养老服务能力", [], [], "陈晓东"],
    ]);
    // The remark is never read as a unit or as the task's words.
    expect(tasks[0]?.text).not.toContain("纳入年度考核");
  });
});
