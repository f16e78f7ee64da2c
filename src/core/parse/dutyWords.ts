/**
 * The words of a unit's duty when the unit is its sentence's subject (subjectDuty.ts): kept apart from
 * vocabulary.ts, which holds the labels and role words every stage shares. Regular-expression sources over folded
 * text.
 */

/**
 * A regulation naming the body in charge of a matter (X是云平台的主管部门 / X是本办法的实施主体): 是 with the role
 * after it in the same clause, a duty as 负责 is.
 */
const COMPETENT = "是(?=[^,;。:]{0,20}(?:主管部门|主管单位|牵头单位|责任单位|实施主体|责任主体))";
// A body commissioned by another for its part (C受A委托,负责…): its duty follows the commission.
const COMMISSIONED = "受[^,;。:]{1,20}委托(?=[,,]?(?:负责|承担))";

/**
 * The verbs that may follow a subject unit directly (区住建局负责… / 区委农办要… / 县水利局牵头…): 负责 but not 负责人 or
 * 负责同志 (persons), 要 but not 要求 (a demand of others), 会同 (with others); a news report's 将负责 / 还将负责 (what
 * a plan it retells gives the unit: 发展改革委、财政部等部门还将负责推动…); 承办的 before a quoted matter (财政局承办的
 * “关于…的建议”: a report on the proposals each office handles).
 */
export const SUBJECT_DUTY_VERB = `(?:(?:(?:还|也)?将)?(?:主要|具体|全面|分别|共同)?负责(?!人(?![口才])|同志|的)|牵头(?!的)|(?:要|须|必须|应当)(?!求|点|闻|害)|承担|会同|主抓|抓总|承办的(?=[“"「《])|${COMPETENT}|${COMMISSIONED})`;

/**
 * The verbs of a requirement, not a duty (区环保局要加强…): a notice's closing paragraphs say so of the offices that
 * check its work (县督查办要跟踪问效), so a subject with one of these is believed only beside subjects with duties.
 */
export const REQUIREMENT_VERB = /^(?:要|须|必须|应当)/;

/**
 * The verbs that may follow a subject unit after a separator (交通部门,负责… / 县环保局。负责… / 旅游部门,指导…): the
 * subject verbs and the verbs a duty list opens a unit's work with.
 */
export const DUTY_VERB_AFTER_STOP = `(?:${SUBJECT_DUTY_VERB}|指导|组织|协助|配合|督促|督查|做好|抓好|落实|推进|制定|监督|管理)`;

/**
 * Places listed with their level written once, after the last (清河、西三旗街道): the bare place before it (two or
 * three characters, no level of its own) and the level words that may be so shared.
 */
export const BARE_PLACE = /^[\u4e00-\u9fff]{2,3}$/;
export const SHARED_PLACE_LEVEL = /(?:街道|街道办事处|乡|镇|社区)$/;

/**
 * A named office given work in a speech a news report retells (fallback/namedDemand.ts): the speech's verb with its
 * comma (会议指出, / 李某强调, / 会议要求,), or a colon after a verb that only tells speech (副县长宋某、曹某强调:一是…;
 * 会议指出: — never 要求:, a notice's heading of its demands); an office that checks the work (督查室要跟踪问效: a notice's
 * closing); the bare exhortations that are no work item (加强领导, 压实责任, 主动作为, 做好服务, 担负起…职责, 完成目标任务 …).
 */
export const SPEECH_VERB = /(?:指出|强调|要求|表示)[,,]|(?:指出|强调|表示)[::]/;
export const CHECKING_OFFICE = /督查|督办|考核/;
/**
 * People, or a kind of body with no name, not a named office, though the words end as a name does (领导干部, 老城街道
 * 全体干部, 市政协委员, 人大代表, 企业, 学校; a project's parties by their part: 施工单位, 监理单位, 业主单位; a
 * named body's groups as a whole: 晋江分指挥部各工作组, 领导小组各成员单位).
 */
export const UNNAMED_SUBJECT =
  /(?:干部|党员|人员|同志|群众|职工|委员|代表)$|全体|.各(?:工作组|专班|小组|组|成员单位)$|^(?:企业|学校|医院|单位|部门|机关|社区|村|乡镇)$|^(?:施工|建设|设计|监理|业主|参建|运营|物业)(?:单位|企业|方)$/;
export const BARE_EXHORTATION =
  /^(?:要)?(?:切实|进一步|认真|积极|主动|全力|不断)?(?:加强(?:组织)?领导|压实(?:工作|主体)?责任|主动作为|(?:勇于)?担当作为|做好服务|(?:主动)?做好(?:各项)?工作|跟踪问效|高度重视|提高认识|加强(?:协调|配合|沟通)|密切配合|积极配合|(?:抓好|狠抓)落实|树牢.{0,12}意识|担负起.{0,24}(?:责任|职责)|(?:按时)?(?:保质保量)?完成(?:目标)?任务)$/;

/**
 * A leader's demands on the areas one by one (揭东要…;普宁要… / 诸暨市要…。越城区要…, fallback/areaDemands.ts): an area
 * named with its level (诸暨市, 越城区, 城关镇, 市区三个区) — never a group or the whole (各县区, 全市) — or named bare
 * (普宁, two characters) beside such areas; the bare words that are no place (我们要, 同时要, 企业要…).
 */
export const AREA_WITH_LEVEL = /^(?![各全我本该两其每])[\u4e00-\u9fff]{2,6}(?:市|区|县|旗|镇|乡|街道)$/;
export const BARE_AREA = /^[\u4e00-\u9fff]{2}$/;
export const NOT_AREA =
  /^(?:我们|大家|各地|各级|全市|全县|全区|全省|全镇|同时|首先|其次|最后|今年|明年|重点|关键|干部|党员|群众|企业|部门|单位|会议|代表|政府|领导|社会|市区|城区|园区|景区|社区|小区|乡镇|街道)$|[是们都也还就更并又各全我本该每]/;

// A time of the year a unit's work is set for: 8月底, 12月中旬, 2021年6月30日, 年底; in Chinese numerals too (十二月底,
// 三月份, 二〇二四年六月三十日).
const CN_YEAR = "[〇○零一二三四五六七八九]{4}";
const CN_MONTH = "十[一二]?|[一二三四五六七八九]";
const CN_DAY = "[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]";
const WORK_TIME = `(?:(?:(?:\\d{4}|${CN_YEAR})年)?(?:\\d{1,2}|${CN_MONTH})月(?:底|末|份|上旬|中旬|下旬|(?:\\d{1,2}|${CN_DAY})日)|年底|年内)前?`;

/**
 * A unit's work with its own time, right after the unit (市机场建管公司12月中旬全面开工… / 市教育局要在11月底新建… /
 * 青山文投公司要在6月下旬建成…): a commitment the document sets the unit, not a requirement — the time is followed
 * by the work's verb, never by 的 (市教育局11月份的工作 names no work).
 */
export const DATED_DUTY = `(?:要)?(?:在|于)?${WORK_TIME}(?![的,、])(?=[\\u4e00-\\u9fff])`;

/** A clause that sets its work a time (…,打造地铁小镇,10月底完成年度任务): a requirement with it is a commitment. */
export const DATED_WORK = new RegExp(
  `${WORK_TIME}(?![的,、])(?:全面)?(?:完成|建成|启动|开工|投用|竣工|实现|交付|开通)`,
);

/** The verb found (the time as DATED_DUTY captured it, without what follows) is a dated commitment. */
export const DATED_VERB = new RegExp(`^(?:要)?(?:在|于)?${WORK_TIME}$`);
