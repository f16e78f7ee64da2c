import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// A whole table flattened onto one line (a web page's table copied as one run): header cells, then row after row,
// cells set apart by single spaces or tabs. Made-up variants: other headers, column counts, separators, what comes
// before and after the table.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits, t.deadline] as const);
const codes = (text: string) => parseBreakdown(text).issues.map((i) => i.code);

describe("a whole table on one line", () => {
  it("reads a notice, a name column and rows set apart by single spaces", () => {
    const text =
      "各乡镇人民政府，县直各部门：现将计划印发给你们，请认真抓好落实。 2024年重点项目推进计划表 " +
      "序号 项目名称 建设内容 牵头单位 配合单位 完成时限 " +
      "1 城东污水处理厂 新建日处理能力5万吨的污水处理厂一座 县住建局 县财政局、县生态环境分局 2024年12月底 " +
      "2 老旧小区改造 完成30个老旧小区改造，惠及居民8000户 县住建局 各乡镇人民政府 年底前 " +
      "3 城乡供水一体化 建成供水主管网50公里 县水利局 县发改局 6月底前";
    expect(read(text)).toEqual([
      [
        "1",
        "城东污水处理厂新建日处理能力5万吨的污水处理厂一座",
        ["县住建局"],
        ["县财政局", "县生态环境分局"],
        "2024年12月底",
      ],
      ["2", "老旧小区改造完成30个老旧小区改造，惠及居民8000户", ["县住建局"], ["各乡镇人民政府"], "年底前"],
      ["3", "城乡供水一体化建成供水主管网50公里", ["县水利局"], ["县发改局"], "6月底前"],
    ]);
  });

  it("reads cells set apart by tabs, an empty cell included", () => {
    const text = [
      "序号",
      "工作任务",
      "牵头单位",
      "配合单位",
      "完成时限",
      "1",
      "推进老旧小区改造30个。",
      "市住建局",
      "市财政局、各区政府",
      "年底前",
      "2",
      "新建学校5所。",
      "市教育局",
      "市发改委",
      "9月底前",
      "3",
      "新增停车泊位2000个。",
      "市城管局",
      "",
      "年底前",
    ].join("\t");
    expect(read(text)).toEqual([
      ["1", "推进老旧小区改造30个。", ["市住建局"], ["市财政局", "各区政府"], "年底前"],
      ["2", "新建学校5所。", ["市教育局"], ["市发改委"], "9月底前"],
      ["3", "新增停车泊位2000个。", ["市城管局"], [], "年底前"],
    ]);
  });

  it("never starts a row at the next number when a measure follows it (2 所)", () => {
    const text =
      "2024年民生实事分解表 序号 工作任务 责任单位 1 新建幼儿园 2 所，新增学位600个。 县教育局 " +
      "2 改造农村公路100公里。 县交通运输局 各乡镇 3 城镇新增就业3000人。 县人社局";
    expect(read(text).map(([id, text, leads, co]) => [id, text, leads, co])).toEqual([
      ["1", "新建幼儿园 2 所，新增学位600个。", ["县教育局"], []],
      ["2", "改造农村公路100公里。", ["县交通运输局"], ["各乡镇"]],
      ["3", "城镇新增就业3000人。", ["县人社局"], []],
    ]);
  });

  it("reads section rows, a leader and a remark column, and ends the table at a copy list after it", () => {
    const text =
      "附件 2023年重点工作任务清单 序号 重点工作 责任领导 牵头部门 协办部门 时间节点 备注 一、稳增长 " +
      "1 规上工业增加值增长8%以上 张明 县经信局 县统计局 年底前 新增 " +
      "2 固定资产投资增长10% 李强 县发改局 县财政局、县自然资源局 年底前 无 二、惠民生 " +
      "3 新建城市书房5个 王芳 县文旅局 各镇街 9月底前 新增 抄送：县委办公室。";
    const doc = parseBreakdown(text);
    expect(doc.tasks.map((t) => [t.id, t.text, t.leader, t.leads, t.coUnits, t.deadline])).toEqual([
      ["1.1", "规上工业增加值增长8%以上", "张明", ["县经信局"], ["县统计局"], "年底前"],
      ["1.2", "固定资产投资增长10%", "李强", ["县发改局"], ["县财政局", "县自然资源局"], "年底前"],
      ["2.3", "新建城市书房5个", "王芳", ["县文旅局"], ["各镇街"], "9月底前"],
    ]);
  });

  it("reads a key-project list with columns of figures between the task and the units", () => {
    const text =
      "2024年县级重点项目计划 序号 项目名称 建设内容及规模 总投资(亿元) 2024年计划投资(亿元) 责任单位 责任领导 " +
      "1 县人民医院迁建 新建门诊楼、住院楼等 12.5 3 县卫健委 张明 " +
      "2 产业园标准厂房 建设标准厂房20万平方米 8 2 县经开区管委会 李强 " +
      "3 乡村道路提升 改造乡村道路60公里 2.4 1.2 县交通运输局 王芳";
    expect(read(text).map(([id, text, leads]) => [id, text, leads])).toEqual([
      ["1", "县人民医院迁建 新建门诊楼、住院楼等", ["县卫健委"]],
      ["2", "产业园标准厂房 建设标准厂房20万平方米", ["县经开区管委会"]],
      ["3", "乡村道路提升 改造乡村道路60公里", ["县交通运输局"]],
    ]);
  });

  it("finds a header glued to the sentence before it and leaves a contact line after the last row out of it", () => {
    const text =
      "各单位：现将任务表发给你们。序号 工作任务 牵头单位 配合单位 1 建成5G基站500个。 市经信局 市通信发展办 " +
      "2 推动数字经济核心产业增加值增长10%。 市发改委 市统计局 3 培育省级专精特新企业20家。 市经信局 市科技局 " +
      "联系人：张三，电话：1234567";
    expect(read(text).map(([id, text, leads, co]) => [id, text, leads, co])).toEqual([
      ["1", "建成5G基站500个。", ["市经信局"], ["市通信发展办"]],
      ["2", "推动数字经济核心产业增加值增长10%。", ["市发改委"], ["市统计局"]],
      ["3", "培育省级专精特新企业20家。", ["市经信局"], ["市科技局"]],
    ]);
  });

  it("says the cell borders were lost when the cells are run together with nothing between them", () => {
    const text =
      "重点项目表序号项目名称建设内容牵头单位完成时限1城东污水处理厂新建污水处理厂一座县住建局2024年12月底" +
      "2老旧小区改造完成30个老旧小区改造县住建局年底前3城乡供水一体化建成供水主管网50公里县水利局6月底前";
    const doc = parseBreakdown(text);
    expect(doc.tasks).toEqual([]);
    expect(doc.issues.map((i) => [i.code, i.params?.reason])).toEqual([["no-tasks", "cells-glued"]]);
  });

  it("never cuts prose that names a 序号 column and numbers", () => {
    const text =
      "请各单位按序号 1 至 3 的顺序报送材料，序号 工作任务 责任单位 三栏均须填写，1 份纸质件报县政府办公室。";
    expect(codes(text)).toContain("no-tasks");
    expect(read(text)).toEqual([]);
  });
});
