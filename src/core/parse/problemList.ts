/**
 * Problem lists (督查通报, 创文/创卫 检查问题清单, 巡察/审计 整改清单): each problem — a site and what is wrong
 * there — is closed by a record of who puts it right: `(责任单位:X,责任人:Y)` at the paragraph's end, a site's
 * `(责任单位:X)` in mid-line before its findings, a line `整改责任单位:X 整改时限:Y` under a group of problems, or
 * `整改措施:由X督促…` naming the unit only in prose. The readers here find those records; the outline gives them
 * to the problem (or the group of problems) above, as it gives a unit line to its task.
 */

import { fold } from "../text/fold";
import { cutLine, type SourceLine } from "../text/lines";
import { LIST_LABEL, LEAD_LABEL, CO_LABEL } from "./vocabulary";
import { closingByClause } from "./node";
import { readRoles, type Roles } from "./roles";
import { isCollective } from "./splitUnits";
import { isUnitLike } from "./unitLike";
import { readNumbering } from "./numbering";

const UNIT_LABEL = `(?:${LEAD_LABEL}|${CO_LABEL}|${LIST_LABEL})`;

// A unit record after a space, in a page whose line breaks became spaces: ` 整改责任单位:X`, perhaps with its
// deadline and person (` 整改时限:Y`, ` 责任人:Z`, or glued: `X整改时限:Y`), each value up to the next space.
const RUN_RECORD = new RegExp(
  `(?<=\\s)(?:${UNIT_LABEL})\\s*:\\s*\\S+(?:\\s+(?:整改|完成)?(?:时限|时间|期限|责任人)\\s*:\\s*\\S+)*`,
  "g",
);
// A problem list's record, not a breakdown's: a 整改 label or a 整改 deadline.
const PROBLEM_RECORD = /^[^:]{0,4}整改|整改(?:时限|期限|时间)\s*:/;
// The first problem of a group after a space and a sentence's end or a colon (…曝光呢? 1.市场内…): a group starts there.
const GROUP_START = /(?<=[。;:!?.…”"]\s+)1[.、](?!\d)/g;

/**
 * A page whose line breaks became single spaces, holding two or more unit records: a line before each record
 * and after it, and before each `1.` that opens a group of problems. The problems of one group stay on one line
 * (the group is one task, its record given to it). Other lines are returned as they are.
 * @example splitRunOnRecords(line("导语。 1.甲; 2.乙。 整改单位:A局 整改时限:3天 1.丙。 整改单位:B局")).map((l) => l.text)
 *   → ["导语。", "1.甲; 2.乙。", "整改单位:A局 整改时限:3天", "1.丙。", "整改单位:B局"]
 */
export function splitRunOnRecords(line: SourceLine): SourceLine[] {
  const f = line.folded;
  if (f.length < 80) return [line];
  const records = [...f.matchAll(RUN_RECORD)].filter((m) => PROBLEM_RECORD.test(m[0]));
  if (records.length < 2) return [line];
  const cuts = new Set<number>();
  for (const m of records) {
    cuts.add(m.index);
    cuts.add(m.index + m[0].length);
  }
  for (const m of f.matchAll(GROUP_START)) cuts.add(m.index);
  return cutLine(
    line,
    [...cuts].filter((c) => c > 0 && c < f.length).sort((a, b) => a - b),
  );
}

// A site then its unit record in a bracket, then the colon before the findings: 联盛快乐城(责任单位:县商务局):….
const SITE_RECORD = new RegExp(`^([^()]{2,40}?)\\(((?:${UNIT_LABEL})\\s*:[^()]{2,80})\\)\\s*:`);
// A unit record in a bracket anywhere after the first words: 井盖缺失(责任单位:市政公司;整改时限:3天),存在….
const MID_RECORD = new RegExp(`^([^()]{2,80}?)\\(((?:${UNIT_LABEL})\\s*:[^()]{2,80})\\)`);

/** The roles of the bracket that `re` finds at the text's start, or null when it names no unit. */
function recordIn(text: string, re: RegExp): Roles | null {
  const m = re.exec(fold(text));
  if (!m) return null;
  const from = (m[1] as string).length + 1;
  const roles = readRoles(text.slice(from, from + (m[2] as string).length), { bareUnits: false });
  return roles.leads.length + roles.listed.length + roles.coUnits.length > 0 ? roles : null;
}

/**
 * The units of a site's record in mid-line (`联盛快乐城(责任单位:县商务局、县市场监管局):前期通报…`), or null when
 * the line does not open so.
 * @example siteRecord("西海燕码头(责任单位:县文旅局):无文明引导员。")?.listed → ["县文旅局"]
 */
export function siteRecord(text: string): Roles | null {
  return recordIn(text, SITE_RECORD);
}

/**
 * The units of a problem's record in a bracket in mid-line, whatever follows it (`井盖缺失(责任单位:市政公司;整改
 * 时限:3天),存在安全隐患。`): for a numbered problem that names its units nowhere else.
 * @example midRecord("井盖缺失(整改单位:区城管局),存在隐患。")?.listed → ["区城管局"]
 */
export function midRecord(text: string): Roles | null {
  return recordIn(text, MID_RECORD);
}

// A paragraph's closing record: a bracket that opens with a unit label (…破损。(责任单位:市国土局,责任人:王某)), or
// a last sentence that does (…破损。责任单位:市国土局,责任人:王某。).
const CLOSING_RECORD = new RegExp(
  `^(.{6,})(?:\\((?:${UNIT_LABEL})\\s*:[^()]{2,80}\\)|。\\s*(?:${UNIT_LABEL})\\s*:[^。()[\\]【】〔〕]{2,80})[。.;\\s]*$`,
);

/**
 * True when a paragraph ends in a labelled unit record, in a bracket or as its last sentence (`…围墙多处破损。(责任单位:
 * 市国土局,责任人:王某)`, `…破损。责任单位:市国土局。`): a problem with its record, a task even before any other —
 * the label says so, as a bare bracket of names cannot.
 * @example endsWithRecord("院内杂物堆放较多。(责任单位:区住建局)") === true
 */
export function endsWithRecord(text: string): boolean {
  return CLOSING_RECORD.test(fold(text));
}

// The label of a line of measures taken or asked for, whose prose names the unit: 整改措施:由X督促….
const MEASURE = /^(?:整改|处理|处置|处理整改)(?:措施|要求|意见|建议|情况)\s*:\s*由/;
// A problem's closing request or assignment: …。请X督促…整改到位 / 由X负责整改,Y配合 / 责成X限期整改.
const REQUEST = /(?:^|[。;!])\s*(?:请|由|责成)(?=[^。;]{4,}[。;!]?\s*$)/g;
// What a problem's request asks: to put it right.
const RECTIFY = /整改|整治|清理|清除|清运|处理|处置|修复|修缮|更换|拆除|查处|取缔|纠正/;
// A word naming the unit's role before it (由包片单位县文广局督促…): not part of the name.
const ROLE_BEFORE = /^(?:包片|包保|包联|责任|属地|主管|监管|牵头)(?:单位|部门)/;
// The verb after the unit: what it does about the problem.
const MEASURE_VERB =
  /督促|负责|牵头|组织|责令|联合|会同|跟踪|协调|落实|通知|约谈|安排|立即|尽快|及时|限期|依法|加强|做好|抓紧|认真|切实|于|在|对/g;
// Units helping, after the acting unit's clause: …,县公安局配合 / ,县交警大队协助.
const HELPERS = /[,，]\s*([^,，。;]{2,60}?)(?:积极|共同)?(?:配合|协助|参与)[。;]?\s*$/;

/** The unit named from `start` up to the first verb that leaves a whole unit's name before it, with the verb's end. */
function actingUnit(text: string, f: string, start: number): { name: string; end: number } | null {
  const role = ROLE_BEFORE.exec(f.slice(start));
  const from = start + (role ? role[0].length : 0);
  for (const verb of f.slice(from, from + 40).matchAll(MEASURE_VERB)) {
    const name = text.slice(from, from + verb.index).trim();
    if (verb.index >= 2 && isUnitLike(name) && !isCollective(name)) return { name, end: from + verb.index };
  }
  return null;
}

/**
 * The unit a line of measures names as the one who acts (`整改措施:由县住建局督促商户更换。`, `整改要求:由包片单位县
 * 民政局负责…`), as the lead; null when the line is no such line or names no unit. The name ends at the first verb
 * that leaves a whole unit's name before it (由…联合执法工作组负责: 联合 is inside the name). A group (各责任单位) is
 * never taken so.
 * @example measureRoles("整改措施:由县住建局督促商户更换。")?.listed → ["县住建局"]
 */
export function measureRoles(text: string): Roles | null {
  const f = fold(text);
  const m = MEASURE.exec(f);
  const unit = m ? actingUnit(text, f, m[0].length) : null;
  return unit ? (closingByClause(`由${unit.name}负责`)?.roles ?? null) : null;
}

/**
 * The units a problem's last sentence asks to put it right (`…积水严重。请县市场监管局督促市场方于5月10日前整改到位。`,
 * `…。由县城管局负责整改,县公安局配合。`, `责成区住建局限期整改`): the acting unit leads, units that 配合 help; null
 * when the text does not close so.
 * @example requestRoles("摊贩占道经营。由县城管局负责整改,县公安局配合。")?.coUnits → ["县公安局"]
 */
export function requestRoles(text: string): Roles | null {
  const f = fold(text);
  const last = [...f.matchAll(REQUEST)].pop();
  if (!last) return null;
  const unit = actingUnit(text, f, last.index + last[0].length);
  // Only a request to put a problem right (请X…整改到位), not any request of a notice (请X汇总报送…).
  if (!unit || !RECTIFY.test(f.slice(unit.end))) return null;
  const helpers = HELPERS.exec(f.slice(unit.end));
  const co = helpers ? (helpers[1] as string).trim() : "";
  const roles = readRoles(co ? `${unit.name}牵头,${co}配合` : `${unit.name}牵头`, { bareUnits: false });
  return roles.leads.length > 0 ? roles : null;
}

// A record line of a problem list: a 整改 unit label (整改责任单位:, 问题整改单位:), or a unit label with a 整改时限.
const RECORD_LINE = new RegExp(`^(?:${UNIT_LABEL})\\s*:`);
const PROBLEM_WORD = /^[^:]*整改[^:]*:|\s整改(?:时限|期限|时间)\s*:/;
const UNIT_FIELD = new RegExp(`(?:${UNIT_LABEL})\\s*:`);

/**
 * A group of numbered problems (`1.…;` / `2.…。`, counting from 1) closed by one record line of a problem list
 * (`整改责任单位:X 整改时限:Y`): one task, the site's, whose problems are its points — the group's lines joined
 * into one (the first line's number kept). Only where the group opens the list or follows another record, so a
 * task's own sub-points under a numbered site stay as they are. Other lines are returned as they are.
 * @example joinProblemGroups(lines("1.甲;", "2.乙。", "整改责任单位:A局")).map((l) => l.text)
 *   → ["1.甲; 2.乙。", "整改责任单位:A局"]
 */
export function joinProblemGroups(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    if (RECORD_LINE.test(line.folded) && PROBLEM_WORD.test(line.folded)) joinGroupBefore(out);
    out.push(line);
  }
  return out;
}

/**
 * Joins the numbered problems at the end of `out` (counting 1, 2 …, no units) into one line: 2 or more, or any
 * under the short name of their site on the line above (`城南农贸市场` / `1.…;` / `2.…。`), which opens the line.
 */
function joinGroupBefore(out: SourceLine[]): void {
  const group: number[] = [];
  let want = 0;
  for (let k = out.length - 1; k >= 0; k--) {
    const l = out[k] as SourceLine;
    if (l.text === "") continue;
    const num = readNumbering(l.folded);
    if (!num || num.style !== "ar" || UNIT_FIELD.test(l.folded) || (want > 0 && num.n !== want)) return;
    group.unshift(k);
    want = num.n - 1;
    if (num.n === 1) break;
  }
  if (group.length === 0 || want !== 0) return;
  // Before the group: the site's name, the list's start, text, or another record — not a numbered site over
  // these points.
  for (let k = (group[0] as number) - 1; k >= 0; k--) {
    const l = out[k] as SourceLine;
    if (l.text === "") continue;
    const num = readNumbering(l.folded);
    if (num && num.style !== "cn" && num.style !== "pcn" && !UNIT_FIELD.test(l.folded)) return;
    if (!num && SITE_NAME.test(l.folded) && !UNIT_FIELD.test(l.folded)) group.unshift(k);
    break;
  }
  if (group.length < 2) return;
  const first = out[group[0] as number] as SourceLine;
  const text = group.map((k) => (out[k] as SourceLine).text).join(" ");
  out.splice(group[0] as number, out.length - (group[0] as number), {
    no: first.no,
    text,
    folded: fold(text),
    raw: text,
  });
}

// The short name of a site on a line of its own, no sentence in it (城南农贸市场, 市第二人民医院门诊楼).
const SITE_NAME = /^[^\s,。;:!?、()]{2,24}$/;

// Words of a ranking in an inspection notice: 末位排名, 得分, 倒数第一, 后三名, 红黑榜 ….
const RANKING =
  /排名|排序|名次|得分|倒数|末位|垫底|[前后][一二三四五六七八九十\d]{1,2}名|红榜|黑榜|红黑榜|考核结果|评比结果|测评结果/;

/**
 * True when an item's words are a short heading over a ranking (`单位末位排名`, `得分倒数三名单位`, `红榜`): the
 * units named under it are ranked by the inspection, not given a task.
 * @example isRankingHeading("职能单位末位排名") === true; isRankingHeading("推进城东改造") === false
 */
export function isRankingHeading(text: string): boolean {
  const f = fold(text).replace(/[\s::。]+$/, "");
  return f.length <= 24 && RANKING.test(f);
}
