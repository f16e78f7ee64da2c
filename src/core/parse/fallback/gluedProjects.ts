/**
 * A key-project table whose cell borders were all lost, run together on one line (a document site's preview):
 * 序号项目名称建设阶段总投资2009年计划投资项目业主牵头协调部门牵头区领导 then 1十陵景区项目加快建设43000020000市兴城公司
 * 区建设局王天刚郭代辉2…. The columns are told apart by the header's order: the project's name and text columns up
 * to the figures, then after the figures the owner, the units column and the leaders, each found by how it ends
 * (an owner and a unit end like organisations, a leader's name starts with a surname). A row that cannot be
 * told apart so is left without units (the excerpt's cut last row); no row read means no reading at all.
 */

import { fold } from "../../text/fold";
import type { SourceLine } from "../../text/lines";
import { isCollective } from "../splitUnits";
import { isUnitLike, splitUnitList } from "../unitLike";
import {
  COLUMN_NAMES,
  GLUED_UNIT_END,
  OWNER_COLUMN,
  RECORD_DETAIL_LABEL,
  SURNAME,
  type ColumnKind,
} from "../vocabulary";
import type { GluedTask } from "./glued";

/** Header cells of a project's details that hold no unit: its stage, nature, years, size, figures. */
const DETAIL = new RegExp(
  `^(?:${RECORD_DETAIL_LABEL}|建设(?:阶段|年限|周期|起止年限)|(?:\\d{4}年)?(?:计划|年度计划|年度)?(?:完成)?投资(?:额)?)$`,
);
/** A stage written after the project's name (加快建设, 新开工): a cell of its own, not the name's words. */
const STAGE =
  /(加快建设|续建|新建|新开工|力争开工|开工建设|开展前期工作|前期工作|前期|竣工投产|建成投用|竣工|储备)$/;
/** The row's figures: the last run of digits, points and dashes, with the names after it holding no digit. */
const FIGURES = /\d[\d.\-—–~]*(?=[^\d]*$)/;
/** A total row right after the header (合计 7089078737500): no project; the first row's number follows it. */
const TOTAL = /合计\s*[\d.]+(?:\s+[\d.]+)*\s+(?=1[^\d\s])/;
const OWNER_END = new RegExp(`(?:${GLUED_UNIT_END}|合作社|财团)$`);
/** A level's first character: a unit of the place (区建设局), never the end of an owner's name. */
const LEVEL_START = /^[省市区县州旗镇乡]/;

type Cell = ColumnKind | "owner";

/** The columns of a glued key-project header in `text`, where it starts and ends; null when none. */
export function gluedProjectHeader(text: string): { columns: Cell[]; start: number; end: number } | null {
  const f = fold(text).replace(/\s+/g, "");
  const start = f.indexOf("序号");
  if (start < 0) return null;
  const columns: Cell[] = ["seq"];
  let p = start + 2;
  while (p < f.length) {
    let found: { kind: Cell; len: number } | null = null;
    for (let len = Math.min(12, f.length - p); len >= 2 && !found; len--) {
      const cell = f.slice(p, p + len);
      const kind = OWNER_COLUMN.test(cell) ? "owner" : DETAIL.test(cell) ? "other" : wholeName(cell);
      if (kind !== null && kind !== "seq") found = { kind, len };
    }
    if (!found) break;
    columns.push(found.kind);
    p += found.len;
  }
  const units = columns.filter((k) => k === "lead" || k === "units");
  const after = columns.slice(columns.indexOf("task") + 1);
  // 项目名称, text or figures, then the owner, one units column and the leaders, in that order.
  const order: readonly Cell[] = ["owner", "lead", "units", "leader"];
  const tail = after.filter((k) => order.includes(k));
  const ok =
    columns[1] === "task" &&
    units.length === 1 &&
    !columns.includes("co") &&
    after.some((k) => k === "other") &&
    tail.every((k, i) => i === 0 || order.indexOf(k) > order.indexOf(tail[i - 1] as Cell)) &&
    after.slice(after.indexOf(tail[0] as Cell)).every((k) => tail.includes(k));
  return ok ? { columns, start, end: p } : null;
}

/** The kind of a whole column name (never of a run of words holding one: 项目名称建设阶段). */
function wholeName(cell: string): ColumnKind | null {
  return COLUMN_NAMES.find(({ re }) => re.test(cell))?.kind ?? null;
}

/** Reads the rows of a glued key-project table; null when there is none or no row can be read. */
export function readGluedProjects(lines: readonly SourceLine[]): { tasks: GluedTask[]; line: number } | null {
  const at = lines.findIndex((l) => gluedProjectHeader(l.text) !== null);
  if (at < 0) return null;
  const first = lines[at] as SourceLine;
  const header = gluedProjectHeader(first.text) as NonNullable<ReturnType<typeof gluedProjectHeader>>;
  // A total row (合计 7089078737500, figures set apart by spaces) is read away before the spaces go.
  const joined = lines
    .slice(at)
    .map((l) => fold(l.text).replace(TOTAL, "").replace(/\s+/g, ""))
    .join("");
  let body = joined.slice(header.end);
  const tasks: GluedTask[] = [];
  for (let no = 1; body.startsWith(String(no)) && !/^\d/.test(body.slice(String(no).length)); no++) {
    body = body.slice(String(no).length);
    const next = rowEnd(body, no + 1);
    tasks.push(projectRow(body.slice(0, next), header.columns, no, first.no));
    body = body.slice(next);
  }
  return tasks.some((t) => t.leads.length > 0) ? { tasks, line: first.no } : null;
}

/** Where row `n` starts in `body`: its bare number between a name's end and the next project's name. */
function rowEnd(body: string, n: number): number {
  const re = new RegExp(`(?<=[\\p{Script=Han})])${n}(?=[\\p{Script=Han}(“A-Za-z])`, "gu");
  const m = re.exec(body);
  return m ? m.index : body.length;
}

/** One row: the name (and the text columns after it) up to the figures, then owner, units and leaders. */
function projectRow(row: string, columns: readonly Cell[], no: number, line: number): GluedTask {
  // The figures are the last run of digits (with the years' dashes: 1200002024-2026) before the names; digits
  // inside the project's words (新建安置房500套。) stay its words.
  const figures = FIGURES.exec(row);
  const before = figures ? row.slice(0, figures.index) : row;
  const stage = columns.includes("other") ? STAGE.exec(before) : null;
  const name = stage && stage.index > 0 ? before.slice(0, stage.index) : before;
  const rest = figures ? row.slice(figures.index + figures[0].length) : "";
  const cells = rest ? tailCells(rest, columns) : null;
  const leads = cells?.lead ?? [];
  return {
    no,
    sub: null,
    text: cells?.owner ? `${name}(项目业主:${cells.owner})` : name,
    leads,
    coUnits: [],
    collectives: leads.filter(isCollective),
    deadline: null,
    leader: cells?.leader ?? null,
    leaderTitle: null,
    line,
  };
}

/**
 * The cells after the figures: the leaders' names at the end (each a surname and one or two characters), the
 * units before them, the owner before those — where the owner's name ends like an organisation and the unit
 * is one of the place (区建设局 after 市兴城公司; 区农发局 after …合作社, never 农发局 after …合作社区).
 */
function tailCells(
  rest: string,
  columns: readonly Cell[],
): { owner: string | null; lead: string[]; leader: string | null } | null {
  const hasOwner = columns.includes("owner");
  for (const names of columns.includes("leader") ? leaderSplits(rest) : [[]]) {
    const units = rest.slice(0, rest.length - names.join("").length);
    const leader = names.length > 0 ? names.join("、") : null;
    if (!hasOwner) {
      const lead = splitUnitList(units);
      if (lead.length > 0 && lead.every(isUnitLike)) return { owner: null, lead, leader };
      continue;
    }
    for (let k = 2; k < units.length - 2; k++) {
      const owner = units.slice(0, k);
      const lead = units.slice(k);
      if (OWNER_END.test(owner) && LEVEL_START.test(lead) && lead.length <= 12 && isUnitLike(lead))
        return { owner, lead: [lead], leader };
    }
  }
  return null;
}

/** The ways the end of `rest` splits into leaders' names (王天刚郭代辉 → 王天刚、郭代辉), most names first. */
function leaderSplits(rest: string): string[][] {
  const out: string[][] = [];
  const walk = (end: number, names: string[]): void => {
    if (names.length > 0) out.push([...names]);
    if (names.length >= 3) return;
    for (const len of [3, 2]) {
      const name = rest.slice(end - len, end);
      if (end - len > 0 && /^\p{Script=Han}+$/u.test(name) && SURNAME.test(name))
        walk(end - len, [name, ...names]);
    }
  };
  walk(rest.length, []);
  return out.sort((a, b) => b.length - a.length);
}
