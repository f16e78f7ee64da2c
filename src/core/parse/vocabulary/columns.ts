/**
 * The words of table columns: whole header cells and the words of varying ones (COLUMN_NAMES, COLUMN_WORDS), the
 * columns the generic reader takes, glued headers, and the cells that are figures, measures or empty. Part of the
 * vocabulary (vocabulary.ts re-exports it): readers import these from vocabulary.ts.
 */

import {
  CO_MODIFIER,
  CO_VERB,
  COMBINED_LABEL,
  JOINT_LABEL,
  LEAD_MODIFIER,
  LEAD_VERB,
  LIST_VERB,
  ORG,
  QUAL,
  UNIT_PAIRING,
} from "./labels";

/** Measures a progress table gives figures in (万人, 公里, 元): a cell of figures, never a task's text. */
export const MEASURE =
  "(?:万?(?:人|元|户|个|座|所|公里|千米|米|平方米|亩|吨|次|份|家|辆|张|处|条|台|套|间|名|项|床|人次|万元|亿元))";

/**
 * Header cells of a schedule by quarter, month or half year (一季度 … 四季度, 1月 … 12月): in a two-row header
 * they sit under one spanning cell (时间节点, 阶段性目标) and are listed after the first row's cells.
 */
export const SCHEDULE_COLUMN =
  /^(第?[一二三四1-4]季度(末|底)?|[1-9]月份?|1[0-2]月份?|[一二三四五六七八九十]{1,3}月份?|上半年|下半年)$/;

/**
 * A short name column right before the task's (名称 / 工作任务, 指标名称 / 工作目标): the task's name, its text
 * read first (名称 alone is no column name elsewhere).
 */
export const NAME_COLUMN =
  /^(名称|指标名称|指标|工程名称|事项名称|点位|点位名称|问题点位|检查点位|督查点位|考核指标)$/;
/**
 * A progress table's columns that say what comes next or what stands in the way (下一步工作措施, 下步打算, 存在问题,
 * 困难和问题, 滞后原因): remarks on the progress of a task named before them, never a second task column
 * (tableColumns.ts, `followOnColumns`). The next steps always are; the problems only beside a progress column or a
 * next step (a problem list's 存在问题 is its task).
 */
export const NEXT_STEP_COLUMN =
  /^(下一?步|下阶段|后续|今后)(的)?(工作)?(措施|打算|计划|安排|思路|举措|重点|工作|方向|目标)?(及.{0,6})?$/;
export const PROBLEM_COLUMN =
  /^((存在|面临|遇到)的?(主要)?(问题|困难|短板|不足)|(主要)?(问题|困难)(和|与|及)?(困难|问题|原因|建议|对策)?|(滞后|未完成|进度滞后)原因|原因分析|需协调(解决)?的?(问题|事项))(及.{0,8})?$/;
/** The name column of a table of indicators (指标名称): its task column when the header has no other. */
export const INDICATOR_COLUMN = /^(指标名称|指标内容|主要指标|指标)$/;

/**
 * A glued header with no 序号 column, the line nothing but the names: a name column, a task column, units, then
 * perhaps progress (实事内容工作任务责任单位进展情况; fallback/gluedRows.ts reads it, assemble.ts names it).
 */
export const GLUED_HEADER_UNNUMBERED =
  /^[\u4e00-\u9fff]{0,4}(?:内容|任务|事项|名称)(?:工作任务|重点工作|主要内容|目标任务|工作内容|任务内容|重点任务)[\u4e00-\u9fff]{0,4}(?:牵头单位|责任单位|主要责任单位|配合单位|牵头部门|责任部门)[\u4e00-\u9fff]{0,8}$/;

/**
 * Whole header names as a table whose cell borders were lost runs them together (序号项目名称主要内容…牵头单位配合单位),
 * longest first: the glued reader (fallback/glued.ts) cuts its header at them.
 */

export const GLUED_COLUMN =
  "序号|项目名称|项目内容|主要内容|建设内容|重点工作任务|重点工作|工作任务|重点任务|目标任务|工作内容|任务内容|民生实事|实事项目|主要责任单位|牵头单位|配合单位|责任单位|协办单位|协作单位|参与单位";

/** A line of sub-column names under a glued header: quarters, months, halves (一季度二季度…), no sentence. */
export const GLUED_SUB_COLUMNS = /^(?:[一二三四1-4]季度|上半年|下半年|\d{1,2}月|全年|计划|完成|进展|情况)+$/;

/**
 * What a table column holds. `target`: a row's target (目标值, 年度目标, 工作目标 beside a task column), kept with the
 * task's text so that 量化指标 reads it (tableTargets.ts), never dropped as another column is.
 */
export type ColumnKind =
  "seq" | "task" | "leader" | "lead" | "co" | "units" | "deadline" | "progress" | "note" | "target" | "other";

/**
 * A column of a row's target value (目标值, 指标值, 年度目标, 预期目标值, 全年目标; the year before it already cut): the
 * row's target, kept with its task (a 目标值 of 6%左右 after 地区生产总值增长).
 */
export const TARGET_VALUE_COLUMN =
  /^(目标值|指标值|年度目标值?|全年目标值?|预期目标值|年度预期目标值?|计划目标值?|考核目标值?)$/;

/**
 * A task column's name that is a target too (工作目标, 预期目标): the task when it is the only one, a target column beside
 * another task column (重点工作 | 工作目标), its text kept after the task's, set apart.
 */
export const TARGET_TASK_COLUMN = /^(工作目标|预期目标|主要目标|任务目标|年度工作目标)$/;

/**
 * A project's owner (项目业主, 业主单位): another column, beside a units column; the co-units where the table
 * names only the lead (牵头单位 / 业主单位).
 */
export const OWNER_COLUMN = /^(项目业主|业主单位|项目单位|建设单位)$/;

/** The column of a figure's unit of measure (单位 of 万亩, %): alone, never the half of 责任 / 单位. */
export const MEASURE_COLUMN = /^(计量)?单位$/;

/** A table cell that is only a figure or a unit of measure: ≥2%, 0.07, 42, -, 万亩, 万元/人. */
export const FIGURE_CELL =
  /^([<>≥≤~约]?\d+(\.\d+)?[%‰]?|[-—–/]|[%‰]|[万亿千百]?(元|亩|斤|公斤|吨|头|只|人|个|家|户|所|座|条|公里|千米|米|平方米|立方米|千瓦|项|次|件|辆|套|台|床|人次)(\/[\u4e00-\u9fa5]{1,2})?)$/;

/** A cell that a clerk marked empty (无, 暂无, /, —): no unit, no leader, no deadline. */
export const EMPTY_CELL = /^(无|暂无|空|\/|[-—–－]{1,2})$/;

/** Whole header cells, by kind, tried in order (folded, without spaces). */
export const COLUMN_NAMES: ReadonlyArray<{ readonly kind: ColumnKind; readonly re: RegExp }> = [
  { kind: "seq", re: /^(序号|编号|序|项次|No\.?)$/i },
  {
    kind: "leader",
    re: /^(牵头|责任|分管|联系|领衔|包抓|挂钩|督办|督导|包保|包联)?(市|区|县|省|盟|旗)?领导$|^分管(副?[市区县省]长|领导)$/,
  },
  { kind: "lead", re: new RegExp(`^${LEAD_VERB}(责任|协调)?${ORG}?${QUAL}$`) },
  // 配合单位, and a helping verb before 责任单位 (配合责任单位, 协办责任部门): co-units, as the label reads.
  { kind: "co", re: new RegExp(`^${CO_VERB}(责任|落实)?${ORG}?${QUAL}$`) },
  { kind: "units", re: new RegExp(`^${LIST_VERB}(${ORG}|主体)${QUAL}$`) },
  // The places answerable, in a column of their own (责任镇街, 属地乡镇, 责任村(社区)): a plain list of units.
  { kind: "units", re: /^(责任|属地)(镇街|乡镇|镇|乡|街道|镇\(街道\)|村|社区|村\(社区\)|片区)$/ },
  // Compound headers (docs/layouts.md, "Compound labels"): 主要责任单位 leads, 其他/协同/共同责任单位 help,
  // 具体责任单位 and 包保单位 list units.
  { kind: "lead", re: new RegExp(`^${LEAD_MODIFIER}(责任|牵头|主办)(${ORG}|主体)${QUAL}$`) },
  {
    kind: "co",
    re: new RegExp(`^(${CO_MODIFIER}(责任|实施|落实|配合|协办)(${ORG}|主体)|${JOINT_LABEL})${QUAL}$`),
  },
  // The units related to the lead's work, in their own column beside it (牵头单位 | 责任人 | 相关单位): they help.
  { kind: "co", re: new RegExp(`^(相关|有关)${ORG}${QUAL}$`) },
  {
    kind: "units",
    re: new RegExp(`^(具体${LIST_VERB}|${UNIT_PAIRING})(${ORG}|主体)${QUAL}$|^${COMBINED_LABEL}$`),
  },
  {
    kind: "deadline",
    re: /^(完成)?(时限|时间|期限)(要求)?$|^(时间节点|时间要求|进度安排|完成节点|时间安排|完成时间节点|建设周期|建设工期|实施周期|工期)$/,
  },
  {
    kind: "progress",
    re: /^(进展情况|推进情况|完成情况|落实情况|工作进展|进度|进展|办理情况|办理结果|实施情况|执行情况)$/,
  },
  { kind: "note", re: /^(备注|说明)$/ },
  {
    kind: "task",
    re: /^(工作任务|主要任务|重点任务|任务|工作内容|任务内容|重点工作|具体任务|目标任务|项目名称|项目|事项|实事项目|民生实事|民生实事项目|项目内容|建设内容|工作事项|任务名称|主要工作|具体工作|责任事项|工作目标|主要内容|重点工作任务|任务分解|工作措施|主要目标|具体内容|预期目标|目标与任务|目标及任务|目标和任务|目标名称|任务目标|存在问题|问题描述|问题|具体问题|主要问题|问题内容|发现问题|反馈问题|问题表现|督查问题|检查问题|整改问题|细化分工|细化任务)$/,
  },
  { kind: "target", re: TARGET_VALUE_COLUMN },
  { kind: "other", re: /^(量化指标|指标|考核指标|工作要求|责任人|序次)$/ },
  // A score's weight, a contact (分值, 权重, 联系人, 联系电话): never the task or units.
  { kind: "other", re: /^((考核|考评|评分)?分值|权重|联系人|联系电话|联系方式|责任人及(联系)?电话)$/ },
  // A delegate who proposed it, a body that supervises (领衔代表, 提案人, 督办单位): read past, never units.
  { kind: "other", re: /^(领衔代表|领衔委员|提案人|建议人|代表姓名|(督办|督查|考核)(单位|部门|科室))$/ },
  // A task column named for its works, a suggestion or a target pair (工程名称, 民生工程, 建议名称, 任务及目标).
  {
    kind: "task",
    re: /^(工程名称|民生工程|民生工程项目|(建议|提案|议案)(名称|内容|题目)|(工作)?任务(及|和|与)目标)$/,
  },
  // A schedule by quarter or month (一季度 … 四季度, 1月 … 12月), and a project's owner company.
  { kind: "other", re: SCHEDULE_COLUMN },
  { kind: "other", re: OWNER_COLUMN },
  // A figure's unit of measure (单位 / 计量单位), and the bodies that score the work (评分部门): never units.
  { kind: "other", re: MEASURE_COLUMN },
  { kind: "other", re: /^(评分|考评|评价|打分)(部门|单位)$/ },
  // A category merged over the rows under it (领域, 类别): context, never the task.
  { kind: "other", re: /^(领域|类别|类型|分类|板块|所属领域|(工作|任务|项目|事项)(类别|分类|类型))$/ },
];

/**
 * Header cells that vary (责任主体与协同单位, 完成时间节点, 是否达序): recognised by what they contain, in
 * this order, for short cells only.
 */
export const COLUMN_WORDS: ReadonlyArray<{ readonly kind: ColumnKind; readonly re: RegExp }> = [
  { kind: "seq", re: /^(序号|编号)/ },
  { kind: "leader", re: /领导/ },
  // 牵头单位, and 牵头 with the work's verb before the unit word (牵头组织实施单位, 牵头落实部门).
  { kind: "lead", re: new RegExp(`牵头(?:组织|实施|落实|推进|负责|办理)*${ORG}|主办|主责`) },
  { kind: "units", re: new RegExp(`责任(${ORG}|主体)|承办|实施(单位|主体)|落实单位`) },
  { kind: "co", re: /配合|协同|协办|参与|协助|协作/ },
  { kind: "deadline", re: /时限|期限|时间|节点|年限/ },
  { kind: "progress", re: /进展|进度|完成情况|推进情况|是否|成效|整改情况|落实情况/ },
  { kind: "note", re: /备注|说明/ },
  { kind: "other", re: /指标|目标|责任人|投资|规模|地点|数量|资金|年度计划/ },
  { kind: "task", re: /任务|事项|项目|内容|工作|措施|举措|实事|问题/ },
];

/**
 * Header cells the generic reader (fallback/) takes as the task column, beyond COLUMN_NAMES: 指标名称,
 * 专项整治行业名称, 细化措施, 主要任务 …. Short cells only (the caller checks the length).
 */
export const FALLBACK_TASK_COLUMN =
  /(名称|任务|重点工作|工作事项|工作内容|项目内容|细化措施|具体措施|工作措施|主要措施|举措|整治内容|实事)$/;

/**
 * Header cells the generic reader takes as a column of units: 责任单位, 牵头部门, 责任科室, 主办单位,
 * 承办处室, 配合单位 …. A bare 单位 is not one (a statistics table's unit of measure).
 */
export const FALLBACK_UNIT_COLUMN = new RegExp(
  `^(主要|具体|直接)?(${LEAD_VERB}|${CO_VERB}|${LIST_VERB}|主要责任|牵头责任)(${ORG}|主体)${QUAL}$|^(牵头|责任|主办|承办|配合|协办)(单位|部门|科室|处室|股室|站所|主体)(及|和|与|/)?.{0,6}$`,
);

/** The places' column of a matrix of targets by place (地区), and a place's row under it (全市, 市本级, 东坡区, 合计). */
export const AREA_COLUMN = /^(地区|区域|县\(市、区\)|县市区)$/;
export const AREA_ROW =
  /^(全[省市县区州盟旗镇乡]|[省市县区州盟旗]本级|合计|总计|[\u4e00-\u9fff]{1,8}(?:[省市县区州旗镇乡]|街道))$/;

/** Header cells of columns the generic reader skips: 类别, 分类, 领域, 板块 …. */
export const FALLBACK_OTHER_COLUMN = /^(类别|类型|分类|领域|板块|序号|编号|单位|计量单位|属性|级别)$/;

/**
 * A heading right above a table without a units column that names the units of all its rows: the units, then
 * 负责 / 承担 and the work (`一、各区、县(市)政府、市政府各部门负责落实的工作任务`).
 */
export const UNITS_OF_TABLE_HEADING =
  /^(.{2,60}?)(?:负责|承担|牵头)(?:落实|完成|推进|实施|承办|办理)?的(?:主要|重点)?(?:工作)?(?:任务|事项)(?:清单|明细|分解)?$/;
