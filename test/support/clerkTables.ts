/**
 * Three real documents of the corpus (test/fixtures/real) as the tables they were on their web pages, for the file
 * readers' tests: a clerk who receives them as .pdf, .csv or .xlsx must read the same tasks as from the text. Cells
 * are written as the page gives them; a list is a cell of one line each (units one a line). A row given as a string
 * is a heading merged over the whole table. liaoning-shenyang-liaozhong-2024's text is cut inside its fifth row
 * (its lead cell ends at '沈'), so its table stops before that row.
 */

export type Cell = string | readonly string[];
export type Row = string | readonly Cell[];

export interface ClerkTable {
  readonly slug: string;
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly Row[];
  /** Task ids of the text's reading left out of the table (a row the text's excerpt cuts). */
  readonly cut: readonly string[];
}

export const CLERK_TABLES: readonly ClerkTable[] = [
  {
    slug: "chongqing-tongliang-2025-jindu",
    title: "2025年区政府工作报告目标任务上半年推进情况汇总表",
    header: ["序号", "目标任务", "责任单位", "上半年推进情况"],
    cut: [],
    rows: [
      "一、经济社会发展主要预期目标",
      ["1", "地区生产总值增长6%以上。", ["区发展改革委"], "地区生产总值同比增长2.9%。"],
      [
        "2",
        "第一产业增加值增长5%。",
        ["区农业农村委", "区林业局", "区供销联社", "区畜牧业发展中心"],
        "第一产业增加值同比增长3.4%。",
      ],
      ["3", "规上工业增加值增长3.5%。", ["区经济信息委"], "规上工业增加值同比增长0.4%。"],
      ["4", "第三产业增加值增长8%以上。", ["区发展改革委"], "第三产业增加值同比增长4.3%。"],
      ["5", "固定资产投资增长10%。", ["区发展改革委"], "固定资产投资同比增长5.1%。"],
      ["6", "工业投资增长12%。", ["区经济信息委"], "工业投资同比增长23.5%。"],
      ["7", "社会消费品零售总额增长5.5%。", ["区商务委"], "社会消费品零售总额同比增长3.6%。"],
      ["8", "一般公共预算收入增长7%。", ["区财政局"], "一般公共预算收入同比增长4.2%。"],
      [
        "9",
        "全体居民人均可支配收入增长6%。",
        ["区发展改革委", "区人力社保局", "区农业农村委"],
        "全体居民人均可支配收入同比增长4.7%。",
      ],
      "二、重点工作",
      "(一)以创建国家高新区为抓手,更大力度推动科技创新",
      [
        "10",
        "实施高能级创新平台建设行动,启动创建国家高能级科技型企业孵化器。",
        ["区科技局"],
        "全面启动国家高新区创建工作,对升级国家高新区“门槛”指标、定量指标、定性指标进行深入梳理和自评;" +
          "编制“两规划”、环境影响评价、土地集约利用评价等;起草升级国家高新区汇报材料及答辩PPT等,汇编升级国家高新区申报资料。",
      ],
      ["11", "加快推进智能网联新能源汽车零部件产业发展行动计划。", ["区经济信息委"], "智能网联新能源汽车"],
    ],
  },
  {
    slug: "liaoning-shenyang-liaozhong-2024",
    title: "2024年政府工作报告主要工作任务分解表",
    header: ["序号", "主要工作举措", "牵头单位", "配合单位", "责任领导"],
    cut: ["1.5"],
    rows: [
      "一、做大做强主导产业",
      [
        "1",
        "加快构建具有辽中特色的现代化产业体系,聚焦农产品精深加工产业,加快推进肉鸡、肉牛、淡水鱼全产业链规划布局和对外招商,实现三产融合发展。",
        "区农业农村局",
        "区发展改革局、区工业和信息化局、沈阳近海经济区管委会",
        "",
      ],
      [
        "2",
        "加快安徽节源、沈发废弃油脂等在建项目的建设进度,推动韩国废旧光伏板拆解、中科凌胜等签约项目的开工建设。",
        "沈阳近海经济区管委会",
        "自然资源分局、生态环境分局、区发展改革局",
        "冯冬昌",
      ],
      [
        "3",
        "推动胜达再生塑料、敏实铝循环利用等一批项目的签约落地,打造再生资源产业集群。",
        "沈阳近海经济区管委会",
        "自然资源分局、生态环境分局、区发展改革局",
        "冯冬昌",
      ],
      [
        "4",
        "聚焦装备制造及配套产业,扶持远程摩擦、昌盛电气、银丰铸造等一批重点增资项目扩产,带动区域内装备制造及配套企业提档升级。",
        "区工业和信息化局",
        "沈阳近海经济区管委会、各镇政府(街道办事处)",
        "冯冬昌",
      ],
    ],
  },
  {
    slug: "sichuan-dazhou-2021-zhengfugongzuobaogao-fengong",
    title: "市五届人大一次会议审定的《政府工作报告》重点目标任务责任分工方案",
    header: ["序号", "工作任务", "责任领导", "责任单位"],
    cut: [],
    rows: [
      "一、主要目标",
      [
        "1",
        "建设重要经济中心。",
        "丁应虎、张俊懿、唐志坤、张 杰",
        [
          "市发展改革委",
          "市农业农村局",
          "市经信局",
          "市商务局",
          "市教育局",
          "市科技局",
          "市财政局",
          "市民政局",
          "市人力资源社会保障局",
          "市口岸物流办",
          "市金融工作局",
          "市文体旅游局",
          "市数字经济局",
          "市卫生健康委等",
          "各县(市、区)",
          "达州高新区",
          "达州经开区",
        ],
      ],
    ],
  },
];

const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const cellHtml = (c: Cell): string => (typeof c === "string" ? escape(c) : c.map(escape).join("<br>"));

/**
 * The table as an HTML page. `ruled`: HTML borders, which LibreOffice keeps; otherwise CSS borders only, which
 * LibreOffice's HTML import drops (the PDF it writes has no ruling lines, as the clerk trial's had).
 */
export function clerkTableHtml(t: ClerkTable, ruled: boolean): string {
  const n = t.header.length;
  const rows = t.rows.map((r) =>
    typeof r === "string"
      ? `<tr><td colspan="${n}">${escape(r)}</td></tr>`
      : `<tr>${r.map((c) => `<td>${cellHtml(c)}</td>`).join("")}</tr>`,
  );
  const table = ruled
    ? '<table border="1" cellspacing="0">'
    : '<table style="border-collapse:collapse;border:1px solid #000">';
  const style = ruled ? "" : "<style>td,th{border:1px solid #000;padding:2px}</style>";
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title>${style}</head><body>
<p>${escape(t.title)}</p>
${table}<tr>${t.header.map((h) => `<th>${escape(h)}</th>`).join("")}</tr>
${rows.join("\n")}
</table></body></html>`;
}
