/**
 * A table whose cell borders were all lost (a .docx copied as text): 序号项目名称主要内容区政府分管领导牵头单位配合单位
 * on one line, then the rows run together — 1增加教育资源供给实施…4580个。何海平教育局经开区各街道2促进就业…. Read
 * only where the columns can be told apart: a header of task columns, at most one leader column and unit
 * columns; each row its number, its text up to a full stop, a person's name, then names that each end like
 * an organisation. Anything else is left unread (the `cells-glued` finding asks for the .docx).
 */

import type { SourceLine } from "../../text/lines";
import { fold } from "../../text/fold";
import { isCollective } from "../splitUnits";
import { isUnitLike } from "../unitLike";
import { splitGlued } from "./gluedUnits";
import { GLUED_COLUMN, SURNAME, type ColumnKind } from "../vocabulary";
import { columnKind } from "../tableHeader";
import type { RowTask } from "./rowTask";

/** A row read from a glued table: its number, sub-row index (3.1, 3.2) and task. */
export type GluedTask = RowTask & { readonly no: number; readonly sub: number | null };

// A page counter of a document-sharing site at a line's start (1、 2、 …), not part of the text.
const PAGE_MARK = /^(\d{1,3})、/;
/** The columns of a glued header line, or null when the line holds none. */
export function gluedHeader(text: string): { columns: ColumnKind[]; end: number; start: number } | null {
  const f = fold(text).replace(/\s+/g, "");
  const start = f.indexOf("序号");
  if (start < 0) return null;
  const columns: ColumnKind[] = [];
  let p = start;
  let gap = "";
  while (p < f.length) {
    const m = new RegExp(`^(?:${GLUED_COLUMN})`).exec(f.slice(p));
    if (m) {
      if (gap !== "") {
        // Words between two names: a leader column (区政府分管领导), a progress column after the task's
        // (工作推进情况), else not a header this reader knows.
        // A task column named in other words (重点督办内容) before any task column is one too.
        const kind = columnKind(gap);
        const task =
          kind === "task" && !columns.includes("task") && gap.length <= 8 && !/类别|分类|领域/.test(gap);
        if (kind !== "leader" && !task && !(kind === "progress" && columns[columns.length - 1] === "task"))
          return null;
        columns.push(kind);
        gap = "";
      }
      columns.push(columnKind(m[0]) ?? "other");
      p += m[0].length;
      continue;
    }
    if (columns.length >= 3 && gap === "" && /^\d/.test(f.slice(p))) break;
    gap += f[p];
    p++;
    if (gap.length > 10) break;
  }
  // A progress column last, after the units (全年完成情况): its text follows each row's names.
  const last = /^[^\d]{0,6}(?:情况|进展|进度)/.exec(gap);
  if (last && columnKind(last[0]) === "progress" && isUnitKind(columns[columns.length - 1])) {
    columns.push("progress");
    p -= gap.length - last[0].length;
    gap = "";
  }
  const units = columns.filter(isUnitKind);
  const ok =
    gap === "" &&
    columns[0] === "seq" &&
    columns.includes("task") &&
    units.length > 0 &&
    columns.every((k) => ["seq", "task", "progress", "leader", "lead", "co", "units"].includes(k)) &&
    columns.lastIndexOf("task") <
      columns.findIndex((k) => k === "leader" || k === "lead" || k === "co" || k === "units");
  return ok ? { columns, end: p, start } : null;
}

/** True for a column of units. */
export function isUnitKind(kind: ColumnKind | undefined): boolean {
  return kind === "lead" || kind === "co" || kind === "units";
}

/** True when the header's last column is a progress column after its units (read by gluedProgress.ts). */
export function progressLast(columns: readonly ColumnKind[]): boolean {
  return columns[columns.length - 1] === "progress" && isUnitKind(columns[columns.length - 2]);
}

/** Reads every task of a glued table in the lines; empty when any part of it cannot be told apart. */
export function readGlued(lines: readonly SourceLine[]): { tasks: GluedTask[]; line: number } | null {
  const at = lines.findIndex((l) => gluedHeader(l.text) !== null);
  if (at < 0) return null;
  const first = lines[at] as SourceLine;
  const header = gluedHeader(first.text) as NonNullable<ReturnType<typeof gluedHeader>>;
  if (progressLast(header.columns)) return null;
  const body = joinPages(lines.slice(at), fold(first.text).replace(/\s+/g, "").slice(0, header.start));
  const tasks = readRows(body.slice(header.end), header.columns, first.no);
  return tasks && tasks.length >= 2 ? { tasks, line: first.no } : null;
}

/** The lines from the header on, run together, with a sharing site's page counters (2、 3、 …) dropped. */
function joinPages(lines: readonly SourceLine[], before: string): string {
  let page = PAGE_MARK.exec(before) ? Number((PAGE_MARK.exec(before) as RegExpExecArray)[1]) : null;
  return lines
    .map((l, k) => {
      const f = fold(l.text).replace(/\s+/g, "");
      if (k === 0 || page === null) return f;
      const m = PAGE_MARK.exec(f);
      if (!m || Number(m[1]) !== page + 1) return f;
      page++;
      return f.slice(m[0].length);
    })
    .join("");
}

/** The rows of a glued body: null as soon as one cannot be read. */
function readRows(body: string, columns: readonly ColumnKind[], line: number): GluedTask[] | null {
  const hasLeader = columns.includes("leader");
  const hasProgress = columns.includes("progress");
  const repeat = new RegExp(`^序号(?:${GLUED_COLUMN}|[^\\d]{0,10}?领导)+`);
  const tasks: GluedTask[] = [];
  const known = new Set<string>();
  let p = 0;
  let no = 0;
  while (p < body.length) {
    const r = repeat.exec(body.slice(p));
    if (r) {
      p += r[0].length;
      continue;
    }
    const num = new RegExp(`^${no + 1}(?!\\d)`).exec(body.slice(p));
    if (!num) return tasks.length > 0 && tasks[tasks.length - 1]?.leads.length === 0 ? tasks : null;
    no++;
    p += num[0].length;
    let sub = 0;
    for (;;) {
      const row = readRow(body, p, hasLeader, known, no, hasProgress);
      if (!row) {
        // The text runs to the end (the excerpt ends) or to the next row with no cells: cut short.
        const next = nextRow(body, p, no + 1, repeat);
        tasks.push(gluedTask(body.slice(p, next), [], null, no, null, line));
        p = next;
        break;
      }
      sub++;
      tasks.push(gluedTask(row.text, row.units, row.leader, no, sub, line));
      p = row.end;
      if (
        p >= body.length ||
        new RegExp(`^${no + 1}(?!\\d)`).test(body.slice(p)) ||
        repeat.test(body.slice(p))
      )
        break;
      // More text after the cells: a content row of its own cells (3.1, 3.2), or lines merged into this row.
      if (!readRow(body, p, hasLeader, known, no, hasProgress)) {
        const next = nextRow(body, p, no + 1, repeat);
        const last = tasks[tasks.length - 1] as GluedTask;
        tasks[tasks.length - 1] = { ...last, text: last.text + body.slice(p, next) };
        p = next;
        break;
      }
    }
  }
  // Numbers of content rows: 3.1, 3.2 only where a row holds several; a row of one keeps its own number.
  return tasks.map((t) =>
    t.sub !== null && tasks.filter((u) => u.no === t.no).length === 1 ? { ...t, sub: null } : t,
  );
}

/** Where the next row (its number) or a repeated header starts after `p`, else the body's end. */
function nextRow(body: string, p: number, n: number, repeat: RegExp): number {
  for (let q = p; q < body.length; q++) {
    const rest = body.slice(q);
    if (repeat.test(rest)) return q;
    if (new RegExp(`^${n}(?!\\d)`).test(rest) && /[。;)”]$/.test(body.slice(Math.max(p, q - 12), q)))
      return q;
    if (new RegExp(`^${n}(?!\\d)`).test(rest) && isUnitLike(body.slice(Math.max(p, q - 6), q))) return q;
  }
  return body.length;
}

/** A row's text to a full stop, then its cells: the first full stop after which cells can be read. */
function readRow(
  body: string,
  p: number,
  hasLeader: boolean,
  known: Set<string>,
  no: number,
  progress = false,
): { text: string; leader: string | null; units: string[]; end: number } | null {
  if (progress) return progressRow(body, p, hasLeader, known, no);
  // The cells end at the next row, the end, or text that is no figure (a content row, merged lines).
  const next = new RegExp(`^${no + 1}(?!\\d)`);
  const endsWell = (end: number): boolean => {
    const after = body.slice(end);
    return after === "" || next.test(after) || !/^\d/.test(after);
  };
  for (let stop = body.indexOf("。", p); stop >= 0; stop = body.indexOf("。", stop + 1)) {
    const cells = readCells(body, stop + 1, hasLeader, known, endsWell);
    if (!cells) continue;
    for (const u of cells.units) known.add(u);
    return { text: body.slice(p, stop + 1), leader: cells.leader, units: cells.units, end: cells.end };
  }
  return null;
}

/**
 * A row with a progress cell after the task's: the task's text to its first full stop, the progress to a
 * stop (。 , ;) after which the rest of the row, to the next row's number, is the row's names.
 */
function progressRow(
  body: string,
  p: number,
  hasLeader: boolean,
  known: Set<string>,
  no: number,
): { text: string; leader: string | null; units: string[]; end: number } | null {
  const next = new RegExp(`^${no + 1}(?!\\d)`);
  const endsRow = (end: number): boolean => end === body.length || next.test(body.slice(end));
  const textEnd = body.indexOf("。", p);
  if (textEnd < 0) return null;
  const rowEnd = nextRow(body, p, no + 1, /^序号/);
  for (let stop = textEnd; stop >= 0 && stop < rowEnd; stop = nextStop(body, stop + 1)) {
    const cells = readCells(body, stop + 1, hasLeader, known, endsRow, true);
    if (!cells) continue;
    for (const u of cells.units) known.add(u);
    return { text: body.slice(p, textEnd + 1), leader: cells.leader, units: cells.units, end: cells.end };
  }
  return null;
}

/** The next 。 , or ; at or after `from`, or -1. */
function nextStop(body: string, from: number): number {
  const m = /[。,;]/.exec(body.slice(from));
  return m ? from + m.index : -1;
}

/** A person's name (2 or 3 characters) when the header has a leader column, then one or more unit names. */
function readCells(
  body: string,
  p: number,
  hasLeader: boolean,
  known: ReadonlySet<string>,
  endsWell: (end: number) => boolean,
  listed = false,
): { leader: string | null; units: string[]; end: number } | null {
  let best: { leader: string | null; units: string[]; end: number; cost: number } | null = null;
  for (const len of hasLeader ? [3, 2] : [0]) {
    const leader = len > 0 ? body.slice(p, p + len) : null;
    if (leader !== null && !(/^[\p{Script=Han}]{2,3}$/u.test(leader) && SURNAME.test(leader))) continue;
    const units = splitGlued(body, p + len, known, endsWell, listed);
    if (units && units.names.length > 0 && (!best || units.cost < best.cost))
      best = { leader, units: units.names, end: units.end, cost: units.cost };
  }
  return best;
}

/** A task of a glued row: the first unit leads, the others help. */
export function gluedTask(
  text: string,
  units: readonly string[],
  leader: string | null,
  no: number,
  sub: number | null,
  line: number,
): GluedTask {
  const [lead, ...co] = units;
  return {
    no,
    sub,
    text,
    leads: lead ? [lead] : [],
    coUnits: co,
    collectives: units.filter(isCollective),
    deadline: null,
    leader,
    leaderTitle: null,
    line,
  };
}
