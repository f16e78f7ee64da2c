import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Rows one a line, cells set apart by single spaces, under a header whose names are broken inside by runs of
// spaces (牵头  领导, 主体   责任单位: a PDF's wrapped header cells), a leader cell padded (汪  峰   吴蓓蓓) and a units
// cell spilling over the lines under its row (tableSpacedNames.ts). Made-up variants: other places' units, other
// column names and breaks, page chrome before the table, row numbers that jump.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.leads, t.coUnits, t.leader]);

const PLACES = [
  ["县住建局", "各乡镇", "县开发区", "县直有关单位"],
  ["区城管局", "各街道办事处", "区公安分局", "区直有关部门"],
  ["市水利局", "各县(市、区)政府", "市财政局", "市直有关单位"],
] as const;

const HEADERS = [
  "序号 2024年重点工作任务 牵头  领导 牵头         责任单位 主体          责任单位 配合         责任单位 工作评价 进展情况 备注",
  "序号 重点工作 责任  领导 牵头   单位 主体   责任单位 配合   单位 工作评价 进展情况 备注",
] as const;

describe("a single-space table whose header names are broken by runs of spaces", () => {
  it.each(HEADERS)("reads the lead, the co-units and the leader under %s", (header) => {
    for (const [a, b, c, d] of PLACES) {
      const text = [
        "网站首页 > 政府信息公开 > 决策部署落实情况",
        "发布时间:2024-01-04 14:40 来源:本网 字号:[默认 超大]",
        header,
        `12 加强医疗资源建设,保护人民生命安全。 张  伟   李晓明 ${a} ${b}`,
        c,
        `${d} 达到时序进度 完成基层机构物资配备`,
        `15 新增托育机构2所以上。 李晓明 ${a} ${b} ${d} 已完成 完成备案工作`,
        `19 创建全国示范县。 王  刚 ${a} ${a} ${d} 达到时序进度 组织义诊活动`,
      ].join("\n");
      expect(read(text)).toEqual([
        ["12", [a], [b, c, d], "张伟"],
        ["15", [a], [b, d], "李晓明"],
        ["19", [a], [d], "王刚"],
      ]);
    }
  });

  it("reads past a page mark and the broken header written again after it", () => {
    const header = HEADERS[0];
    for (const [a, b, c, d] of PLACES) {
      const text = [
        header,
        `12 加强医疗资源建设,保护人民生命安全。 张  伟   李晓明 ${a} ${b}`,
        c,
        `${d} 达到时序进度 完成基层机构物资配备`,
        "- 2 -",
        header,
        `15 新增托育机构2所以上。 李晓明 ${a} ${b} ${d} 已完成 完成备案工作`,
      ].join("\n");
      expect(read(text)).toEqual([
        ["12", [a], [b, c, d], "张伟"],
        ["15", [a], [b, d], "李晓明"],
      ]);
    }
  });

  it("reads a broken header with no blank cell in its rows as the table, not by the generic reader", () => {
    const text = [
      "序号 工作任务 牵头   单位 配合   单位 进展情况",
      "1 固定资产投资增长7.5%左右。 区发改委 区工信局、区住建局 已完成前期工作",
      "2 持续推进学前教育普及普惠、义务教育优质均衡 区教育局 区政府有关部门、各乡镇人民政府 已完成前期工作",
      "3 深化与海亮集团合作,积极引进优质教育资源 区教育局 区投资促进中心 已完成前期工作",
    ].join("\n");
    expect(read(text).map((t) => t.slice(0, 3))).toEqual([
      ["1", ["区发改委"], ["区工信局", "区住建局"]],
      ["2", ["区教育局"], ["区政府有关部门", "各乡镇人民政府"]],
      ["3", ["区教育局"], ["区投资促进中心"]],
    ]);
  });

  it("keeps reading a header whose names are whole as before (runs of spaces between cells)", () => {
    const text = [
      "序号  工作任务  牵头单位  配合单位",
      "1  新建城东污水处理厂一座。  县住建局  县财政局",
      "2  改造老旧小区12个。  县城管局  县财政局",
    ].join("\n");
    expect(read(text).map((t) => t.slice(0, 3))).toEqual([
      ["1", ["县住建局"], ["县财政局"]],
      ["2", ["县城管局"], ["县财政局"]],
    ]);
  });
});
