/** What a breakdown says about itself: its titles, issuer, date, addressees and how it reads roles. */

import { fold } from "../text/fold";
import { splitOriginal } from "./splitUnits";
import { isUnitLike, joinCompounds } from "./unitLike";
import { CO_LABEL, COLUMN_NAMES, LEAD_LABEL, LIST_LABEL, STANDING_NOTE } from "./vocabulary";

const BREAKDOWN_TITLE =
  /(分解|分工|责任清单|任务清单|项目清单|工作清单|事项清单|督办事项|督查事项|督办清单|督查清单|台账|任务书|重点工作安排|项目安排|实事项目|实事工程|分解方案|分工方案|重点工作事项|工作事项|分解立项)(表|一览表|清单|情况表|方案)?$|(分工|分解)的?意见$|(重点工作|工作任务|重点任务)的?实施方案$|(分解|分工|清单|台账|任务|项目|工作)[^,,。;;]{0,12}(一览表|情况表|安排表|计划表|推进表|进度表|推进情况|进展情况|完成情况)$/;

/**
 * True when a (folded) line is the title of a breakdown: short, unnumbered, ends like 责任分解 / 任务分工 /
 * 民生实事项目, and is not a sentence quoting it in 《》.
 * @example isBreakdownTitle("2020年政府民生实事项目责任分解") === true
 */
export function isBreakdownTitle(folded: string): boolean {
  if (isHeaderRow(folded)) return false;
  const s = stripAttachmentMark(folded).replace(/\s+/g, "");
  // 附件:1.…责任分解 lists the attachments; it is not the title of one.
  if (/^(\d{1,2}|[一二三四五六七八九十])[.、]/.test(s)) return false;
  if (s.length < 4 || s.length > 60) return false;
  // A header cell alone on its line (工作事项 under 序号, a table one cell per line) names a column, not the document.
  if (COLUMN_NAMES.some(({ re }) => re.test(s))) return false;
  if (/[。;,,::]/.test(s) || s.startsWith("关于") || isNoticeTitle(s)) return false;
  return BREAKDOWN_TITLE.test(s.replace(/[((][^()()]*[))]$/, ""));
}

/**
 * True when a line is a table's header row (序号 工作任务 牵头单位 进展情况): three cells or more set apart by
 * tabs, '|' or spaces, two of them column names. Never a title, though it may end like one (…进展情况).
 */
function isHeaderRow(folded: string): boolean {
  // Cells set apart by tabs, '|' or runs of spaces keep their own spaced-out names (工 作 任 务).
  const wide = folded.split(/\t|[|\uff5c]|\s{2,}/).filter((c) => c.trim() !== "");
  const cells = (wide.length >= 3 ? wide : folded.split(/\s+/)).map((c) => c.replace(/\s+/g, ""));
  return cells.length >= 3 && cells.filter((c) => COLUMN_NAMES.some(({ re }) => re.test(c))).length >= 2;
}

/** Drops a leading 附件 / 附件1: mark. */
export function stripAttachmentMark(s: string): string {
  return s.replace(/^附件\s*\d*\s*[::]?\s*/, "");
}

/** A web page's metadata label before the title: 名 称: / 标 题: / 文件名称: */
export function stripMetadataLabel(text: string): string {
  return text.replace(/^\s*(名\s*称|标\s*题|文件名称|文\s*件\s*名)\s*[:\uff1a]\s*/, "");
}

/** A notice title: 关于印发《…》的通知. */
export function isNoticeTitle(folded: string): boolean {
  const s = stripMetadataLabel(folded).replace(/\s+/g, "");
  return s.length <= 120 && /关于.*的(通知|意见|函|决定|批复|报告)$/.test(s);
}

const CN_DATE = "[〇零一二三四五六七八九十○]";
/** 2024年3月1日印发: the date line of the colophon (版记) says what happened on that date. */
const ISSUED = /(印发|发布|签发|制发)$/;

/**
 * The date a date line gives, without brackets, spaces or 印发.
 * @example dateOfLine("（2024年3月1日印发）") === "2024年3月1日"
 */
export function dateOfLine(text: string): string {
  return text
    .replace(/\s+/g, "")
    .replace(/^[(\uff08](.*)[)\uff09]$/, "$1")
    .replace(ISSUED, "");
}
/** A line that is only a date: 2020年5月22日, 二〇二〇年五月二十二日. */
export function isDateLine(folded: string): boolean {
  // (二OO八年二月二十六日): brackets around it, Latin O for 〇.
  const s = folded
    .replace(/\s+/g, "")
    .replace(/^\((.*)\)$/, "$1")
    .replace(/[Oo]/g, "〇")
    .replace(ISSUED, "");
  return (
    /^\d{4}年\d{1,2}月\d{1,2}日$/.test(s) ||
    new RegExp(`^${CN_DATE}{4}年${CN_DATE}{1,2}月${CN_DATE}{1,3}日$`).test(s)
  );
}

/** A signature line naming the issuing office: 桐乡市人民政府办公室. */
export function isIssuerLine(folded: string): boolean {
  const s = folded.replace(/\s+/g, "");
  if (s.length < 3 || s.length > 30 || /[,,。;;::、]/.test(s)) return false;
  return /(国务院|人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|办公室|办公厅|委员会|领导小组|指挥部|管委会|管理委员会)$/.test(
    s,
  );
}

/**
 * The issuer a signature line names, or null: 桐乡市人民政府办公室; 中共白沙镇委员会  白沙镇人民政府 (two
 * issuers, joined with 、); any organisation (澜州市交通运输局) when the date follows on the next line.
 * @example readIssuer("中共白沙镇委员会\u3000白沙镇人民政府", false) === "中共白沙镇委员会、白沙镇人民政府"
 * @example readIssuer("澜州市交通运输局", true) === "澜州市交通运输局"; readIssuer("澜州市交通运输局", false) === null
 */
export function readIssuer(text: string, dateFollows: boolean): string | null {
  const names = text.trim().split(/\s+/);
  const issuerLike = (name: string): boolean =>
    isIssuerLine(fold(name)) ||
    (dateFollows && name.length <= 30 && isUnitLike(name) && !/[,。;:、]/.test(fold(name)));
  if (names.length <= 3 && names.every(issuerLike)) return names.join("、");
  // 国 务 院: a name spaced out for the signature.
  const squeezed = text.replace(/\s+/g, "");
  return isIssuerLine(fold(squeezed)) ? squeezed : null;
}

/**
 * 澜州市交通运输局办公室  2024年2月21日印发: the colophon's one line, issuer then date; null for any other line.
 * @example splitColophon("澜州市交通运输局办公室\u3000\u30002024年2月21日印发") → { issuer: "澜州市交通运输局办公室", date: "2024年2月21日" }
 */
export function splitColophon(text: string): { issuer: string; date: string } | null {
  if (!/日\s*(印发|发布|签发|制发)?\s*$/.test(text)) return null;
  const m = /^(.*\S)\s+(\S+)$/.exec(text.trim());
  if (!m || !isDateLine(fold(m[2] as string))) return null;
  const issuer = readIssuer(m[1] as string, true);
  return issuer ? { issuer, date: dateOfLine(m[2] as string) } : null;
}

/** The addressee line of a notice: 各镇人民政府、街道办事处,市政府各部门,市直各单位: */
export function readRecipients(text: string): string[] | null {
  const f = fold(text).trim();
  if (!/[::]$/.test(f) || f.length > 120) return null;
  if (!/(各|政府|部门|单位|办事处|委员会|管委会)/.test(f)) return null;
  const body = text.trim().slice(0, -1);
  const out = joinCompounds(splitOriginal(body, "、,;"))
    .map((p) => p.trim())
    .filter(Boolean);
  return out.length > 0 ? out : null;
}

// Matched on folded text. 列第一位者为牵头单位 / 排名第一的为牵头单位 / 标注"牵头"的为牵头单位 / 带▲的为牵头单位 (the
// mark LEAD_STAR reads before or after a unit's name).
const CONVENTION =
  /(?:(列|排|位居|排名|名列)?(第一位|第一个|第一名|首位|首个|排首位|第一(?=的|者|为))[^,。;)]{0,12}(牵头|主办|主责|汇总)|标[注明有记]?["“”'‘’「」『』]?\(?(牵头|主办)\)?["“”'‘’「」『』]?(字样)?的?[为是](牵头|主办)|逗号(?:前|之前|以前)的?(?:单位|部门)?[为是](?:牵头|主办|主责)|(带|标[注明有记]?|加|有)?["“”「」]?[★☆▲△*＊](号|符号)?["“”「」]?(的|者)?(单位|部门)?[为是](牵头|主办|主责))[^。;)]{0,16}/;

/** A convention that names the units before a list's first comma the leads (逗号前为牵头单位): commaConvention.ts. */
export const COMMA_CONVENTION = /逗号(?:前|之前|以前)的?(?:单位|部门)?[为是](?:牵头|主办|主责)/;

/**
 * Finds the sentence that says how roles are read (列第一位者为牵头或汇总单位,下同), as written. When it sits
 * in brackets, the whole bracket content; otherwise the clause.
 * @example findConvention("工商联(列第一位者为牵头或汇总单位,下同)") → { text: "列第一位者为牵头或汇总单位,下同", start: 3, end: 21 }
 */
export function findConvention(text: string): { text: string; start: number; end: number } | null {
  const f = fold(text);
  const m = CONVENTION.exec(f);
  if (!m) return null;
  // Inside a bracket: take the bracket's content and report the bracket's span.
  const open = Math.max(f.lastIndexOf("(", m.index), -1);
  const close = f.indexOf(")", m.index);
  if (open >= 0 && close > m.index && !f.slice(open + 1, m.index).includes(")")) {
    // (注:责任单位排名第一的为牵头单位): the 注: says it is a note, not what the note says.
    const inside = text.slice(open + 1, close).trim();
    const label = /^(注|说明|备注)\s*:\s*/.exec(fold(inside));
    return { text: inside.slice(label ? label[0].length : 0), start: open, end: close + 1 };
  }
  let end = m.index + m[0].length;
  while (end < f.length && !"。;".includes(f[end] as string)) end++;
  // …的为牵头部门;未标注的,排在第一位的为牵头部门: a clause after ; that goes on about roles belongs to it.
  for (;;) {
    if (f[end] !== ";") break;
    let next = end + 1;
    while (next < f.length && !"。;".includes(f[next] as string)) next++;
    const clause = f.slice(end + 1, next);
    // …;牵头单位:市经信局 is a label with units, not more of the convention.
    if (!/牵头|配合|第一位|其余|未标/.test(clause) || /^[^,:]{1,10}:/.test(clause)) break;
    end = next;
  }
  let start = m.index;
  while (start > 0 && !"。;,:".includes(f[start - 1] as string)) start--;
  return { text: text.slice(start, end).trim(), start, end };
}

const UNIT_LABEL_OPENING = new RegExp(`^\\s*(?:${LEAD_LABEL}|${CO_LABEL}|${LIST_LABEL})\\s*:`);

/** Splits a unit text from a standing note that follows it as a sentence of its own (STANDING_NOTE). */
export function splitStandingNote(text: string): { units: string; note: string | null } {
  const f = fold(text);
  for (let at = f.search(/[。,;]/); at >= 0 && at < f.length - 1; at = nextBreak(f, at + 1)) {
    const sentence = f.slice(at + 1);
    // After a comma only a note that opens as one (…各县市区,以下均需各县市区落实,不再逐一列出).
    if (f[at] !== "。" && !/^\s*(以下|下列|后续|其余|上述)/.test(sentence)) continue;
    // A unit label opens more units, not the note (…负责。责任单位:A、B。以下均需A、B落实,不再列出).
    if (UNIT_LABEL_OPENING.test(sentence)) continue;
    if (STANDING_NOTE.test(sentence.trim())) {
      return {
        units: text.slice(0, at).trim(),
        note: text
          .slice(at + 1)
          .trim()
          .replace(/。$/, ""),
      };
    }
  }
  return { units: text, note: null };
}

/** The next sentence or clause break (。 , ;) from `from`, or -1. */
function nextBreak(f: string, from: number): number {
  const at = f.slice(from).search(/[。,;]/);
  return at < 0 ? -1 : from + at;
}
