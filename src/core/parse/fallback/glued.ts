/**
 * A table whose cell borders were all lost (a .docx copied as text): 序号项目名称主要内容区政府分管领导牵头单位配合单位
 * on one line, then the rows run together — 1增加教育资源供给实施…4580个。何海平教育局经开区各街道2促进就业…. Read
 * only where the columns can be told apart: a header of task columns, at most one leader column and unit
 * columns; each row its number, its text up to a full stop, a person's name, then names that each end like
 * an organisation. Anything else is left unread (the `cells-glued` finding asks for the .docx).
 */

import type { SourceLine } from "../../text/lines";
import { fold } from "../../text/fold";
import { endsLikeUnit, isUnitLike, isCollective } from "../splitUnits";
import { GLUED_COLUMN, SURNAME, type ColumnKind } from "../vocabulary";
import { columnKind } from "../tableHeader";
import type { RowTask } from "./rowTask";

/** A row read from a glued table: its number, sub-row index (3.1, 3.2) and task. */
export type GluedTask = RowTask & { readonly no: number; readonly sub: number | null };

// A page counter of a document-sharing site at a line's start (1、 2、 …), not part of the text.
const PAGE_MARK = /^(\d{1,3})、/;
// Words a task's text starts with: never the start of a unit's name.
const TASK_START =
  /^(推进|推动|完成|实施|开展|建设|新建|新增|改造|提升|加强|加快|落实|优化|深化|启动|组织|支持|建成|打造|实现|促进|提供|开工|全面|持续|做好|抓好|对|为|在)/;
// A bare organ with no place of its own (管委会, 人民政府): a unit only after a place.
const BARE_ORGAN = /^(管委会|人民政府|政府|党工委|办公室|委员会|办事处)$/;
// Ends of names after which a further name may start (教育局|经开区).
const STRONG_END = /(局|委|办|厅|院|中心|公司|街道|镇|乡|区|县|市|部|所|站|队)$/;

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
        // Words between two names: a leader column (区政府分管领导), else not a header this reader knows.
        if (columnKind(gap) !== "leader") return null;
        columns.push("leader");
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
  const units = columns.filter((k) => k === "lead" || k === "co" || k === "units");
  const ok =
    gap === "" &&
    columns[0] === "seq" &&
    columns.includes("task") &&
    units.length > 0 &&
    columns.every((k) => ["seq", "task", "leader", "lead", "co", "units"].includes(k)) &&
    columns.lastIndexOf("task") <
      columns.findIndex((k) => k === "leader" || k === "lead" || k === "co" || k === "units");
  return ok ? { columns, end: p, start } : null;
}

/** Reads every task of a glued table in the lines; empty when any part of it cannot be told apart. */
export function readGlued(lines: readonly SourceLine[]): { tasks: GluedTask[]; line: number } | null {
  const at = lines.findIndex((l) => gluedHeader(l.text) !== null);
  if (at < 0) return null;
  const first = lines[at] as SourceLine;
  const header = gluedHeader(first.text) as NonNullable<ReturnType<typeof gluedHeader>>;
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
      const row = readRow(body, p, hasLeader, known, no);
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
      if (!readRow(body, p, hasLeader, known, no)) {
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
): { text: string; leader: string | null; units: string[]; end: number } | null {
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

/** A person's name (2 or 3 characters) when the header has a leader column, then one or more unit names. */
function readCells(
  body: string,
  p: number,
  hasLeader: boolean,
  known: ReadonlySet<string>,
  endsWell: (end: number) => boolean,
): { leader: string | null; units: string[]; end: number } | null {
  let best: { leader: string | null; units: string[]; end: number; cost: number } | null = null;
  for (const len of hasLeader ? [3, 2] : [0]) {
    const leader = len > 0 ? body.slice(p, p + len) : null;
    if (leader !== null && !(/^[\p{Script=Han}]{2,3}$/u.test(leader) && SURNAME.test(leader))) continue;
    const units = splitGlued(body, p + len, known, endsWell);
    if (units && units.names.length > 0 && (!best || units.cost < best.cost))
      best = { leader, units: units.names, end: units.end, cost: units.cost };
  }
  return best;
}

/**
 * Unit names run together from `p` (教育局经开区高新园(邹区镇)各街道), split where each ends like an organisation:
 * the cheapest split, names of 3 to 6 characters preferred, a bare organ (管委会) only after a place.
 */
function splitGlued(
  body: string,
  p: number,
  known: ReadonlySet<string>,
  endsWell: (end: number) => boolean,
): { names: string[]; end: number; cost: number } | null {
  // The run of characters that may belong to names: no digits or sentence punctuation.
  const m = /^[^\d。,;:!?、“”"]{2,80}/u.exec(body.slice(p));
  if (!m) return null;
  const run = m[0];
  const best: Array<{ cost: number; names: string[] } | null> = new Array(run.length + 1).fill(null);
  best[0] = { cost: 0, names: [] };
  for (let i = 0; i < run.length; i++) {
    const from = best[i];
    if (!from) continue;
    for (let j = i + 2; j <= Math.min(run.length, i + 14); j++) {
      let name = run.slice(i, j);
      let end = j;
      // An alias in brackets after a name belongs to it: 高新园(邹区镇).
      const alias = /^\([^()]{1,10}\)/.exec(run.slice(j));
      if (alias) {
        name += alias[0];
        end = j + alias[0].length;
      }
      const cost = nameCost(name, from.names.length === 0, known);
      if (cost === null) continue;
      const total = from.cost + cost;
      if (!best[end] || (best[end] as { cost: number }).cost > total)
        best[end] = { cost: total, names: [...from.names, name] };
    }
  }
  // The longest run read as names whose rest starts a new row, a content row or the end.
  for (let end = run.length; end >= 2; end--) {
    const b = best[end];
    if (!b || b.names.length === 0 || !endsWell(p + end)) continue;
    return { names: b.names, end: p + end, cost: b.cost / b.names.length };
  }
  return null;
}

/** What one name costs in a split (null: not a name). */
function nameCost(name: string, first: boolean, known: ReadonlySet<string>): number | null {
  if (known.has(name)) return 0.5;
  if (!isUnitLike(name) || !endsLikeUnit(name) || TASK_START.test(name) || name.length < 3 || !balanced(name))
    return null;
  if (BARE_ORGAN.test(name) && first) return null;
  // A name never runs on into a task's words (轨道公司|推进大庙弄…).
  for (let k = 2; k < name.length - 1; k++)
    if (STRONG_END.test(name.slice(0, k)) && TASK_START.test(name.slice(k))) return null;
  let cost = 1 + (name.length > 6 ? (name.length - 6) * 0.5 : 0);
  if (BARE_ORGAN.test(name)) cost += 2;
  // Two names run into one (教育局|经开区, 育局|各街道): dearer than the two apart.
  for (let k = 2; k <= name.length - 2; k++)
    if (STRONG_END.test(name.slice(0, k)) && isUnitLike(name.slice(k)) && !BARE_ORGAN.test(name.slice(k))) {
      cost += 1.5;
      break;
    }
  return cost;
}

/** True when the name's brackets close: 高新园(邹区镇), never 高新园(邹区. */
function balanced(name: string): boolean {
  let depth = 0;
  for (const ch of name) {
    depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** A task of a glued row: the first unit leads, the others help. */
function gluedTask(
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
