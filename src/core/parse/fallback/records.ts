/**
 * Vertical records: one task as rows `label: | value |` (重点工作: | 135.统筹… | / 牵头单位: | 市城管局 |),
 * the label naming a task column or a column of units; a value may start on the next line, also under a
 * line that is only the label (工作任务 / 新建停车场3处 / 牵头单位 / 县住建局).
 */

import type { SourceLine } from "../../text/lines";
import { readNumbering } from "../numbering";
import { emptyRoles, type Roles } from "../roles";
import { splitCells, unitsOfCell } from "./cells";
import { columnKind, isUnitColumn } from "./header";
import { proseTask, type ProseTask } from "./proseItems";

/**
 * The label and value of a `label: value` line, or null; a line that is only a label (工作任务, 牵头单位) has
 * its value on the next line.
 */
function labelled(text: string): { kind: NonNullable<ReturnType<typeof columnKind>>; value: string } | null {
  const cells = splitCells(text.replace(/^\s*\|/, ""));
  const first = cells[0] ?? "";
  const colon = /^(.{2,20}?)[::]\s*(.*)$/.exec(first);
  if (!colon) {
    const bare = cells.length === 1 && first.length <= BARE_LABEL ? columnKind(first) : null;
    const known = bare === "task" || bare === "deadline" || (bare !== null && isUnitColumn(bare));
    return known ? { kind: bare, value: "" } : null;
  }
  const kind = columnKind(colon[1] as string);
  if (kind === null) return null;
  return { kind, value: [colon[2] as string, ...cells.slice(1)].join(" ").trim() };
}

// The longest line that is only a label.
const BARE_LABEL = 8;

/** Reads the records of a document; a record without a unit is not a task. */
export function readRecords(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  let current: {
    id: string;
    line: number;
    end: number;
    text: string;
    roles: Roles[];
    deadline: string | null;
  } | null = null;
  const close = (): void => {
    if (!current) return;
    const task = proseTask(current.id, current.text, current.roles, current);
    if (task) out.push(task);
    current = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const field = line.text === "" ? null : labelled(line.text);
    if (!field) continue;
    let value = field.value.replace(/\|\s*$/, "").trim();
    let valueLine = line.no;
    if (!value) ({ value, line: valueLine } = nextValue(lines, i));
    if (field.kind === "task") {
      close();
      const num = readNumbering(value);
      const id = num ? String(num.n) : String(out.length + 1);
      const text = num ? value.slice(num.length).trim() : value;
      current = { id, line: line.no, end: valueLine, text, roles: [], deadline: null };
    } else if (current && field.kind === "deadline" && value) {
      current.deadline ??= value;
    } else if (current && isUnitColumn(field.kind)) {
      const units = unitsOfCell(value, new Set());
      if (!units) continue;
      const r = emptyRoles();
      r.matched = true;
      const into = field.kind === "lead" ? r.leads : field.kind === "co" ? r.coUnits : r.listed;
      for (const u of units) into.push(u);
      current.roles.push(r);
      current.end = valueLine;
    }
  }
  close();
  return out;
}

/** The first cell of the next non-empty line (a value written under its label) and its line; none when it is a label. */
function nextValue(lines: readonly SourceLine[], i: number): { value: string; line: number } {
  const here = (lines[i] as SourceLine).no;
  for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
    const next = lines[j] as SourceLine;
    if (next.text === "") continue;
    if (labelled(next.text)) return { value: "", line: here };
    return { value: splitCells(next.text)[0] ?? "", line: next.no };
  }
  return { value: "", line: here };
}
