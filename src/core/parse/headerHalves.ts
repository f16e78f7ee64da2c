/** Column names broken over two header cells (责任 / 科室, 牵头 / 部门, 项目 / 类别): one column. */

import type { SourceLine } from "../text/lines";
import { cellLine } from "./tableGroups";
import { columnKind } from "./tableHeader";
import { COLUMN_NAMES, MEASURE_COLUMN, NAME_COLUMN, ORG } from "./vocabulary";

/** The end of a column's own name (具体要求, 工作内容, 细化措施): never the first half of another. */
const COLUMN_NOUN = /(要求|内容|措施|举措|情况|目标|任务|事项|名称)$/;

/** A second half that only says what kind of body or category a column names: 部门, 单位, 类别. */
const BODY_HALF = new RegExp(`^${ORG}$`);
const CATEGORY_HALF = /^(类别|分类|类型)$/;

/** How many header cells after a split name are looked at for the task column it would leave. */
const LOOK_AHEAD = 12;

/**
 * The index of the line that completes `lines[j]` (of kind `kind`) as one column name, null when the two are
 * two columns. Joined when one of the two alone is no column name at all (责任 / 领导, 责任 / 科室; never 序号 /
 * 重点工作); also when a short name is completed by a body (牵头 / 部门: a lead column, not 牵头 and an unknown
 * 部门) or by a category word (项目 / 类别: a category, when a task column follows in the header, 具体内容).
 */
export function secondHalf(
  lines: readonly SourceLine[],
  j: number,
  kind: ReturnType<typeof columnKind> = null,
): number | null {
  const here = cellLine(lines[j] as SourceLine).folded.replace(/\s+/g, "");
  const k = here.length > 6 ? null : nextFilled(lines, j);
  if (k === null) return null;
  const next = cellLine(lines[k] as SourceLine).folded;
  const nextKind = columnKind(next);
  // A first half that cannot stand alone (重点工作及 / 责任分解内容, 前三季度 / 进展情况, 牵头 / 责任单位): joined to
  // the column name after it.
  if (nextKind !== null && openHalf(here, kind, nextKind)) return k;
  const joined = columnKind(here + next);
  if (joined === null) return null;
  if (kind !== null)
    return (kind !== "seq" && splitName(here, next.trim(), joined, lines, k)) || twoHalves(here, next, kind)
      ? k
      : null;
  // A first half qualifies (市政府 / 分管领导, 责任 / 科室); a name of what a column holds (具体要求) stands alone.
  if (COLUMN_NOUN.test(here)) return null;
  return nextKind === null || joined === nextKind || MEASURE_COLUMN.test(next.trim()) ? k : null;
}

/** A header cell ending in a joining word (重点工作及, 工作任务和): the name goes on in the next cell. */
const JOINING_END = /[及和与、或]$/;
/** A period qualifying the column after it (3季度, 前三季度, 上半年, 1-9月, 2023年度): no column by itself. */
const PERIOD_HALF = /^(前?[一二三四1-4]季度|[上下]半年|全年|\d{1,2}(-\d{1,2})?月(份)?|\d{4}年度?)$/;
/** A role word alone (牵头, 配合, 协办) over a units column's name (责任单位): the units column of that role. */
const ROLE_HALF = /^(牵头|主办|主责|配合|协办|协助|参与)$/;
const UNIT_KINDS = new Set(["lead", "co", "units"]);

/** True when the header cell `here` only opens the column name `next` (of kind `nextKind`) goes on with. */
function openHalf(here: string, kind: ReturnType<typeof columnKind>, nextKind: string): boolean {
  if (JOINING_END.test(here) || PERIOD_HALF.test(here)) return true;
  return ROLE_HALF.test(here) && kind !== null && UNIT_KINDS.has(kind) && nextKind === "units";
}

/** True when a short column name and the cell after it are one name cut in two (牵头 / 部门, 项目 / 类别). */
function splitName(
  here: string,
  next: string,
  joined: NonNullable<ReturnType<typeof columnKind>>,
  lines: readonly SourceLine[],
  k: number,
): boolean {
  if (here.length > 3) return false;
  const units = joined === "lead" || joined === "co" || joined === "units" || joined === "leader";
  if (BODY_HALF.test(next) || MEASURE_COLUMN.test(next)) return units;
  return CATEGORY_HALF.test(next) && joined === "other" && taskFollows(lines, k);
}

/**
 * 工作 / 任务, 项目 / 名称, 牵头 / 领导, 时间 / 节点: two halves of two characters each, each a name in itself, that
 * together are one whole column name of the same kind as one of them (牵头 / 领导 is a leader, never a lead
 * column beside a leader column).
 */
function twoHalves(here: string, next: string, kind: NonNullable<ReturnType<typeof columnKind>>): boolean {
  const whole = here + next.trim();
  const named = COLUMN_NAMES.find(({ re }) => re.test(whole))?.kind;
  // Never a category or an owner (项目 / 类别, 项目 / 单位): those take the checks above.
  if (named === undefined || named === "other") return false;
  return here.length <= 2 && next.trim().length <= 2 && (named === kind || named === columnKind(next));
}

/** True when a task column's name is among the next few header cells after `lines[k]` (a name column's before it). */
function taskFollows(lines: readonly SourceLine[], k: number): boolean {
  let seen = 0;
  for (let i = k + 1; i < lines.length && seen < LOOK_AHEAD; i++) {
    const line = cellLine(lines[i] as SourceLine);
    if (line.text === "") continue;
    seen++;
    const kind = columnKind(line.folded);
    if (kind === "task") return true;
    // A name column (名称) stands only right before the task's: read on to it.
    if (kind === null && !NAME_COLUMN.test(line.folded.trim())) return false;
  }
  return false;
}

/** The index of the next line with text after `lines[j]`, or null. */
function nextFilled(lines: readonly SourceLine[], j: number): number | null {
  for (let k = j + 1; k < lines.length; k++) if ((lines[k] as SourceLine).text !== "") return k;
  return null;
}
