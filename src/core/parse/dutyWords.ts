/**
 * The words of a unit's duty when the unit is its sentence's subject (subjectDuty.ts): kept apart from
 * vocabulary.ts, which holds the labels and role words every stage shares. Regular-expression sources over folded
 * text.
 */

/**
 * The verbs that may follow a subject unit directly (区住建局负责… / 区委农办要… / 县水利局牵头…): 负责 but not 负责人 or
 * 负责同志 (persons), 要 but not 要求 (a demand of others), 会同 (with others).
 */
export const SUBJECT_DUTY_VERB =
  "(?:(?:主要|具体|全面|分别|共同)?负责(?!人(?![口才])|同志|的)|牵头(?!的)|(?:要|须|必须|应当)(?!求|点|闻|害)|承担|会同|主抓|抓总)";

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
