/**
 * Every word the parser knows, once: role words, the labels and column headers built from them, deadline
 * words, collectives and the ends of organisation names. Labels (roles.ts), table headers (table/columns.ts)
 * and prose readers all build their patterns from these, so a word added here is known everywhere.
 * Patterns are regular-expression sources matched against folded text (half-width, simplified).
 */

/** Who a unit label names: 单位, 部门, and inside a department or township 处室, 科室, 站所 …. */
export const ORG = "(?:单位|部门|处室|科室|股室|站所)";

/** A qualifier in brackets after a label: 责任处室(单位), 牵头部门(单位), 责任村(社区). */
export const QUAL = "(?:\\((?:单位|部门|处室|科室|社区|[省市县区州乡镇]级)\\))?";

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

/** Verbs of a plain list of units, the first of which leads: 责任单位, 实施主体, 落实单位 …. */
export const LIST_VERB = "(?:责任|实施|承办|落实|负责|承担|整改)";

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

/** Label of the lead unit(s). */
export const LEAD_LABEL = `(?:牵头(?:负责|责任)?${ORG}?|主办${ORG}?|主责${ORG}?|主要责任单位|(?:第一|主要)责任${ORG}|${LEAD_MODIFIER}(?:责任|牵头|主办)(?:${ORG}|主体))${QUAL}`;
/** Label of co-units (主要协作单位 too); a unit that supplies the figures (数据提供单位) works on the task too. */
export const CO_LABEL = `(?:(?:主要|具体)?${CO_VERB}(?:责任|落实)?${ORG}?|数据(?:提供|来源)${ORG}|(?:其他|其它|次要|相关)责任${ORG}|${CO_MODIFIER}(?:责任|实施|落实|配合|协办)(?:${ORG}|主体)|${JOINT_LABEL})${QUAL}`;
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

/** Titles of leaders as a label or column names them: 常务副市长, 副秘书长, 主任 …. */
export const LEADER_TITLE = "(?:常务副[市区县省州]长|副?[市区县省州]长|副?秘书长|副?主任)";
/** Label of the leader in charge: 牵头市领导, 分管副市长, 责任领导 …. */
export const LEADER_LABEL = `(?:牵头|责任|分管|联系|领衔|主管|挂钩|包抓|主抓|协调|协管|督办|督导|督查|包保|包联|配合|协助|协同)?(?:负责)?(?:市|区|县|省|州|局|厅|委|镇|乡)?(?:领导|${LEADER_TITLE})`;
/** Label of a deadline: 完成时限, 时间节点 …. */
export const DEADLINE_LABEL =
  "完成(?:时限|时间|期限|节点)|整改(?:时限|时间|期限)|时间(?:节点|要求|安排)?|时限(?:要求)?|进度(?:安排|要求)|(?:实施|建设)(?:时间|周期|年限|期限)|(?:建设|计划)工期";
/** Fields that sometimes follow a task and are not about who does it: read past them, never as units. */
export const OTHER_LABEL =
  "(?:督办|督查|督导|监督|考核)(?:单位|部门|科室)|受理(?:单位|部门|机关)|(?:办理|处理)(?:结果|情况)|(?:项目|整改)?责任人|联系人|协调人|联络人|(?:实际)?完成情况|进展情况|推进情况|工作进展|工作目标|目标任务|预期目标|年度目标|量化指标|考核指标|完成标准|工作措施|具体措施|主要内容|建设内容|建设规模|总投资|年度投资|资金来源|建设地点|备注|联系电话|电话|联系方式|计划投资|建设性质|实施地点";

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
/** The name column of a table of indicators (指标名称): its task column when the header has no other. */
export const INDICATOR_COLUMN = /^(指标名称|指标内容|主要指标|指标)$/;

/**
 * Whole header names as a table whose cell borders were lost runs them together (序号项目名称主要内容…牵头单位配合单位),
 * longest first: the glued reader (fallback/glued.ts) cuts its header at them.
 */
/**
 * A glued header with no 序号 column, the line nothing but the names: a name column, a task column, units, then
 * perhaps progress (实事内容工作任务责任单位进展情况; fallback/gluedRows.ts reads it, assemble.ts names it).
 */
export const GLUED_HEADER_UNNUMBERED =
  /^[\u4e00-\u9fff]{0,4}(?:内容|任务|事项|名称)(?:工作任务|重点工作|主要内容|目标任务|工作内容|任务内容|重点任务)[\u4e00-\u9fff]{0,4}(?:牵头单位|责任单位|主要责任单位|配合单位|牵头部门|责任部门)[\u4e00-\u9fff]{0,8}$/;

export const GLUED_COLUMN =
  "序号|项目名称|项目内容|主要内容|建设内容|重点工作任务|重点工作|工作任务|重点任务|目标任务|工作内容|任务内容|民生实事|实事项目|主要责任单位|牵头单位|配合单位|责任单位|协办单位|协作单位|参与单位";

/**
 * Common one-character surnames: where a table's cells ran together (何海平教育局), a leader's name is told from
 * the words around it only by its surname.
 */
export const SURNAME =
  /^[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝郜阚权帅屠朴盖练廉禹井祖漆巴丰支卿狄计索宣晋相初云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危银亢嵇哈湛宾戎勾茅利於揭干尉冶斯束檀衣展阴昝智幸奉植衡富尧]/;

/** What a table column holds. */
export type ColumnKind =
  "seq" | "task" | "leader" | "lead" | "co" | "units" | "deadline" | "progress" | "note" | "other";

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
    re: /^(牵头|责任|分管|联系|领衔|包抓|挂钩|督办|督导|包保|包联)?(市|区|县|省)?领导$|^分管(副?[市区县省]长|领导)$/,
  },
  { kind: "lead", re: new RegExp(`^${LEAD_VERB}(责任|协调)?${ORG}?${QUAL}$`) },
  { kind: "co", re: new RegExp(`^${CO_VERB}${ORG}?${QUAL}$`) },
  { kind: "units", re: new RegExp(`^${LIST_VERB}(${ORG}|主体)${QUAL}$`) },
  // Compound headers (docs/layouts.md, "Compound labels"): 主要责任单位 leads, 其他/协同/共同责任单位 help,
  // 具体责任单位 and 包保单位 list units.
  { kind: "lead", re: new RegExp(`^${LEAD_MODIFIER}(责任|牵头|主办)(${ORG}|主体)${QUAL}$`) },
  {
    kind: "co",
    re: new RegExp(`^(${CO_MODIFIER}(责任|实施|落实|配合|协办)(${ORG}|主体)|${JOINT_LABEL})${QUAL}$`),
  },
  {
    kind: "units",
    re: new RegExp(`^(具体${LIST_VERB}|${UNIT_PAIRING})(${ORG}|主体)${QUAL}$|^${COMBINED_LABEL}$`),
  },
  {
    kind: "deadline",
    re: /^(完成)?(时限|时间|期限)(要求)?$|^(时间节点|时间要求|进度安排|完成节点|时间安排|完成时间节点)$/,
  },
  { kind: "progress", re: /^(进展情况|推进情况|完成情况|落实情况|工作进展|进度|进展)$/ },
  { kind: "note", re: /^(备注|说明)$/ },
  {
    kind: "task",
    re: /^(工作任务|主要任务|重点任务|任务|工作内容|任务内容|重点工作|具体任务|目标任务|项目名称|项目|事项|实事项目|民生实事|民生实事项目|项目内容|建设内容|工作事项|任务名称|主要工作|具体工作|责任事项|工作目标|主要内容|重点工作任务|任务分解|工作措施|主要目标|具体内容|预期目标|目标与任务|目标及任务|目标和任务|目标名称|任务目标|存在问题|问题描述|问题|具体问题|主要问题|问题内容|发现问题|反馈问题|问题表现|督查问题|检查问题|整改问题|细化分工|细化任务)$/,
  },
  { kind: "other", re: /^(量化指标|目标|指标|年度目标|考核指标|工作要求|责任人|序次)$/ },
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
  { kind: "lead", re: new RegExp(`牵头${ORG}|主办|主责`) },
  { kind: "units", re: new RegExp(`责任(${ORG}|主体)|承办|实施(单位|主体)|落实单位`) },
  { kind: "co", re: /配合|协同|协办|参与|协助|协作/ },
  { kind: "deadline", re: /时限|期限|时间|节点/ },
  { kind: "progress", re: /进展|进度|完成情况|推进情况|是否|成效|整改情况|落实情况/ },
  { kind: "note", re: /备注|说明/ },
  { kind: "other", re: /指标|目标|责任人|投资|规模|地点|数量/ },
  { kind: "task", re: /任务|事项|项目|内容|工作|措施|举措|实事|问题/ },
];

/** A deadline phrase with no date in it: 年内, 持续推进, 长期坚持 …. */
export const DEADLINE_PHRASE =
  /^(年内|年底|年末|年中|全年|当年|上半年|下半年|持续推进|长期坚持|长期推进|逐年推进|持续开展|长期|持续|常态化推进|按年度推进|分年度推进|分步实施|分年实施|每年|每季度|每月|定期)/;
/** A date-like core: [2020年][年底|6月底|三季度…][前|内]. */
export const DEADLINE_CORE =
  /^(\d{4}年)?(年内|年底|年末|年中|年初|上半年|下半年|全年|当年|底|末|内|初|\d{1,2}月(份|底|末|初|中旬|上旬|下旬|\d{1,2}日)?|第?[一二三四1-4]季度(末|底)?|(每个?)?季度(末|底)|季末|每月(底|末)?|月(底|末))?(前|以前|之前|内|底前|前后|起)?$/;
/** What may follow the date: the action expected by then. */
export const DEADLINE_VERB =
  /(基本完成|全面完成|完成|启动实施|启动|开工建设|开工|建成使用|建成|投入使用|投用|见效|到位|实施|出台|落地|推进|取得[^,,;;]{0,6}|基本建成)$/;

/** A deadline set by an event rather than a date (省出台办法后完成, 项目批复后启动): the event, 后, the action. */
export const DEADLINE_AFTER_EVENT =
  /^[\u4e00-\u9fff]{2,12}(后|以后|之后)(基本完成|全面完成|完成|启动实施|启动|实施|出台|到位|落地|推进)$/;

/** Ends of names of organisations, as they appear in breakdowns (folded to simplified characters). */
export const UNIT_SUFFIX =
  /(局|委|办|办公室|部|厅|院|中心|政府|街道|办事处|镇|乡|镇街|集团|公司|管委会|委员会|银行|行|队|法院|检察院|署|会|社|处|所|站|团|联|园|园区|区|县|市|室|科|股|组|馆|台|校|学|总社|海关|部门|单位|小组|指挥部|协会|商会|医院|大学|学院|报社|党校|工会|妇联|团委|科协|残联|侨联|文联|红十字会|工商联|人大|政协|纪委|监委|移动|联通|电信|铁塔|邮政|烟草|气象|供电|电力|平台|基地|机构|企业|学校|村|社区|片区|功能板块|集团公司|专班|城投|水投|交投|国投|建投|产投|金投|文旅投|直属库|商场|商厦|酒店|饭店|宾馆)$/;

/**
 * Ends of a whole unit's name (not of a section inside one, 科/股/室): where names run together with no separator
 * (区财政局区税务局), a name of the same level may start after one of these (splitUnits.ts, splitGlued).
 */
export const GLUED_UNIT_END =
  "局|委|办|厅|院|中心|政府|办公室|管委会|委员会|部|集团|公司|街道|办事处|联|社|署|银行|馆|医院|学校|法院|检察院";

/** A name that stands for a group of organisations: 各镇(街道), 市级有关部门, 成员单位 …. */
export const COLLECTIVE =
  /^(各|相关|有关|其他|其它|涉及|所属|全体|全市|全区|全县|全省)|(各|有关|相关|其他|其它|所属|直属|涉及)(部门|单位|镇|乡镇|乡|街道|区|县|市|园区|平台|企业|学校|医院|机构|成员单位|地区|地方|处室|科室|股室|站所|村|社区|专班|板块)|^功能板块$|[区县市省州]直(各|有关|相关)?(部门|单位)|^[区县市省州]级(各|有关|相关)?(部门|单位)|成员单位$|^(沿线|沿河|沿江|沿湖|周边|辖区)(各)?(乡镇|镇|乡|街道|村|社区|县|区|市)/;

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
 * A numbered heading that is only the name of a unit of a level (一、县发展和改革局(5项), (二)市财政局:) or of a
 * place's government (三、儋州市政府): in a breakdown sorted by department or by place, the lead of the tasks under it.
 */
export const UNIT_HEADING =
  /^((?:[省市区县州镇乡]|中共)[^,。;:、()]{1,24}?(?:局|委|办|办公室|厅|委员会|管委会|政府|中心|公司|集团|办事处)|[^,。;:、()\d]{1,8}[市县区州旗](?:人民)?政府)(?:\((?:共)?[\d一二三四五六七八九十]+[项条件个]\))?[:。]?$/;

/**
 * A mark before a unit in a list of units that names it the lead: ★区发改委、统计局, *市建设局、嘉源集团 (a star, or an
 * asterisk of either width); or after it (区政府办公室*、区财政局). Either way no part of the name.
 */
export const LEAD_STAR = /^[★☆*＊]\s*/;
export const LEAD_STAR_AFTER = /\s*[★☆*＊]$/;

/** Role words inside a label's value or a bracket: 责任部门:市扶贫办牵头,市发改委、市财政局配合. */
export const ROLE_WORD = /(牵头|配合|负责|会同|参与|协助|协办|协作)/;

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
  /^(全[省市县区州镇乡]|[省市县区州]本级|合计|总计|[\u4e00-\u9fff]{1,8}(?:[省市县区州旗镇乡]|街道))$/;

/** Header cells of columns the generic reader skips: 类别, 分类, 领域, 板块 …. */
export const FALLBACK_OTHER_COLUMN = /^(类别|类型|分类|领域|板块|序号|编号|单位|计量单位|属性|级别)$/;

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

/** Who a prose sentence says does the work: 此项工作由A牵头, 由A、B共同组织实施. Openers dropped before the units. */
export const PROSE_ROLE_OPENER = /^(此项|该项|本项|这项|上述|以上|各项)?(工作|任务|事项)?(由|请|需)/;

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

/**
 * A unit's name broken by a cell's wrap and flattened with a space (fallback/cells.ts, `joinWrappedNames`): a piece
 * opening with a level (县交通 / 运输局), or a body that keeps offices of its own before an office named without its
 * place (县委县政府 / 督查室).
 */
export const WRAPPED_NAME_HEAD = /^[省市县区镇乡]/;
export const WRAPPED_NAME_HOST = /(?:政府|[省市县区]委)$/;
export const WRAPPED_NAME_OFFICE = /^[^省市县区镇乡各].{0,4}[室办]$/;

/**
 * A body a notice sets up to coordinate a work (dutyHeading.ts): the name ends with one of these. Its duties are
 * listed under a heading that names it (一、联席会议职责) or under 工作职责 / 主要职责 after the sentence setting it up.
 */
export const BODY_END = "联席会议|领导小组|领导小组办公室|办公室|工作专班|专班|指挥部|工作组|委员会";
/** The sentence that sets the body up: 决定成立X / 决定建立X制度(以下简称“Y”). */
export const BODY_SET_UP = "(?:决定|同意|研究)(?:成立|建立|设立|组建)";
