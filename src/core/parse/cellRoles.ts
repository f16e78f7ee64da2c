/**
 * A table's units cell that names the roles itself: A牵头,B、C配合; 主要责任单位:A;其他责任单位:B; A、B等按职责分工落实
 * (等 closes the list, the duty after it is no unit); A会B (会 for 会同 between two units' names). The cell is read by
 * the same role-clause reader as prose (roles.ts).
 */

import { fold } from "../text/fold";
import { isUnitLike } from "./unitLike";
import { readRoles, type Roles } from "./roles";
import { ORG, ROLE_WORD } from "./vocabulary";

/** A unit label inside a cell: 主要责任单位:, 配合部门:. */
const LABEL_IN_CELL = new RegExp(`${ORG}\\s*:`);
/** A role word followed by 、 and more names (信息中心牵头、各科室配合). */
const ROLE_THEN_LIST = new RegExp(`${ROLE_WORD.source}、(?=\\S)`, "g");
/** A duty after a list closed by 等 (等按职责落实, 等按职责分工抓好落实): the cell's own words, no unit. */
const DUTY_AFTER_LIST =
  /等(?:按照?|根据|依)?(?:各自)?(?:职责|职能)?(?:分工)?(?:抓好|认真|共同|负责)?(?:落实|负责|实施|推进|办理|执行)$/;
/** The end of a whole unit's name before 会 (局, 处, 办公室), never a word's first half (社会, 管委会). */
const WHOLE_UNIT_END = /(局|处|室|科|股|办|厅|部|中心|院|所|站|队|政府)$/;
/** 会 opening a word of its own (会议, 会展, 会计 …), never 会 for 会同. */
const MEETING_WORD = /^[同议展计商签审务员馆场所堂长谈诊考演战]/;

/** The cell with a bare 会 between two units' names (宣传处会办公室) written 会同; the cell as it was otherwise. */
function withJoin(text: string): string {
  for (let i = text.indexOf("会"); i > 0; i = text.indexOf("会", i + 1)) {
    const [left, right] = [text.slice(0, i).trim(), text.slice(i + 1).trim()];
    if (MEETING_WORD.test(right) || !/^[\u3400-\u9fff]{2}/.test(right)) continue;
    if (WHOLE_UNIT_END.test(left) && isUnitLike(left) && isUnitLike(right)) return `${left}会同${right}`;
  }
  return text;
}

/**
 * The roles of a units cell that names them (A牵头,B、C配合; 主要责任单位:A;其他责任单位:B; A、B等按职责分工落实;
 * A会B), or null when it is a plain list of units.
 */
export function cellRoles(text: string): Roles | null {
  const joined = withJoin(text).replace(DUTY_AFTER_LIST, "等负责");
  const f = fold(joined);
  if (!ROLE_WORD.test(f) && !LABEL_IN_CELL.test(f)) return null;
  // A role clause ended by 、 (A牵头、B配合): in a cell that holds only roles, the 、 sets clauses apart.
  const r = readRoles(joined.replace(ROLE_THEN_LIST, "$1,"), { bareUnits: true });
  const named = [...r.leads, ...r.listed, ...r.coUnits];
  // Names read as a person's (建设局、城投集团牵头 taken for a leader and others): not a units cell read right.
  const sound = r.matched && r.rest.length === 0 && r.leader === null;
  return sound && named.length > 0 && named.every(isUnitLike) ? r : null;
}
