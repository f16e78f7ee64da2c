/**
 * The role words and the labels built from them (lead, co-units, plain lists, persons, leaders, deadlines, other
 * fields, the fields of records and groups), and the surnames that tell a person from a unit. Part of the
 * vocabulary (vocabulary.ts re-exports it): readers import these from vocabulary.ts.
 */

/** Who a unit label names: 单位, 部门, and inside a department or township 处室, 科室, 站所 …. */
export const ORG = "(?:单位|部门|处室|科室|股室|站所)";

/** A qualifier in brackets after a label: 责任处室(单位), 牵头部门(单位), 责任村(社区). */
export const QUAL = "(?:\\((?:单位|部门|处室|科室|社区|[省市县区州盟旗乡镇]级)\\))?";

/** Verbs of leading: 牵头单位, 主办单位, 主责部门. */
export const LEAD_VERB = "(?:牵头|主办|主责)";

/** Verbs of helping: 配合单位, 协办单位, 协作单位 …. */
export const CO_VERB = "(?:配合|协办|参与|协同|协助|协作|会办|参加)";

/** Units paired with a task, as a leader is (包保单位, 包联单位, 联系单位, 挂钩单位): a plain list of units. */
export const UNIT_PAIRING = "(?:包保|包联|包抓|联系|挂钩)";

/**
 * One label for the lead and the co-units together (牵头单位及配合单位, 牵头/配合单位, 主办、协办单位): a plain list,
 * its first unit leading.
 */
export const COMBINED_LABEL = `(?:牵头|主办|主责)(?:${ORG})?(?:及|和|与|/|、)(?:${CO_VERB})${ORG}`;

/** Verbs of a plain list of units, the first of which leads: 责任单位, 实施主体, 落实单位, 办理单位 (a suggestion handled) …. */
export const LIST_VERB = "(?:责任|实施|承办|办理|落实|负责|承担|整改)";

/**
 * Modifiers a document writes before a role word, and what the label then means (docs/layouts.md, "Compound
 * labels"): 主要/第一/直接/首要 + 责任单位 leads; 其他/次要/相关/协同/辅助 + 责任单位 helps; 共同/联合 + 责任单位 is
 * JOINT_LABEL; 具体 + 责任单位 is a plain list. A modifier is part of the label, never a unit.
 */
export const LEAD_MODIFIER = "(?:主要|第一|直接|首要)";
export const CO_MODIFIER = "(?:其他|其它|次要|相关|协同|辅助)";
/** Modifiers the role vocabulary lacks, glued to a unit's name before a unit label (县甲局主体责任单位:): part of the label. */
export const GLUED_LABEL_MODIFIER = "(?:主体|重点|有关|具体)";
/**
 * Label of units that share the work (共同责任单位, 联合实施单位): co-units beside a lead the task names elsewhere
 * (牵头单位:A;共同责任单位:B — B helps), all leads when nothing else names one (resolve.ts). Part of CO_LABEL, so
 * every reader finds it; roles.ts tells it apart.
 */
export const JOINT_LABEL = `(?:共同|联合)(?:责任|实施|落实|承担|承办)${ORG}${QUAL}`;

/**
 * Label of the unit that supplies a target's figures (数据提供单位, 数据来源单位): a co-unit beside a lead the task names
 * elsewhere (牵头单位:A;数据提供单位:D — D helps), the lead when nothing else names one (an indicator with only its
 * 数据提供单位 line). Part of CO_LABEL, read as JOINT_LABEL is (labelled.ts, resolve.ts).
 */
export const DATA_LABEL = `数据(?:提供|来源)${ORG}${QUAL}`;

/** Label of the lead unit(s). */
export const LEAD_LABEL = `(?:牵头(?:负责|责任)?${ORG}?|主办${ORG}?|主责${ORG}?|主要责任单位|(?:第一|主要)责任${ORG}|${LEAD_MODIFIER}(?:责任|牵头|主办)(?:${ORG}|主体))${QUAL}`;
/** Label of co-units (主要协作单位 too); a unit that supplies the figures (数据提供单位, DATA_LABEL) works on the task too. */
export const CO_LABEL = `(?:(?:主要|具体)?${CO_VERB}(?:责任|落实)?${ORG}?|${DATA_LABEL}|(?:其他|其它|次要|相关)责任${ORG}|${CO_MODIFIER}(?:责任|实施|落实|配合|协办)(?:${ORG}|主体)|${JOINT_LABEL})${QUAL}`;
/** Label of a list of units without roles. */
export const LIST_LABEL = `(?:(?:问题)?(?:整改)?${LIST_VERB}(?:${ORG}|主体)|责任村|责任社区|${COMBINED_LABEL}|具体${LIST_VERB}(?:${ORG}|主体)|${UNIT_PAIRING}${ORG})${QUAL}|(?:部门|责任|任务)分工|分工部门`;

/**
 * Labels of named staff where a bureau's own plan names persons instead of units
 * ((牵头责任人:涂娟,具体责任人:王勇、张伟)): read as the lead and the co-units when no unit label stands beside them.
 */
export const STAFF_LEAD_LABEL = "(?:牵头|主要|第一)责任人";
export const STAFF_CO_LABEL = "(?:具体|直接|配合|协助)责任人";

/**
 * Label of the person answerable for a task (责任人, 项目责任人): a leader when named with a leader's title
 * (责任人:奚克路副市长), else a person kept with the task's words, never a unit or a leader.
 */
export const PERSON_IN_CHARGE_LABEL = "(?:项目|整改)?责任人";
/** Labels of a person (责任人, 主要责任人, 负责人, 联系人, 联络人): what follows is a person, never a unit. */
export const PERSON_LABEL = "(?:项目|整改|主要|具体|牵头)?责任人|(?:主要)?负责人|联系人|联络人";
/** A person's title written beside the name (王明副局长, 局长王明, 王明同志). */
export const PERSON_TITLE =
  "副?(?:局长|主任|书记|部长|厅长|处长|科长|所长|站长|院长|校长|队长|主席|秘书长|镇长|乡长|区长|县长|市长|州长|省长)|同志";

/**
 * Words a person's title follows directly (常务副市长, 代市长, 是副市长王宁, 和副市长杨斌): a title after one of these, as after
 * a body's name, starts a word; after other Han characters it is inside one (全部长江 holds no 部长).
 */
export const BEFORE_TITLE = "常务|执行|代|原|时任|现任|兼任|兼|是|和|与|及|暨|为|由|请|的|向|对|同";

/** Titles of leaders as a label or column names them: 常务副市长, 副秘书长, 主任 …. */
export const LEADER_TITLE = "(?:常务副[市区县省州]长|副?[市区县省州]长|副?秘书长|副?主任)";
/** Label of the leader in charge: 牵头市领导, 分管副市长, 责任领导 …. */
export const LEADER_LABEL = `(?:牵头|责任|分管|联系|领衔|主管|挂钩|包抓|主抓|协调|协管|督办|督导|督查|包保|包联|配合|协助|协同)?(?:责任)?(?:负责)?(?:市|区|县|省|州|局|厅|委|镇|乡)?(?:领导|${LEADER_TITLE})`;
/** Label of a deadline: 完成时限, 时间节点 …. */
export const DEADLINE_LABEL =
  "完成(?:时限|时间|期限|节点)|整改(?:时限|时间|期限)|时间(?:节点|要求|安排)?|时限(?:要求)?|进度(?:安排|要求)|(?:实施|建设)(?:时间|周期|年限|期限)|(?:建设|计划)工期";
/** The delegate or member who made a suggestion or proposal (领衔代表:曹婷, 提案人:…): a person, never a unit or a leader. */
export const PROPOSER_LABEL = "领衔(?:代表|委员)|(?:提案|建议|提出|领衔)人";
/**
 * Fields that sometimes follow a task and are not about who does it: read past them, never as units — a suggestion's
 * or proposal's delegate (领衔代表:曹婷, 提案人:…) and how it was handled (办理成效:…) among them.
 */
export const OTHER_LABEL = `(?:督办|督查|督导|监督|考核)(?:单位|部门|科室)|受理(?:单位|部门|机关)|(?:办理|处理)(?:结果|情况|成效)|${PROPOSER_LABEL}|(?:项目|整改)?责任人|联系人|协调人|联络人|(?:实际)?完成情况|进展情况|推进情况|工作进展|工作目标|目标任务|预期目标|年度目标|量化指标|考核指标|完成标准|工作措施|具体措施|主要内容|建设内容|建设规模|总投资|年度投资|资金来源|建设地点|备注|联系电话|电话|联系方式|计划投资|建设性质|实施地点`;

/** Role words inside a label's value or a bracket: 责任部门:市扶贫办牵头,市发改委、市财政局配合. */
export const ROLE_WORD = /(牵头|配合|负责|会同|参与|协助|协办|协作)/;

/**
 * Common one-character surnames: where a table's cells ran together (何海平教育局), a leader's name is told from
 * the words around it only by its surname.
 */
export const SURNAME =
  /^[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝郜阚权帅屠朴盖练廉禹井祖漆巴丰支卿狄计索宣晋相初云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危银亢嵇哈湛宾戎勾茅利於揭干尉冶斯束檀衣展阴昝智幸奉植衡富尧]/;

/**
 * Labels that open a task written as a vertical record, one field a line (工作任务:… / 牵头单位:… / 完成时限:…, or
 * each label on a line of its own above its value): a new task starts at each.
 */
export const RECORD_TASK_LABEL =
  "(?:重点)?工作任务|重点任务|具体任务|主要任务|任务内容|任务名称|工作内容|工作事项|重点工作(?:任务)?|项目名称|民生实事(?:项目)?|实事项目|工作举措|具体工作|主要工作|责任事项|整改(?:任务|事项)|(?:存在|反馈|发现|具体|主要|审计发现|巡察发现)问题|问题(?:描述|表现|内容)?[\\d一二三四五六七八九十]{0,3}";

/**
 * Task-column words that are also fields under a task (目标任务:, 主要内容:): they open a record only where no task
 * is open to take them as a field.
 */
export const RECORD_TASK_LABEL_WEAK = "目标任务|主要内容|工作措施|具体措施|建设内容|项目内容|任务目标";

/**
 * Fields of a record that describe its task — content, size, place, investment, contact — kept with the task's
 * words; other fields that name no unit (进展情况, 备注) are read past.
 */
export const RECORD_DETAIL_LABEL =
  "(?:项目|建设|主要)内容|整改(?:措施|目标)|建设规模|(?:计划|项目)?总投资|(?:年度|计划)投资|建设(?:地点|性质)|实施地点|资金来源|联系人|联系电话|电话|联系方式";
/** Group records (groupRecords.ts): the leading unit, the deputy and member units, other fields of a group. */
export const GROUP_LEAD_LABEL = "组长(?:单位|部门)|牵头(?:单位|部门)";
export const GROUP_CO_LABEL = "副组长(?:单位|部门)|成员(?:单位|部门)|配合(?:单位|部门)";
export const GROUP_FIELD_LABEL = "[\\u4e00-\\u9fff]{0,4}(?:单位|部门|对象|范围|职责|重点)";

// Leaders (leader.ts): their titles, the body a title is held in, and the words of a heading that names one.

/** Titles of leaders in charge, longest first so that 常务副市长 wins over 副市长 and 市长. */
export const LEADER_TITLES = [
  "一级调研员",
  "二级调研员",
  "一级巡视员",
  "二级巡视员",
  "党组副书记",
  "常务副市长",
  "常务副区长",
  "常务副县长",
  "常务副省长",
  "常务副州长",
  "常务副主任",
  "市委常委",
  "区委常委",
  "县委常委",
  "省委常委",
  "副秘书长",
  "总工程师",
  "总经济师",
  "总会计师",
  "党组书记",
  "党委书记",
  "纪检组长",
  "副巡视员",
  "副调研员",
  "副局长",
  "副厅长",
  "副处长",
  "副所长",
  "副站长",
  "市长助理",
  "区长助理",
  "县长助理",
  "党组成员",
  "副市长",
  "副区长",
  "副县长",
  "副省长",
  "副州长",
  "副旗长",
  "副主任",
  "副镇长",
  "副乡长",
  "副书记",
  "副主席",
  "秘书长",
  "调研员",
  "巡视员",
  "局长",
  "厅长",
  "处长",
  "所长",
  "站长",
  "市长",
  "区长",
  "县长",
  "省长",
  "州长",
  "旗长",
  "镇长",
  "乡长",
  "常委",
  "主任",
  "书记",
  "主席",
].join("|");
/** The body a title is held in, written before it (张盈军区政府党组成员): part of the title. */
export const LEADER_BODY = "(?:[省市区县州](?:政府|人大|政协))?";
/** The verb after a leader in a heading (于会游市长主抓重点工作). */
export const LEADER_HEADING_VERB = "(?:协助分管|牵头|主抓|分管|负责|联系|领衔|挂钩|主持|抓总|协管|主管)";
/** The role before a title (分管副市长 贺斌). */
export const LEADER_HEADING_ROLE = "(?:分管|协管|联系|主管|牵头)?";
/** What a heading naming a leader may end with: 重点工作, 工作任务, 事项 …. */
export const LEADER_HEADING_SUFFIX = "(?:的)?(?:重点工作|主要工作|工作任务|重点任务|工作|任务|事项|部分)?";
/** The ends of a post in a bracket after a dotted name (县人大常委会四级调研员; 县委常委、统战部部长), besides the titles. */
export const POST_TITLE_END = "部长|组长|委员|调研员|巡视员|书记|院长|校长|局长|主任|主席";
/** The ends of a title alone after an office's name (市公安局局长): never a person's name. */
export const TITLE_ONLY_END = "局长|厅长|部长|主任|书记|主席|组长|委员|司令员|政委|秘书长|院长|校长";
/** Two-character surnames, which a name on its own may set apart with a space (欧阳 修文). */
export const COMPOUND_SURNAME =
  /^(欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|令狐|夏侯|长孙|宇文|司徒|端木|独孤|南宫|西门)$/;

/**
 * The verb that opens a clause of the units helping a lead named just before (A牵头,会同B抓好落实; 协同/联合/配合/协助 B):
 * the verb is no part of B's name. 联合 before the work a unit is named for (联合执法大队, 联合办公室) is its name.
 */
export const HELPING_OPENER =
  /^(?:会同|协同|配合|协助|联合(?!执法|办公|工作|调查|指挥|检查|督查|审查|检验|党委|党支部))/;
