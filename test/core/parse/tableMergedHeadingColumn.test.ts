import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// A table whose first column is a heading merged over its group's rows (一、…, (一)…) written only in the group's
// first row, the rows' running numbers at the start of the next cell (1. … 11., across the headings), the rows
// under a heading carrying their cells one column early (the merged cell left out), padded at the end or not,
// a units cell that names the roles itself, and the last row cut after its first words. Made-up variants: ' | '
// and tab rows, other column names, other numbering, other places' units.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 6), t.leads, t.coUnits]);

describe("a table with a merged heading column and the rows' numbers in the next cell", () => {
  it("reads ' | ' rows padded with an empty cell: headings, running numbers, each row's own units", () => {
    const text = [
      "主要任务 | 工作措施 | 责任单位 |",
      "一、规范公开目录 | 1)修订本局主动公开目录。 | 综合科 |",
      "2)清理过期失效的公开信息。 | 综合科、法规科 | |",
      "二、强化平台建设 | 3)完善门户网站检索功能。 | 信息中心 |",
      "4)做好政务新媒体日常维护。 | 信息中心牵头、各科室配合 | |",
      "5)按月通报各科室信息报送情况。 | 办公室 | |",
      "6)开展年度公开工作考核 |",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "修订本局主动", ["综合科"], []],
      ["1.2", "清理过期失效", ["综合科"], ["法规科"]],
      ["2.3", "完善门户网站", ["信息中心"], []],
      ["2.4", "做好政务新媒", ["信息中心"], ["各科室"]],
      ["2.5", "按月通报各科", ["办公室"], []],
      ["2.6", "开展年度公开", [], []],
    ]);
  });

  it("reads the same shape set apart by tabs, the short rows not padded, a role cell with 负责 and 协助", () => {
    const text = [
      "重点工作\t工作要求\t责任科室",
      "(一)加强项目资金管理\t1、按季度公开项目资金使用情况。\t计财股",
      "(二)推进办事服务公开\t2、每月更新办事指南和表格下载。\t行政审批股",
      "3、收集群众对办事流程的建议。\t各股室",
      "4、维护政务服务网的栏目内容。\t办公室负责,各股室协助",
      "(三)做好舆情回应\t5、每周梳理网上留言并分类转办。\t各股室",
      "6、提前准备重大活动答问口径,注意跟踪",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "按季度公开项", ["计财股"], []],
      ["2.2", "每月更新办事", ["行政审批股"], []],
      ["2.3", "收集群众对办", ["各股室"], []],
      ["2.4", "维护政务服务", ["办公室"], ["各股室"]],
      ["3.5", "每周梳理网上", ["各股室"], []],
      ["3.6", "提前准备重大", [], []],
    ]);
  });

  it("never fills a short row's units from the row above when the row carries its own units cell", () => {
    const text = [
      "工作任务 | 具体要求 | 责任部门",
      "一、深化重点领域信息公开 | 1.及时公开征地补偿安置方案。 | 征收科",
      "2.定期公开土地供应计划。 | 规划科",
      "二、加强解读回应 | 3.对新出台的政策同步制定解读材料。 | 办公室牵头,各科室配合",
      "4.及时回应社会关切问题。 | 各科室",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "及时公开征地", ["征收科"], []],
      ["1.2", "定期公开土地", ["规划科"], []],
      ["2.3", "对新出台的政", ["办公室"], ["各科室"]],
      ["2.4", "及时回应社会", ["各科室"], []],
    ]);
  });

  it("never runs a numbered line on into the units cell above it (the next row, cut short)", () => {
    const text = [
      "序号 | 工作任务 | 责任单位 |",
      "1 | 编制年度公开工作要点。 | 政策法规科 |",
      "2 | 更新机构职能信息。 | 人事科 |",
      "3.梳理公共服务事项清单并向社会公布",
    ].join("\n");
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => t.leads)).toEqual([["政策法规科"], ["人事科"], []]);
    expect(tasks.map((t) => t.text.slice(0, 6))).toEqual(["编制年度公开", "更新机构职能", "梳理公共服务"]);
  });

  it("keeps a short row with its numbered cell its own row, never more cells of the row above", () => {
    const text = [
      "工作任务\t具体要求\t牵头单位\t配合单位\t备注",
      "一、稳定经济增长\t1.固定资产投资增长7%左右。\t区发改委\t区工信局、区住建局\t新增项目",
      "2.推进学前教育普及普惠。\t区教育局\t各乡镇人民政府、街道办事处\t续建项目",
      "二、改善民生\t3.引进优质教育资源。\t区教育局\t区投资促进中心\t新增项目",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "固定资产投资", ["区发改委"], ["区工信局", "区住建局"]],
      ["1.2", "推进学前教育", ["区教育局"], ["各乡镇人民政府", "街道办事处"]],
      ["2.3", "引进优质教育", ["区教育局"], ["区投资促进中心"]],
    ]);
  });

  it("keeps an empty cell of a short row in its place (no co-units), the remark after it in its own column", () => {
    const text = [
      "工作任务\t具体要求\t牵头单位\t配合单位\t工作措施",
      "一、优化营商环境\t1.压减企业开办时间。\t区市场监管局\t区税务局\t加强统筹调度，定期通报",
      "2.推进老旧小区改造2个。\t区住建局\t\t加强统筹调度，定期通报",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "压减企业开办", ["区市场监管局"], ["区税务局"]],
      ["1.2", "推进老旧小区", ["区住建局"], []],
    ]);
  });

  it("reads past the header repeated after a page break, its cells word for word", () => {
    const text = [
      "工作任务 | 具体要求 | 责任部门",
      "一、深化重点领域信息公开 | 1.及时公开征地补偿安置方案。 | 征收科",
      "- 2 -",
      "工作任务 | 具体要求 | 责任部门",
      "2.定期公开土地供应计划。 | 规划科",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "及时公开征地", ["征收科"], []],
      ["1.2", "定期公开土地", ["规划科"], []],
    ]);
  });
});
