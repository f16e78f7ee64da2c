/** The cells of one row of a table flattened one cell per line: its lines fitted to the columns by content. */

import { readPerson } from "./leader";
import { isDeadline } from "./deadline";
import { isUnitLike as namedLikeUnit, splitUnitList } from "./unitLike";
import { cellRoles, isUnitColumn, opensTask } from "./tableSpans";
import { takeLeadingPersons } from "./unitValues";
import { guardUnit } from "./unitGuard";
import { fold } from "../text/fold";
import {
  DEADLINE_AFTER_EVENT,
  DEADLINE_PHRASE,
  DEADLINE_VERB,
  EMPTY_CELL,
  FIGURE_CELL,
  SURNAME,
  type ColumnKind,
} from "./vocabulary";

/** A unit's name: never a task's words, however they end (完善社区卫生服务中心, 11.创建…城市). */
const isUnitLike = (text: string): boolean => namedLikeUnit(text) && !opensTask(text);

/**
 * True when a cell opens with a deadline word and goes on with a task's words (持续推进老旧小区改造2个。): no date, no
 * action expected by then (年内完成并投入使用 is a deadline) — a task's cell, not a deadline's.
 */
function taskAfterPhrase(text: string): boolean {
  const f = fold(text).replace(/\s+/g, "");
  const phrase = DEADLINE_PHRASE.exec(f);
  const rest = phrase ? f.slice(phrase[0].length).replace(/[。.;,]+$/, "") : "";
  return rest.length >= 5 && !/[年月季]/.test(rest) && !DEADLINE_VERB.test(rest);
}

/** True when two or three lines are each a person's name alone (王强 / 赵磊), never a name and its title. */
function namesOnLines(parts: readonly string[]): boolean {
  return (
    parts.length >= 2 &&
    parts.length <= 3 &&
    parts.every((p) => {
      const f = fold(p).trim();
      const read = /^[\u4e00-\u9fff·]{2,4}$/.test(f) && !isUnitLike(f) ? readPerson(f) : null;
      return read?.name === f && read.title === null && SURNAME.test(f);
    })
  );
}

/** True when a line is a unit's name with a person's title and name after it (市财政局局长李明华). */
function unitAndPerson(text: string): boolean {
  const g = guardUnit(text);
  return g.person !== null && g.kinds.length === 1 && isUnitLike(g.name);
}

/** How well `text` (one or more lines joined) fits a column; higher is better. */
function fit(kind: ColumnKind, parts: readonly string[], unitsLater: boolean): number {
  const text = parts.join("");
  const extra = parts.length - 1;
  // A line that only marks a cell empty (无, /, —) is that cell, in any column but the task's.
  if (parts.length === 1 && kind !== "task" && kind !== "seq" && EMPTY_CELL.test(text.trim())) return 0.5;
  switch (kind) {
    case "task": {
      // A further line that is only unit names belongs to a units cell, not to the task's text — unless
      // the line before it stops mid-sentence (…每个乡镇, / 新建党群服务中心).
      const unitLine = parts.slice(1).some((p, k) => {
        const units = splitUnitList(p);
        const runsOn = /[,、:\uff0c\uff1a]$/.test((parts[k] as string).trim());
        // A line that names the roles (A牵头,B配合) is a units cell too.
        return !runsOn && ((units.length > 0 && units.every(isUnitLike)) || cellRoles(p) !== null);
      });
      // A line that is only a figure or its unit of measure (≥2%, 0.07, 万亩, -) is a cell of its own.
      const figure = parts.some((p) => FIGURE_CELL.test(p.trim()));
      // A line that is only a dated deadline (2024年6月30日前, 三季度末) is the deadline's cell.
      const dated = parts.length === 1 && isDeadline(text) && /\d{1,2}月|季度|季末|年底|年末|年内/.test(text);
      // A task cell that is only a unit's name is likelier the units cell, when one follows; so is a unit with a
      // person's title and name after it (市财政局局长李明华: a lead and the person in charge, one cell).
      const names = splitUnitList(text);
      const unitOnly =
        unitsLater &&
        parts.length === 1 &&
        (isUnitLike(text.trim()) || (names.length > 1 && names.every(isUnitLike)) || unitAndPerson(text));
      // After the units (工作措施), a cell opening with a unit's name: the units cell's last line ran on.
      const spilled = !unitsLater && extra > 0 && isUnitLike((parts[0] as string).trim());
      // Before the units, a cell whose first line is only unit names (教体局 / 1.2021年8月…): that line is the
      // units cell, and the line above it the task's (a name cell merged over rows left out of this row).
      const opensWithUnits = unitsLater && extra > 0 && unitNames([parts[0] as string]);
      return (
        (opensWithUnits ? -3 : 0) +
        (text.length >= 8 && !(unitOnly && unitAndPerson(text)) ? 2 : 0.5) -
        0.05 * extra -
        (unitLine || figure || spilled || dated ? 3 : 0) -
        (unitOnly ? 1.5 : 0)
      );
    }
    case "lead":
    case "co":
    case "units": {
      // A person in charge named first (张三、县住建局) is kept apart from the units (outlineTable.ts).
      const units = parts.flatMap((p) => splitUnitList(takeLeadingPersons(p).units));
      const ok =
        (units.length > 0 && units.every(isUnitLike)) || (parts.length === 1 && cellRoles(text) !== null);
      // A lead cell holds one unit, rarely two: a line more is likelier the co-units' cell running on — where a
      // units column follows it; with none after it, a lead cell written one unit a line is the cell whole.
      return ok ? 2 - (kind === "lead" && unitsLater ? 0.4 : 0.1) * extra : -3;
    }
    case "leader": {
      // A name and its title broken over two lines (张三 / 副县长) is one leader cell.
      // Two or three names a line (王强 / 赵磊): the cell's leaders, 、 between them.
      const several = namesOnLines(parts);
      const p = several
        ? readPerson(parts.join("、"))
        : parts.length === 1 || (parts.length === 2 && readPerson(parts[0] as string))
          ? readPerson(text)
          : null;
      // A deadline (长期坚持, 年底前) or a list of units (A，B) is never a leader's name; a name without a
      // title starts with a surname (特种设备 is a short task, not a person).
      const units = splitUnitList(text);
      const unitList = units.length > 0 && units.every(isUnitLike);
      const named = p !== null && (p.title !== null || SURNAME.test(fold(p.name ?? "")));
      return named && !isUnitLike(text) && !unitList && !isDeadline(text) && text.length <= 12 ? 2 : -3;
    }
    case "deadline":
      if (taskAfterPhrase(text)) return 0;
      // A units cell of one name a line ends where a cell that is no unit starts: a unit's name opening a deadline
      // cell of several lines is the units cell's last line.
      if (extra > 0 && isUnitLike((parts[0] as string).trim())) return -3;
      // A deadline is told by its words as well as by a date: an event and the action after it (省出台办法后完成).
      return isDeadline(text) || DEADLINE_AFTER_EVENT.test(fold(text).trim()) || /^\d{4}年/.test(text)
        ? 2 - 0.5 * extra
        : -2;
    case "seq":
      return -5;
    default: {
      // Unit names in a column before the units column are likelier the units cell's lines: each costs.
      // After it, a column of scorers or remarks may name a body (评分部门), rarely more than one.
      const named = parts.filter((p) => isUnitLike(p.trim())).length;
      // A unit name opening a cell of other words after the units (市财政局 / 新增项目): the units cell's last line —
      // so is a line that lists names (区金融办,各乡、街道办事处 / 上半年完成…: the units cell wrapped onto it).
      const spilled = !unitsLater && extra > 0 && unitNames([parts[0] as string]) && named < parts.length;
      // A remark (备注) that is only units' names, after the units: the units cell's last lines (one unit a line).
      const unitsOnly = kind === "note" && !unitsLater && named === parts.length;
      return (
        0.3 -
        0.05 * extra -
        (unitsLater ? 0.5 * named : 0.2 * Math.max(0, named - 1)) -
        (spilled ? 0.5 : 0) -
        (unitsOnly ? 0.8 : 0)
      );
    }
  }
}

/** The most lines one cell may take: a units cell lists one unit a line, twenty and more in a city's list. */
const MAX_CELL_LINES = 24;

const EMPTY_PENALTY: Readonly<Record<ColumnKind, number>> = {
  seq: 0,
  task: -4,
  lead: -1.5,
  units: -1.5,
  leader: -0.4,
  co: -0.3,
  deadline: -0.4,
  progress: -0.1,
  note: -0.1,
  target: -0.1,
  other: -0.1,
};

/** An empty name cell (the first of two task columns): merged over rows, so barely a cost. */
const MERGED_NAME_PENALTY = -0.5;

/** True when a cell is only names of units (市住建局、市商务局; A牵头,B配合), one line or several. */
const unitNames = (cell: readonly string[]): boolean =>
  cell.every((p) => {
    const names = splitUnitList(p);
    return (names.length > 0 && names.every(isUnitLike)) || cellRoles(p) !== null;
  });

/** A name cell is one short line, never a sentence (a task's text ends in 。). */
const nameLike = (cell: readonly string[]): boolean =>
  cell.length === 1 &&
  (cell[0] as string).trim().length <= 25 &&
  !/[。;；]$/.test((cell[0] as string).trim());

/**
 * Distributes a row's lines over its columns, in order, each column taking zero or more consecutive lines,
 * so that the total fit is best (dynamic programming; rows are short).
 */
export function alignCells(columns: readonly ColumnKind[], parts: readonly string[]): string[] {
  const n = parts.length;
  const m = columns.length;
  const NEG = -1e9;
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(NEG));
  const take: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  (best[0] as number[])[0] = 0;
  const unitsAfter = columns.map((_, c) => columns.slice(c + 1).some(isUnitColumn));
  // A name column right before the task's (名称 / 工作任务, 重点工作 / 具体措施, 事项 / 工作目标 read as the target) is
  // often merged over the rows under its first: a row that leaves it out is one cell short, not a row whose task
  // moved into the name's place.
  const beforeText = (c: number): boolean => columns[c + 1] === "task" || columns[c + 1] === "target";
  const empty = columns.map((kind, c) =>
    kind === "task" && beforeText(c) ? MERGED_NAME_PENALTY : EMPTY_PENALTY[kind],
  );
  const named = columns.map((kind, c) => kind === "task" && beforeText(c));
  for (let c = 1; c <= m; c++) {
    const kind = columns[c - 1] as ColumnKind;
    for (let i = 0; i <= n; i++) {
      for (let k = 0; k <= Math.min(i, MAX_CELL_LINES); k++) {
        const prev = (best[c - 1] as number[])[i - k] as number;
        if (prev === NEG) continue;
        const cell = parts.slice(i - k, i);
        const score =
          prev +
          (k === 0 ? (empty[c - 1] as number) : fit(kind, cell, unitsAfter[c - 1] === true)) -
          (k > 0 && named[c - 1] && !nameLike(cell) ? 1.5 : 0) +
          // A name is short by nature (暑期托管服务): as good a name as a long one — unless the line after it is
          // a figure (粮食总产量 / 亿斤: then it is the content, its name merged above).
          (k > 0 &&
          named[c - 1] &&
          nameLike(cell) &&
          (cell[0] as string).trim().length < 8 &&
          !FIGURE_CELL.test((parts[i] ?? "").trim())
            ? 1.5
            : 0) -
          // The content after a name is the task's words, never only unit names (those are the units cell).
          (k > 0 && named[c - 2] && unitsAfter[c - 1] && unitNames(cell) ? 2 : 0);
        if (score > ((best[c] as number[])[i] as number)) {
          (best[c] as number[])[i] = score;
          (take[c] as number[])[i] = k;
        }
      }
    }
  }
  const out = new Array<string>(m).fill("");
  let i = n;
  for (let c = m; c >= 1; c--) {
    const k = (take[c] as number[])[i] as number;
    const cell = parts.slice(i - k, i);
    const marked = k === 1 && columns[c - 1] !== "task" && EMPTY_CELL.test((cell[0] as string).trim());
    const leaders = columns[c - 1] === "leader" && namesOnLines(cell);
    out[c - 1] = marked
      ? ""
      : cell.join(
          (columns[c - 1] === "task" || columns[c - 1] === "target" || columns[c - 1] === "leader") &&
            !leaders
            ? ""
            : "、",
        );
    i -= k;
  }
  if (i > 0) {
    // More lines than the columns could hold: keep them in the task cell rather than lose them.
    const t = columns.indexOf("task");
    if (t >= 0) out[t] = parts.slice(0, i).join("") + out[t];
  }
  return out;
}
