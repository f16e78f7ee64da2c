/**
 * The words of sentences that name roles: prose role verbs and openers, standing notes in a unit bracket (以下…
 * 不再列出, 同上, 下同), and headings that name a lead or a unit. Part of the vocabulary (vocabulary.ts re-exports
 * it): readers import these from vocabulary.ts.
 */

import { CO_MODIFIER, CO_VERB, LEAD_MODIFIER } from "./labels";

/**
 * A standing note inside a unit bracket, a sentence of its own that speaks for later items and names no
 * roles of this one: 以下政策措施均需各县区人民政府落实,不再单独列出; 具体任务均涉及相关市(州),不再做分工,下同;
 * 除专门列出外,以下任务均涉及…,不再重复. Never a unit label (其他责任单位:莲都区… is units, whatever 都 follows).
 */
export const STANDING_NOTE =
  /^(以下|下列|后续|其余|其他|其它|所有|具体任务|各项任务|上述)(?![^。:：]{0,6}(?:单位|部门|主体)\s*[:：])[^。]*(均|都|不再)|不(?:再|再行)?(单独|逐一|逐项|重复|另行|一一)?(列出|列明|列举|标注|做分工|分工|注明)|不再重复[。]?$/;

/** A bracket that is only 同上 / 同前: the units of the task above, in their roles (roles.ts). */
export const SAME_ABOVE_NOTE = /^(?:均)?(?:同上|同前|同上一项|同上项)[。.]?$/;
/** The 下同 that closes a bracket's list of units (A、B,下同): these units, and the later tasks' that name none. */
export const SAME_BELOW_NOTE = /[,;、\s]*(?:以下同|以下均同|以下相同|下同|同下)[。.]?\s*$/;

/** A heading that names the unit leading the tasks under it: 一、县示范区管委会牵头工作(8项), (一)省编办牵头的工作, (二)(由)县发改局牵头. */
export const HEADING_LEAD =
  /^(?:由)?(.{2,30}?)(?:牵头|主办|主责)(?:(?:的|负责的)?(?:重点|主要)?(?:工作|任务|事项)(?:任务)?)?(?:\((?:共)?[\d一二三四五六七八九十]+[项条件个]\))?[:。]?$/;

/**
 * A town's or a township's government or a street's office (城关镇人民政府, 东城街道办事处) on a line of its own, the count
 * of its items after it or not: a heading over its items, as UNIT_HEADING is.
 */
export const TOWN_GOVERNMENT =
  /^([^,。;:、()\d]{1,8}(?:[镇乡](?:人民)?政府|街道办事处|街道办))(?:\((?:共)?[\d一二三四五六七八九十]+[项条件个]\))?[:。]?$/;

/**
 * A numbered heading that is only the name of a unit of a level (一、县发展和改革局(5项), (二)市财政局:) or of a
 * place's government (三、儋州市政府), a party committee's department (二、县委组织部): in a breakdown sorted by department or by place, the lead of the tasks under it.
 */
export const UNIT_HEADING =
  /^((?:[省市区县州盟旗镇乡]|中共)[^,。;:、()]{1,24}?(?:局|委|办|办公室|厅|委员会|管委会|政府|中心|公司|集团|办事处)|[省市区县州盟旗]委[^,。;:、()]{1,6}部|[^,。;:、()\d]{1,8}[市县区州盟旗](?:人民)?政府)(?:\((?:共)?[\d一二三四五六七八九十]+[项条件个]\))?[:。]?$/;

/** Verbs of a prose clause that names its lead(s): A牵头, A、B主办, A牵头抓总, A、B牵头督导, A、B共同牵头, A主抓, A抓总, A主责, A统筹, A负总责. */
export const PROSE_LEAD_VERB = `(?:分别|共同|联合|按照?职责(?:分工)?)?(?:牵头负责|负责牵头|牵头落实|牵头推进|牵头抓总|牵头督导|牵头督办|牵头协调|牵头组织实施|牵头组织|牵头实施|牵头统筹|牵头|主办|主抓|抓总|主责|负总责|主要负责|总负责|统筹协调|统筹推进|统筹|为牵头(?:单位|部门)|为主办(?:单位|部门)|为${LEAD_MODIFIER}责任(?:单位|部门|主体)|为主(?:落实|负责|实施|推进)?)`;

/** Verbs of a prose clause that names co-units: B配合, B、C协同配合, B积极配合, B参与实施, B做好配合, B为配合单位, B支持, B指导. */
export const PROSE_CO_VERB = `(?:(?:按职责分工|按照职责|按职责)?(?:积极|共同|协同|密切|全力|做好)?${CO_VERB}(?:配合|落实|实施|推进|工作)?|为${CO_VERB}(?:单位|部门)|为(?:${CO_MODIFIER}|共同|联合)责任(?:单位|部门)|(?:积极|大力)?支持(?:配合)?|(?:业务)?指导)`;

/**
 * Verbs of a prose clause whose units share the work (the first leads when no lead is named, else they are
 * co-units): A、B按职责分工负责, A负责, 各区政府具体实施, B按职责做好相关工作.
 */
export const PROSE_SHARED_VERB =
  "(?:按职责分工负责|按照职责分工负责|按照职责负责|按照职责落实|按职责分工落实|按职责负责|按职能分工负责|按分工负责|分工负责|共同负责|负责落实|具体负责|负责实施|具体实施|组织实施|推进落实|抓好落实|认真落实|组织落实|具体落实|按职责做好相关工作|做好相关工作|具体承办|承办|具体办理|负责|按要求落实|落实)";

/**
 * How a clause's work is done, opening the words before its duty verb: the basis (按照预案, 依据方案, 根据要求,
 * 结合实际, 对照任务) or the manner (认真, 及时, 尽快, 抓紧, 依法) — a clause's words, never a person's name
 * (由水利局牵头,按照预案抓好落实: no leader 按照预案). Words whose first character is a common surname (全力, 马上,
 * 严格) are left out: 全力民 may be a name.
 */
export const MANNER_OPENER =
  "(?:按照?|依照|依据|依法|依规|依程序|根据|参照|对照|遵照|结合|围绕|针对|认真|及时|尽快|抓紧|迅速|切实|积极|加快|主动|统筹|进一步|立即|限期|着力|扎实|持续|继续|大力|努力|全面|不断|密切|协同|分别|各自|具体|务必|确保)";

/** The verb after persons named by given name and 同志 (由小军同志负责, 请奇帆、家农同志牵头): the leaders'. */
export const PERSONS_BY_VERB = "(?:负责|牵头|分管|主抓|抓总)";

/** The verb that closes a 由… sentence without a lead verb (由A研究提出落实意见, 由A负责实施): read as 负责. */
export const PROSE_BY_VERB =
  "(?:研究提出落实意见|研究提出意见|提出落实意见|负责落实|抓好落实|组织实施|研究落实|牵头实施|负责实施|负责|落实|实施)";

/**
 * What a news report puts before a sentence's subject, each phrase closed by a comma: the source it retells
 * (根据《分工方案》, 按照目标任务要求) or the time (今年, 2021年) — the reporter's, not the work's words.
 */
export const REPORT_FRAME = /^(?:(?:根据|按照|依据)[^,;。:]{1,30}|今年|年内|\d{4}年)[,,]\s*/;

/** Who a prose sentence says does the work: 此项工作由A牵头, 由A、B共同组织实施. Openers dropped before the units. */
export const PROSE_ROLE_OPENER = /^(此项|该项|本项|这项|上述|以上|各项)?(工作|任务|事项)?(由|请|需)/;

/**
 * A name ending in a verb of holding or handling with 办 (冬奥会筹办, 运动会举办, 交办, 督办): the work, not an office
 * ending in 办 (市扶贫办, 县创建办).
 */
export const HANDLING_VERB_END = /(?:筹|举|承|主|协|督|交|创|兴|开|代|申|查|操|照|置|包)办$/;

/**
 * A body a notice sets up to coordinate a work (dutyHeading.ts): the name ends with one of these. Its duties are
 * listed under a heading that names it (一、联席会议职责) or under 工作职责 / 主要职责 after the sentence setting it up.
 */
export const BODY_END = "联席会议|领导小组|领导小组办公室|办公室|工作专班|专班|指挥部|工作组|委员会";
/** The sentence that sets the body up: 决定成立X / 决定建立X制度(以下简称“Y”). */
export const BODY_SET_UP = "(?:决定|同意|研究)(?:成立|建立|设立|组建)";
/**
 * A set-up body's own duties (fallback/bodyDuty.ts): its short name (领导小组, 工作专班, 指挥部 …), then 主要职责是: / 职责为:
 * / 负责 (not 负责人, 负责同志, 负责的).
 */
export const BODY_DUTY =
  /(领导小组|工作专班|专班|指挥部|联席会议|工作组)(?:主要)?(?:职责(?:是|为)?[::]|(?:主要|具体)?负责(?!人|同志|的))/;
/**
 * A heading that counts the items listed under it (进展缓慢的有1项。 / 未完成的共2个: / 二、城市建设(共8项)): a list's
 * heading, never a task's opening words — its one paragraph is an item of the list, as several would be.
 */
export const COUNTED_LIST_HEADING =
  /(?:有|共|计)[0-9一二三四五六七八九十两]{1,3}(?:项|个|条|件|处)[))]?[。::]?\s*$/;
/**
 * The office of a body set up, seated in a bureau and given a duty in the same sentence (fallback/officeSeat.ts):
 * `办公室设在市建设局,承担…` / `办公室设在经济发展局,主要负责…`. The bureau is the first group.
 */
export const OFFICE_SEAT = /办公室(?:设在|设于)([^,。;:()]{2,20}?)[,;](?:主要|具体)?(?:负责|承担)/;
/** A place, not a bureau, as the office's seat (市政府小礼堂一楼会议室, 行政中心3号楼). */
export const SEAT_PLACE = /楼|层|会议室|大厅|房间|\d+号|礼堂/;

/**
 * Several bodies given work in turn in one paragraph (fallback/subjectDemands.ts): what may stand before the subject
 * at a clause's start (一是 / 特别是 / 同时), the demand's verb after it (要 / 一定要 / 必须要; not 要求, 要点, 要素 …),
 * and the whole as subject — everyone the speech addresses, not a body given a share of the work (各级各部门, 各地,
 * 全市上下, 我们; a 各 of places beside a 各 of departments: 各县、各部门).
 */
export const DEMAND_OPENER = /^(?:[一二三四五六七八九十]是|特别是|同时|其中|此外|另外)?/;
export const DEMAND_VERB = /^(?:一定|必须|还|也|都|务必)?要(?![求点素闻害件务领])/;
/**
 * A department-duties list's verb after its subject (建设部门负责指导…。财政部门负责落实…): 负责, 具体负责, 主要负责 — not a
 * person (负责人, 负责同志) nor a noun phrase (负责的).
 */
export const SUBJECT_DUTY = /^(?:主要|具体|牵头)?负责(?!人|同志|的)/;
/** A clause opening with a preposition, not a subject (由A负责… / 对A要… / 在A的支持下): its names are no body's own. */
export const SUBJECT_PREPOSITION = /^(?:由|对|在|向|经|按照|根据|请|会同|与|和|及)/;
export const WHOLE_SUBJECT =
  /^(?:各级|各地|各方|各级各类|全[省市州盟县区旗镇乡].{0,3}|我们|大家|你们|上下)$|^各(?:级|地|县市区|县区|地区)?各(?:有关)?部门$/;
/**
 * Groups of every department (各部门, 各单位): beside a 各 of places, or with each other, they make the whole (各县、各部门 /
 * 各部门、各单位).
 */
export const EVERY_DEPARTMENT = /^各(?:有关)?(?:部门|单位)$/;
/**
 * A role's or a relation's name as the subject, with no place or level (牵头部门, 各牵头单位, 责任单位, 相关单位, 其他部门):
 * the notice's rule for whoever holds the role, never a body given a share.
 */
export const ROLE_SUBJECT =
  /^(?:各|其他|其余)?(?:任务)?(?:牵头|责任|配合|协办|主办|承办|相关|有关|成员|参与|主管|职能)?(?:单位|部门)$/;
/** A sector with a level before it (州县建设, 市县教育): its level passed over when the sector is checked. */
export const SECTOR_LEVEL = /^[省市州盟县区旗乡镇]{1,2}(?=[\u4e00-\u9fff]{2})/;

/**
 * Places grouped into a cluster given work (fallback/clusterDemands.ts): `由大良、容桂、伦教组成的东部组团,要锚定…` — the
 * places (the first group) named bare or with their level, the cluster's word, then 要.
 */
export const CLUSTER_DEMAND =
  /由([\u4e00-\u9fff、和及]{4,60}?)(?:等?(?:\d+|[两三四五六七八九十])个(?:镇街|镇|街道|乡镇|区县|县区))?(?:共同)?组成的[\u4e00-\u9fff]{1,12}?(?:组团|片区|板块|区块|协作区|联盟|集群|经济圈)[,,]?(?:要|将|须|必须)/;
/** A place as a cluster's member: named bare (two or three characters) or with its level. */
export const CLUSTER_MEMBER = /^[\u4e00-\u9fff]{2,3}$|^[\u4e00-\u9fff]{2,6}(?:镇|街道|乡|区|县|市)$/;

/**
 * A spoken deployment's sentence naming who answers for the items before it (personItems.ts): 责任人,市交通局局长甄少杰。 /
 * 责任单位:市住建局。 / 负责人:X. The label, then a comma or colon.
 */
export const ANSWERS_FOR = /^(?:责任人|负责人|责任单位|牵头单位|责任部门|牵头部门|责任领导)[,:]/;
/** An item's own number run on inside a paragraph: 第一项, 第2项, 第三件 (then a comma, colon or 、). */
export const ITEM_ORDINAL = /第([一二三四五六七八九十\d]{1,3})(?:项|件|条)[,:、]/g;
/** A topic label opening a paragraph of items: 文化景观大道全段方面: / 告成路段方面, (ends in 方面, then : or ,). */
export const TOPIC_LABEL = /^([^,:;。]{2,24}?方面)[:,]/;
/** The field commander of a part of a deployment: 现场指挥员:X / 指挥长:X / 总指挥:X. */
export const COMMANDER_LABEL = /^(?:现场)?(?:总?指挥(?:员|长)?|责任领导|牵头领导|包联领导)[:,]/;

/**
 * A named unit's demand in a retold speech (fallback/namedDemand.ts, askedDemand.ts, ledDemand.ts). DEMAND_MODAL: the
 * stronger forms of 要 after the unit (一定要, 务必要, 必须, 务必: 市教育局必须抓好… demands as 市教育局要抓好… does), read as 要
 * (never 要求, 要点 …). NAMED_DUTY: what follows the unit's name in its clause — 要, or a duty (负责, 具体负责, 牵头负责;
 * not 负责人, 负责同志). DEMAND_APPOSITION: the unit's role or standing set apart between its name and 要 (A作为牵头部门,要… /
 * A是全市发展的排头兵,要…).
 */
export const DEMAND_MODAL = /(?:一定|务必|必须|更|还|也)要(?![求点素闻害件务领])|必须|务必/g;
/**
 * A report's next step (下一步,市住建局将… / 下步, / 接下来,): the frame of its own clause only (the sentences after it in a
 * notice's closing paragraph are no speech: 下一步,各牵头单位要…。县发改委要会同县督查落实办…督导), its 将 read as 要 —
 * only there (市政府将工作任务分解为… is a notice's preposition, no unit's work).
 */
export const NEXT_STEP = /^\s*(?:下一步|下步|接下来)[,,]/;
export const NEXT_STEP_WILL = /(?:还|也|继续)?将(?![来要近])/g;
export const NAMED_DUTY = /^(?:要(?![求点素闻害件务领])|(?:主要|具体|牵头)?负责(?!人|同志|的))/;
export const DEMAND_APPOSITION = /^([^,;。:“”]{2,60}?)(?:作为|是)[^,;。:]{2,30}[,,]\s*(?=要)/;

/**
 * A speech's frame besides its verbs (指出, / 强调, / 要求,): a meeting's settled points (会议明确, 会议决定, 会议议定, 会议确定)
 * and a leader's wish or charge on a unit (希望X…, 责成X…).
 */
export const SPEECH_FRAME = /会议(?:明确|决定|议定|确定|研究确定)|希望|责成/;

/**
 * A speech asking a named unit for work (fallback/askedDemand.ts): the asking verb right before the names (要求A…,
 * 希望A…, 请A…, 责成A…: never 申请, 邀请, 提请, 请示, 请假, 请予) or a meeting's settled demand with its comma before them
 * (会议要求,A加快… / 会议明确,A…); never after 的 (落实…的要求, 贯彻…的决定: a noun). ASK_AFTER_REFERENCE: 要求 as what a unit follows (按照上级要求, / 根据…要求,), no
 * demand of its own.
 */
export const ASKING_VERB =
  /(?:(?<!的)要求(?![,:,:如求])|希望|(?<![申邀提聘宴报恳敬])请(?![示求假予])|责成)|(?<!的)(?:要求|明确|决定|议定|确定)[,:,:]/g;
/** A party's own request (施工单位要求市政府…, 群众要求…, 代表要求…): what it asks of others, no work a speech gives them. */
export const PARTY_ASKING =
  /(?:(?:施工|建设|设计|监理|业主|参建|运营|物业)(?:单位|企业|方)|群众|居民|村民|职工|代表|委员|企业|商户|市民)(?:们)?(?:还|也|纷纷|强烈|多次)?$/;
export const ASK_AFTER_REFERENCE = /(?:按照|根据|依据|对照|按|依照)[^,;。:]{0,16}$/;
/**
 * The words a unit's work opens with right after its name (要求A加快… / 请A会同B研究…): the name ends before them. Verbs and
 * adverbs that open a work item, never a name's inner word (组织部, 指导站, 协调办, 研究室 are names: 组织, 指导, 协调, 研究
 * only when no name's ending follows).
 */
export const WORK_OPENER =
  /^(?:要|必须|务必|一定|尽快|抓紧|加快|加紧|进一步|切实|认真|全力|积极|主动|继续|持续|全面|及时|立即|迅速|加大|加强|抓好|做好|推进|推动|完成|落实|开展|实施|制定|编制|牵头|会同|负责|督促|确保|力争|在|把|将|按照|结合|围绕|聚焦|针对|提前|再接再厉|发挥|强化|完善|优化|提升|建立|健全|深化|拿出|拉出|列出|梳理|统筹|争取|抢抓|着力|大力|严格|坚持|抓住|用好|认领|对接|跟进|保障|解决|办好|配合|协助|研究(?!室|院|所|中心|会)|组织(?!部)|协调(?!办|小组|中心)|指导(?!站|中心|所))/;
/**
 * Never inside an office's name (fallback/demandParts.ts): a speech's asking verb (施工单位要求市政府, 要求施工单位 are
 * clauses) and the work's adverbs, before which a run of names stops (希望荣成认真领会把握: no office 荣成认真领会).
 */
export const ASKING_INSIDE = /要求|希望|请求/;
export const WORK_ADVERB = /认真|切实|进一步|全力|积极|主动|尽快|抓紧|再接再厉|努力/;
/** The units helping the asked one, named after it (请A会同B研究…): the verb, then their names. */
export const ASKED_WITH = /^(?:会同|协同|联合|牵头)/;

/**
 * Who leads and who helps a work item in a speech (fallback/ledDemand.ts): `由A牵头,B配合,…` / `A牵头、B配合,…` /
 * `由A负责,…` — the lead's names and verb, then perhaps the helpers' names and theirs, then the work.
 */
export const LED_CLAUSE =
  /^(由)?([^,;。:“”、]{2,40}?)(?:牵头负责|牵头抓总|牵头|负责)(?:[,、,]\s*([^,;。:“”]{2,60}?)(?:配合|协助|参与|协办))?[,,]\s*(?=\S)/;
/**
 * A matter handed to a named unit (fallback/ledDemand.ts): `会议决定,…问题交由县住建局牵头办理` / `…由市发改委承办` — the
 * handing word, the unit's names, and the handling verb closing the clause.
 */
export const HANDED_TO =
  /(?:交由|交给|转交|由)([^,;。:“”]{2,40}?)(?:牵头)?(?:研究办理|负责办理|办理|承办|研究解决|负责落实)(?=[。;,,]|$)/;
/**
 * What a news headline says a place or body did (青山旗召开民生实事调度会, 市长出席…, 书记调研…): no unit's name holds
 * these verbs, so a line with one is never a unit's heading (fallback/unitTitledItems.ts).
 */
export const HEADLINE_VERB = /召开|举行|举办|出席|主持|调研|视察/;

/**
 * A body's reply to a delegate's suggestion or a member's proposal (fallback/suggestionReply.ts). REPLY_TITLE: the
 * title line — the replying body, (关于)对, the session, the numbered suggestion, 的答复 / 的复函. SUGGESTION_NAMED: the
 * letter naming the suggestion handed over — in book-title marks (《关于田间道路建设的建议》) or after 提出的 (你们提出的
 * 关于加强美丽集镇建设的建议).
 */
export const REPLY_TITLE =
  /^([^,。;:《》]{2,40}?)(?:关于)?对[^,。;:]{0,60}?第\s*[\d一二三四五六七八九十百零〇]+\s*号(?:代表)?(?:建议|提案|议案|意见)的(?:答复|复函|答复函)$/;
export const SUGGESTION_NAMED =
  /《(关于[^》]{2,80}?的(?:建议|提案|议案))》|提出的(关于[^,。;《》()]{2,80}?的(?:建议|提案|议案))/;

/**
 * A report on handled problems or proposals (fallback/addressedProblems.ts). PROBLEM_OPENER: the problem clause (针对…问题, /
 * 围绕关于《…》等提案,). PROBLEM_SUBJECT_NEXT: what follows the handling unit's name (its work's verb or adverb: 已, 以, 联合,
 * 现场 …). PROBLEM_WITH: the bodies it works with (联合 / 会同 / 协调 B、C), ended by PROBLEM_WITH_END.
 */
export const PROBLEM_OPENER =
  /^(?:针对|围绕)(?:《[^《》]{1,60}》|[^,。;《》]){4,80}?(?:问题|提案|建议|诉求|意见|议案),/;
export const PROBLEM_SUBJECT_NEXT =
  /^(?:已|以|联合|会同|现场|立即|迅速|第一时间|积极|主动|高度重视|专门|组织(?!部)|牵头|加快|加强|全力|多次|召开|制定|出台|推动|推进|投入|督促|协调(?!办|小组|中心)|开展|完成|实施|对|在|将|把|通过|深入|成立|抽调|依托|围绕|承诺|坚持|按照|结合|及时)/;
export const PROBLEM_WITH = /^(?:积极)?(?:联合|会同|协调|协同)/;
export const PROBLEM_WITH_END = /^(?:等|对|到|在|,|共同|开展|进行|加强|就|研究|深入)/;

/**
 * A quoted work item with its unit in brackets (fallback/quotedUnits.ts): QUOTED_WORK, the project's verb or measure it
 * must hold (新开工提标加固海塘, 公共场所新增AED, 老旧小区改造, 完成回迁安置857户); QUOTED_HONOUR, an honour's or a
 * title's name it must not end in (“文明单位”(市住建局), “先进集体”, “示范点”): a commendation, no task.
 */
export const QUOTED_WORK =
  /新增|新建|新开工|开工|改造|改建|扩建|建设|建成|完成|实施|提升|整治|推进|安置|修缮|打造|提标|加固|铺设|配备|覆盖|创建(?!.*(?:单位|集体|称号))|安装|设立|开通|投用/;
export const QUOTED_HONOUR = /(?:单位|集体|个人|称号|奖|标兵|模范|先进|示范点|示范村|示范区|荣誉|品牌|案例)$/;

/**
 * Roles handed out in phrases `X为…单位` (fallback/rolePhrases.ts). ROLE_PHRASE_LEAD: the body that leads, a qualifier
 * perhaps between 为 and 牵头 (州交通运输局为该议案办理工作的牵头责任单位, 新会区为牵头单位). ROLE_PHRASE_CO: the bodies named
 * as 统筹, 协办, 配合, 协助 or 参与 单位 (市发展改革局为统筹单位, A、B为协办单位). ROLE_PHRASE_CO_LIST: the list after
 * `配合单位为` up to the sentence's end. ROLE_PHRASE_LEADER: a person named as the work's 责任(市)领导.
 */
export const ROLE_PHRASE_LEAD =
  /(?:^|[,;。:])\s*([^,;。:()“”]{2,40}?)为(?:[^,;。()“”]{0,24}?的)?(?:工作)?牵头(?:责任)?(?:单位|部门)(?=[,;。:]|$)/g;
export const ROLE_PHRASE_CO =
  /(?:^|[,;。:])\s*([^,;。:()“”]{2,300}?)为(?:[^,;。()“”]{0,24}?的)?(?:统筹|协办|配合|协助|参与)(?:责任)?(?:单位|部门)(?=[,;。:]|$)/g;
export const ROLE_PHRASE_CO_LIST = /(?:配合|协办|协助)(?:单位|部门)(?:为|是|:)([^;。:()“”]{2,600})/g;
/** A convention's words where a body's name would stand (逗号前的单位, 列第一位的, 排名第一位, 首位单位): no body. */
export const ROLE_PHRASE_CONVENTION = /的|逗号|顿号|第一|首位|排序|排名|列于|前者|后者/;
export const ROLE_PHRASE_LEADER =
  /(?:^|[,;。:])\s*([^,;。:()“”]{2,16}?)为(?:责任|牵头|分管)(?:[省市区县州])?领导/;
