/**
 * A matrix of targets by place whose items are its COLUMNS (a 民生实事 分工表 copied from a web page one cell a line):
 * a header row opening with the places' column (`地区`), over category cells merged above the items and one cell per
 * item (`城镇新增就业(人)`); a row opening with a units label (`责任单位`, or broken `责任` / `单位`) that gives each item
 * column its units; then a row per place (`全市`, `市本级`, `东坡区` …) of bare figures. Each item is a task; the first
 * place's row (the total, every column filled) tells how many items there are. A units cell merged over several
 * item columns is written once, so the units row may be shorter than the items: the flattening cannot show which cell
 * spans, and the first is taken to (the row filled from the right) — the `layout-generic` warning asks for a check.
 * A table of completion figures whose item columns name their departments with no units label is no breakdown: unread.
 */

import type { SourceLine } from "../../text/lines";
import { fold } from "../../text/fold";
import { emptyRoles } from "../roles";
import { endsLikeUnit, splitUnitList } from "../unitLike";
import { AREA_COLUMN, AREA_ROW, FALLBACK_UNIT_COLUMN } from "../vocabulary";
import { rolesTask, type ProseTask } from "./proseItems";

interface Cell {
  readonly text: string;
  readonly no: number;
}

// How many cells a header or a place's row may hold before the reading gives up (keeps it linear).
const MAX_CELLS = 40;

/** Reads the items of every such matrix in the lines (ids 1.1, 1.2 … for the first, 2.1 … for the next). */
export function readColumnItems(lines: readonly SourceLine[]): ProseTask[] {
  const cells: Cell[] = lines
    .filter((l) => l.text.trim() !== "")
    .map((l) => ({ text: l.text.trim(), no: l.no }));
  const out: ProseTask[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (!AREA_COLUMN.test(fold(at(cells, i)))) continue;
    const block = readBlock(
      cells,
      i,
      out.length === 0 ? 1 : Number(out[out.length - 1]?.id.split(".")[0]) + 1,
    );
    if (!block) continue;
    out.push(...block.tasks);
    i = block.next - 1;
  }
  return out;
}

const at = (cells: readonly Cell[], i: number): string => cells[i]?.text ?? "";

/** The cells a units label takes at i: 1 (`责任单位`), 2 (`责任` / `单位`), or 0. */
function unitsLabel(cells: readonly Cell[], i: number): number {
  const one = fold(at(cells, i));
  if (FALLBACK_UNIT_COLUMN.test(one)) return 1;
  return one.length <= 3 && FALLBACK_UNIT_COLUMN.test(one + fold(at(cells, i + 1))) ? 2 : 0;
}

/** A cell of unit names only (`市人力资源社会保障局、团市委`). */
function unitsCell(text: string): boolean {
  const names = splitUnitList(text);
  return names.length > 0 && names.every((n) => endsLikeUnit(n));
}

/** A figure of a place's row (2400, 4.3%以内, 0.1); other words (完成年度 / 目标任务) may be one cell broken. */
const FIGURE = /^[-+]?\d/;

/** A plain short cell at the header's start: a category merged over items (促进群众就业), never an item. */
const CATEGORY = /^[\u4e00-\u9fff]{2,8}$/;

/** The end of a header cell wrapped onto a line of its own: a few characters closing with its measure (培训(人)). */
const MEASURE_TAIL = /^[^()]{0,4}\([^()]{1,4}\)$/;

function readBlock(
  cells: readonly Cell[],
  start: number,
  blockNo: number,
): { tasks: ProseTask[]; next: number } | null {
  let i = start + 1;
  const header: Cell[] = [];
  while (i < cells.length && unitsLabel(cells, i) === 0) {
    if (header.length >= MAX_CELLS) return null;
    header.push(cells[i] as Cell);
    i++;
  }
  if (i >= cells.length) return null;
  i += unitsLabel(cells, i);
  const units: string[] = [];
  // (A place's row opens with its name, which may read as a group of units: 全市.)
  const place = (k: number): boolean => AREA_ROW.test(fold(at(cells, k)));
  while (i < cells.length && units.length < MAX_CELLS && !place(i) && unitsCell(at(cells, i)))
    units.push(at(cells, i++));
  // The first place's row: its figures count the item columns.
  if (units.length === 0 || !place(i)) return null;
  let columns = 0;
  let j = i + 1;
  for (let words = false; j < cells.length && j - i <= MAX_CELLS; j++) {
    const f = fold(at(cells, j));
    if (AREA_ROW.test(f) || AREA_COLUMN.test(f) || unitsLabel(cells, j) > 0) break;
    if (FIGURE.test(f)) [columns, words] = [columns + 1, false];
    else if (!words) [columns, words] = [columns + 1, true];
  }
  if (columns < 2 || units.length > columns) return null;
  const items = itemCells(header, columns);
  if (!items) return null;
  // A units cell merged over several columns is written once: the first, spanning what the others leave.
  const spans = columns - units.length + 1;
  const tasks = items.map((item, k) => {
    const roles = emptyRoles();
    roles.listed.push(...splitUnitList(units[Math.max(0, k - spans + 1)] as string));
    roles.matched = true;
    return rolesTask(`${blockNo}.${k + 1}`, item.text, [roles], {
      line: item.no,
      end: item.no,
      deadline: null,
    });
  });
  return { tasks, next: j };
}

/** The header's item cells, `count` of them: the categories before them left out, a cell wrapped in two joined. */
function itemCells(header: readonly Cell[], count: number): Cell[] | null {
  let first = 0;
  while (first < header.length && CATEGORY.test(fold(header[first]?.text ?? ""))) first++;
  // A short item at the start is an item, not a category, when the count needs it.
  first = Math.max(0, Math.min(first, header.length - count));
  const items: Cell[] = [];
  let extra = header.length - first - count;
  for (let k = first; k < header.length; k++) {
    const cell = header[k] as Cell;
    const last = items[items.length - 1];
    if (extra > 0 && last && !/\)$/.test(fold(last.text)) && MEASURE_TAIL.test(fold(cell.text))) {
      items[items.length - 1] = { text: last.text + cell.text, no: last.no };
      extra--;
    } else items.push(cell);
  }
  return items.length === count ? items : null;
}
