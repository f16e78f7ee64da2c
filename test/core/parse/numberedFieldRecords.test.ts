import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Record notices whose field labels are numbered headings, each value on the lines after it (一、整改任务 / … /
// 二、整改责任单位 / … / 三、整改完成情况 / …), and unit labels that name a level in brackets (责任单位(市级):):
// made-up documents in the shapes of other places (docs/layouts.md, "Labels and records").
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);
const doc = (title: string, ...lines: string[]) => [title, ...lines].join("\n");

describe("records whose fields are numbered label headings", () => {
  it("reads one task per record under its own number, its words from the task field, progress read past", () => {
    const text = doc(
      "某市关于督察反馈问题整改情况的公示",
      "(一)",
      "一、整改任务",
      "城区污水处理厂超标排放问题。",
      "二、整改责任单位",
      "市生态环境局、市住建局",
      "三、整改完成情况",
      "已完成提标改造,出水稳定达标。",
      "(二)",
      "一、整改任务",
      "矿山生态修复进度滞后。",
      "二、整改责任单位",
      "市自然资源局",
      "三、整改完成情况",
      "正在推进。",
    );
    expect(read(text)).toEqual([
      ["1", "城区污水处理厂超标排放问题。", ["市生态环境局"], ["市住建局"]],
      ["2", "矿山生态修复进度滞后。", ["市自然资源局"], []],
    ]);
    expect(parseBreakdown(text).issues).toEqual([]);
  });

  it("reads the same shape numbered 1. / 2. / 3. with other labels, a deadline field and no record numbers", () => {
    const text = doc(
      "某县巡察反馈意见整改清单",
      "1.整改事项",
      "村级财务管理不规范,报账手续不全。",
      "2.责任部门",
      "县农业农村局",
      "3.整改时限",
      "2025年6月底前",
      "4.进展情况",
      "已制定管理办法。",
      "",
      "1.整改事项",
      "惠民资金发放不及时。",
      "2.责任部门",
      "县财政局、各乡镇人民政府",
      "3.整改时限",
      "长期坚持",
      "4.进展情况",
      "持续推进。",
    );
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => [t.text, t.leads, t.coUnits])).toEqual([
      ["村级财务管理不规范,报账手续不全。", ["县农业农村局"], []],
      ["惠民资金发放不及时。", ["县财政局"], ["各乡镇人民政府"]],
    ]);
    expect(tasks[0]?.deadline).toContain("2025年6月底前");
  });

  it("keeps a detail field alone under its number (整改措施) with the task's words, joined to its value", () => {
    const text = doc(
      "某区巡察反馈问题整改清单",
      "1",
      "(1)反馈问题",
      "干部作风不实。",
      "(2)责任单位",
      "区委组织部",
      "(3)整改措施",
      "开展专项整治。",
      "2",
      "(1)反馈问题",
      "基层党组织建设薄弱。",
      "(2)责任单位",
      "区委组织部、各街道党工委",
      "(3)整改措施",
      "加强培训。",
    );
    expect(read(text)).toEqual([
      ["1", "干部作风不实。整改措施:开展专项整治。", ["区委组织部"], []],
      ["2", "基层党组织建设薄弱。整改措施:加强培训。", ["区委组织部"], ["各街道党工委"]],
    ]);
  });

  it("keeps sections that are not field labels as sections (一、… over numbered tasks with their units)", () => {
    const text = doc(
      "某县2026年重点工作任务分解",
      "一、整改任务",
      "1.完成河道清淤10公里。责任单位:县水利局",
      "二、民生实事",
      "1.新建幼儿园2所。责任单位:县教育局",
    );
    expect(read(text)).toEqual([
      ["1.1", "完成河道清淤10公里。", ["县水利局"], []],
      ["2.1", "新建幼儿园2所。", ["县教育局"], []],
    ]);
  });
});

describe("a unit label that names a level in brackets", () => {
  it("reads 责任单位(市级): and 牵头部门(县级): as unit labels, the task's words from 反馈问题:", () => {
    const text = doc(
      "某省环境保护督察反馈意见整改落实情况",
      "1.反馈问题:部分县城生活垃圾填埋场渗滤液处理不达标。",
      "责任单位(市级):市城管局、市生态环境局",
      "完成情况:已完成。",
      "2.反馈问题:工业园区污水管网建设滞后。",
      "牵头部门（县级）：县工信局",
      "完成情况:序时推进。",
    );
    expect(read(text)).toEqual([
      ["1", "部分县城生活垃圾填埋场渗滤液处理不达标。", ["市城管局"], ["市生态环境局"]],
      ["2", "工业园区污水管网建设滞后。", ["县工信局"], []],
    ]);
  });
});

// A project's heading over numbered paragraphs that each open with a field's name as a sentence of its own
// (1.目标任务。… / 2.进度安排。…(牵头单位:A)): the project's fields, numbered again under each heading; the heading is
// the task, the units closing its last field its units (fieldParagraphs.ts).
describe("a project's heading over numbered field paragraphs", () => {
  it("reads the heading as the task, its fields as its words and the last field's bracket as its units", () => {
    const text = doc(
      "某县2022年民生实事实施方案",
      "(一)城北停车场建设项目",
      "1.目标任务。新建停车场两处,年底前投入使用。",
      "2.进度安排。上半年完成设计招标,下半年开工建设。(牵头单位:县住建局)",
      "(二)社区食堂提升项目",
      "1.目标任务。新建社区食堂12个。",
      "2.进度安排。9月底前全部开业运营。(牵头单位:县民政局;配合单位:县市场监管局)",
    );
    expect(read(text)).toEqual([
      [
        "1",
        "城北停车场建设项目;目标任务:新建停车场两处,年底前投入使用;进度安排:上半年完成设计招标,下半年开工建设",
        ["县住建局"],
        [],
      ],
      [
        "2",
        "社区食堂提升项目;目标任务:新建社区食堂12个;进度安排:9月底前全部开业运营",
        ["县民政局"],
        ["县市场监管局"],
      ],
    ]);
  });

  it("keeps numbered paragraphs that each name their own units as tasks", () => {
    const text = doc(
      "某县2022年重点工作",
      "(一)教育提质",
      "1.工作目标。新增学位800个。(牵头单位:县教育局)",
      "2.工作措施。新建小学一所。(牵头单位:县住建局)",
    );
    expect(read(text).map(([id, , leads]) => [id, leads])).toEqual([
      ["1.1", ["县教育局"]],
      ["1.2", ["县住建局"]],
    ]);
  });
});
