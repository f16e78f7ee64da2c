/**
 * The words of unit names: the ends of organisations' names, the names that stand for a group (collectives), the
 * marks of a lead in a list of units, the pieces of a name broken by a cell's wrap. Part of the vocabulary
 * (vocabulary.ts re-exports it). The list splitter (splitUnits.ts, in the pane's first load) imports this file
 * itself, so that the first load holds these words and not the whole vocabulary.
 */

/**
 * Ends of names of organisations, as they appear in breakdowns (folded to simplified characters). Also what
 * government bodies are generally called beyond the corpus's words: a bureau's line of work (…局规划建设条线), the
 * parties (各民主党派, 民革, 民盟 …, 农工党, 致公党), a court's branch (城关人民法庭), a prison, a party branch (党总支), a
 * newspaper (日报), the grid company (南方电网), the associations by name (作协, 消协 …; never a bare 协: 市协 is a
 * cut name), state farms and forests (国有林场, 良种场), a road's maintenance section (公路段), a county's medical
 * community (医共体), a grain reserve (储备库), state firms known by their short names (中石化, 新华书店, 人保财险).
 * Kept here, in the first load, so that the ledger's unit cells split as the parser's do.
 */
export const UNIT_SUFFIX =
  /(局|委|办|办公室|部|厅|院|中心|政府|街道|办事处|镇|乡|镇街|集团|公司|管委会|委员会|银行|行|队|法院|检察院|署|会|社|处|所|站|团|联|园|园区|区|县|市|室|科|股|组|馆|台|校|学|总社|海关|部门|单位|小组|指挥部|协会|商会|医院|大学|学院|报社|党校|工会|妇联|团委|科协|残联|侨联|文联|红十字会|工商联|人大|政协|纪委|监委|移动|联通|电信|铁塔|邮政|烟草|气象|供电|电力|平台|基地|机构|企业|学校|村|社区|片区|功能板块|集团公司|专班|城投|水投|交投|国投|建投|产投|金投|文旅投|直属库|商场|商厦|酒店|饭店|宾馆|条线|党派|法庭|监狱|总支|日报|电网|民革|民盟|民建|民进|农工党|致公党|作协|消协|音协|美协|书协|摄协|曲协|舞协|剧协|个协|体协|记协|律协|企协|中专|职专|林场|(?<!家庭)农场|牧场|良种场|苗圃|公路段|养护段|医共体|医联体|储备库|粮库|新华书店|中石化|中石油|中海油|财险)$/;

/**
 * Ends of a whole unit's name (not of a section inside one, 科/股/室): where names run together with no separator
 * (区财政局区税务局), a name of the same level may start after one of these (splitUnits.ts, splitGlued).
 */
export const GLUED_UNIT_END =
  "局|委|办|厅|院|中心|政府|办公室|管委会|委员会|部|集团|公司|街道|办事处|联|社|署|银行|馆|医院|学校|法院|检察院";

/** A name that stands for a group of organisations: 各镇(街道), 市级有关部门, 成员单位 …. */
export const COLLECTIVE =
  /^(各|相关|有关|其他|其它|涉及|所属|全体|全市|全区|全县|全省)|(各|有关|相关|其他|其它|所属|直属|涉及)(部门|单位|镇|乡镇|乡|街道|区|县|市|园区|平台|企业|学校|医院|机构|成员单位|地区|地方|处室|科室|股室|站所|村|社区|专班|板块)|^功能板块$|[区县市省州盟旗]直(各|有关|相关)?(部门|单位)|^[区县市省州盟旗]级(各|有关|相关)?(部门|单位)|成员单位$|^(沿线|沿河|沿江|沿湖|周边|辖区)(各)?(乡镇|镇|乡|街道|村|社区|县|区|市)/;

/**
 * A mark before a unit in a list of units that names it the lead: ★区发改委、统计局, *市建设局、嘉源集团, ▲发改局,各部门
 * (a star, an asterisk of either width, a triangle); or after it (区政府办公室*、区财政局). Either way no part of the name.
 */
export const LEAD_STAR = /^[★☆▲△*＊]\s*/;
export const LEAD_STAR_AFTER = /\s*[★☆▲△*＊]$/;

/**
 * A unit's name broken by a cell's wrap and flattened with a space (fallback/cells.ts, `joinWrappedNames`): a piece
 * opening with a level (县交通 / 运输局), or a body that keeps offices of its own before an office named without its
 * place (县委县政府 / 督查室).
 */
export const WRAPPED_NAME_HEAD = /^[省市县区盟旗镇乡]/;
export const WRAPPED_NAME_HOST = /(?:政府|[省市县区盟旗]委)$/;
export const WRAPPED_NAME_OFFICE = /^[^省市县区镇乡各].{0,4}[室办]$/;
