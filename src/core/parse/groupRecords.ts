/**
 * Group records (督查组, 工作组): each group written one field a line under its name — `第一组:组长单位(县政府办)` /
 * `副组长单位(县监察局)` / `督查单位:南溪镇、桥头乡。`, or a numbered heading that names the group (`(一)综合协调组`) over
 * `组长单位:A` / `成员单位:B、C` — its role fields written with a colon or with the units in a bracket after the label.
 * The leading unit (组长单位, 牵头部门) leads, the deputy and member units (副组长单位, 成员单位) help. Each group is
 * rewritten as the outline reads a record: a `第N组` group's words as its task, then a lead and a co-unit line;
 * under a heading, its other fields as the heading's words, then the role lines. Groups may stand on one line each
 * or all on one line (a page that lost its line breaks): a line holding two groups or more is cut before each.
 * Linear.
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { readNumbering } from "./numbering";
import { isUnitLike, splitUnitList } from "./unitLike";
import { GROUP_CO_LABEL, GROUP_FIELD_LABEL, GROUP_LEAD_LABEL } from "./vocabulary";

const CN = "[一二三四五六七八九十]{1,3}|\\d{1,2}";
/** A group's name: 第一组, 第2组, 第三督查组, 督查一组. */
const NAME = `(?:第(?:${CN})[\\u4e00-\\u9fff]{0,4}?|[\\u4e00-\\u9fff]{2,4}?(?:${CN}))组`;
/** A group's name opening a line, then a colon, a space or a field. */
const OPENER = new RegExp(`^${NAME}(?:[::,,]\\s*|\\s+|(?=${GROUP_LEAD_LABEL}|$))`);
/** The same name inside a line, after a sentence, a field, a colon or a space (a page that lost its breaks). */
const OPENER_INSIDE = new RegExp(`(?<=[。;;::\\s])${NAME}(?=[::,,]|\\s)`, "g");
/** A group named by a numbered heading: (一)综合协调组, 2.督导检查组. */
const NAMED_GROUP = /^[\u4e00-\u9fff]{2,12}组[。.]?$/;
const ROLE = `(?<!副)(${GROUP_LEAD_LABEL})|(${GROUP_CO_LABEL})`;
/** A role field and its value: after a colon up to the next field or the sentence's end, or in a bracket. */
const ROLE_FIELD = new RegExp(`(?:${ROLE})\\s*(?:[::]\\s*([^;;。\\s]+)|[((]([^()()]+)[))])`, "g");
/** A line that is a field of a group record: a role field, or another field of a group (督查单位:, 主要职责:). */
const FIELD_LINE = new RegExp(`^(?:(?:${ROLE})\\s*[::((]|(?:${GROUP_FIELD_LABEL})\\s*[::])`);
const ROLE_START = new RegExp(`^(?:${ROLE})`);
const ANY_ROLE = new RegExp(ROLE);
/** The most lines a group's fields run to. */
const FIELD_LINES = 6;

interface Roles {
  readonly leads: string[];
  readonly co: string[];
}

/** The leads and co-units a group's words name, or null when they name no lead or a name is no unit. */
function groupRoles(text: string): Roles | null {
  const roles: Roles = { leads: [], co: [] };
  for (const m of fold(text).matchAll(ROLE_FIELD)) {
    const names = splitUnitList(((m[3] ?? m[4]) as string).trim());
    if (names.length === 0 || !names.every(isUnitLike)) return null;
    (m[1] !== undefined ? roles.leads : roles.co).push(...names);
  }
  return roles.leads.length > 0 ? roles : null;
}

/** A new line on the same source line, with its own text. */
const lineOf = (line: SourceLine, text: string): SourceLine => ({
  no: line.no,
  text,
  folded: fold(text),
  raw: text,
});

/** The line cut before each group's name inside it, when two or more groups with a lead stand there; else as is. */
function cutGroups(line: SourceLine): SourceLine[] {
  const found = [...line.folded.matchAll(OPENER_INSIDE)].map((m) => m.index as number);
  // A name with no role field after it (全区分三组:第一组:…) says how many groups follow: no group of its own.
  const roleAfter = (s: number, k: number) => ANY_ROLE.test(line.folded.slice(s, found[k + 1]));
  const starts = found.filter((s, k) => roleAfter(s, k));
  if (starts.length === 0) return [line];
  const head = line.text.slice(0, starts[0]).trim();
  const headGroup = OPENER.test(fold(head)) && groupRoles(head) !== null;
  const pieces = starts.map((s, k) => line.text.slice(s, starts[k + 1]).trim());
  if (pieces.length + (headGroup ? 1 : 0) < 2 || !pieces.every((p) => groupRoles(p) !== null)) return [line];
  return [...(head ? [lineOf(line, head)] : []), ...pieces.map((p) => lineOf(line, p))];
}

/** The end (exclusive) of the field lines after `i`: blank lines between fields are passed over. */
function fieldsEnd(lines: readonly SourceLine[], i: number): number {
  let end = i + 1;
  for (let j = i + 1; j < lines.length && j - i <= FIELD_LINES; j++) {
    const f = (lines[j] as SourceLine).folded.trim();
    if (f === "") continue;
    if (!FIELD_LINE.test(f) || OPENER.test(f)) break;
    end = j + 1;
  }
  return end;
}

/** The unit lines the outline reads for a group's roles. */
function roleLines(line: SourceLine, roles: Roles): SourceLine[] {
  const out = [lineOf(line, `牵头单位:${roles.leads.join("、")}`)];
  if (roles.co.length > 0) out.push(lineOf(line, `配合单位:${roles.co.join("、")}`));
  return out;
}

/**
 * The lines with group records written as the outline reads them (see the file's comment); other lines are
 * returned as they are.
 */
export function groupRecords(given: readonly SourceLine[]): SourceLine[] {
  const lines = given.flatMap(cutGroups);
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const opener = OPENER.exec(line.folded);
    const num = opener ? null : readNumbering(line.folded);
    const named = num !== null && NAMED_GROUP.test(line.folded.slice(num.length).trim());
    if (!opener && !named) {
      out.push(line);
      continue;
    }
    const end = fieldsEnd(lines, i);
    const fields = lines.slice(i + 1, end).filter((l) => l.text !== "");
    const words = [opener ? line.text.slice(opener[0].length).trim() : "", ...fields.map((l) => l.text)];
    const roles = groupRoles(words.join(" "));
    if (!roles) {
      out.push(line);
      continue;
    }
    if (opener) {
      const task = words.filter((w) => w !== "").join(" ");
      out.push(lineOf(line, `工作任务:${task}`), ...roleLines(line, roles));
    } else {
      // Under a heading that names the group, its other fields (主要职责:…) are more of the heading's words.
      const others = fields.filter((l) => !ROLE_START.test(l.folded));
      out.push(line, ...others, ...roleLines(line, roles));
    }
    i = end - 1;
  }
  return out;
}
