/**
 * The words of the generic readers of news reports and office profiles (fallback/quotedTasks.ts,
 * fallback/officeProfile.ts, fallback/unitWorkList.ts): kept apart from vocabulary.ts, as dutyWords.ts is, so that
 * file stays one of labels and role words every stage shares.
 */

/**
 * A news report quoting a plan's tasks by number (fallback/quotedTasks.ts): the task's number (第98项任务, 第21项), and
 * the role clauses after it — its leaders' label (牵头领导是 / 分管市领导为), its units' labels (主责单位是 / 牵头单位为 /
 * 配合单位是) — and the post a leader's name follows (公安局局长王小洪, 副市长杨斌).
 */
export const QUOTED_TASK_NUMBER = "第(\\d{1,4})项(?:重点)?(?:任务|工作)?";
export const QUOTED_LEADER_LABEL = "(?:牵头|责任|分管|协同)(?:市|区|县|省)?领导(?:是|为)";
export const QUOTED_UNITS_LABEL = "(主责|牵头|责任|配合|协办|协同)(?:单位|部门)(?:是|为)";
export const POST_BEFORE_NAME = /(?:长|书记|主任|委员|秘书长)([\u4e00-\u9fff]{2,3})$/;

/**
 * An office's profile (fallback/officeProfile.ts): the sentence that says what the office is (X是市政府的办事机构 /
 * X为县政府工作部门), and the label over its numbered functions (办公室机构职能: / 主要职责:).
 */
export const PROFILE_DEFINITION =
  /^([^,;。:“”()]{4,30}?)(?:是|为)[^,;。]{0,30}(?:机构|部门|单位)(?:[,;。]|$)/;
/** The sentence right after the definition that gives the office its duties with no subject (承担…;负责…). */
export const PROFILE_DUTY_SENTENCE = /^(?:主要)?(?:承担|负责)/;
/** A page's title naming an office and its functions (某区园区发展局机构职能 / 某中心主要职责), nothing else. */
export const PROFILE_TITLE = /^([^,;。:“”\s]{4,30}?)(?:的)?(?:机构|主要|工作)?(?:职能|职责)(?:职能|职责)?:?$/;
export const PROFILE_FUNCTIONS_LABEL =
  /^[\u4e00-\u9fff]{0,8}?(?:机构)?(?:主要)?(?:职能|职责)(?:职能|职责)?\s*:[\x20-\x7e\s]*$/;

/**
 * A sentence setting a unit's own work items as one list (fallback/unitWorkList.ts): 明确了明山分局当前A、B、C等项工作 —
 * the verb before the unit, the time words between the unit and its items (left off the first item's words), and the
 * list's close.
 */
export const WORK_LIST_VERB = "(?:明确了?|部署了?|安排了?)";
export const WORK_LIST_TIME = /^(?:当前|目前|近期|今年|全年|年度|下一步|下步)?(?:的)?/;
export const WORK_LIST_CLOSE = "等(?:\\d{1,2}|[一二三四五六七八九十]{1,2})?项?(?:重点|主要)?(?:工作|任务)";
