/**
 * Vertical records: one task as rows `label: | value |` (重点工作: | 135.统筹… | / 牵头单位: | 市城管局 |),
 * the label naming a task column or a column of units; a value may start on the next line.
 */

import type { SourceLine } from "../../text/lines";
import { readNumbering } from "../numbering";
import { emptyRoles, resolveRoles, type Roles } from "../roles";
import { isCollective } from "../splitUnits";
import { splitCells, unitsOfCell } from "./cells";
import { columnKind, isUnitColumn } from "./header";
import type { ProseTask } from "./proseItems";

/** The label and value of a `label: value` line, or null. */
function labelled(text: string): { kind: NonNullable<ReturnType<typeof columnKind>>; value: string } | null {
  const cells = splitCells(text.replace(/^\s*\|/, ""));
  const first = cells[0] ?? "";
  const colon = /^(.{2,20}?)[::]\s*(.*)$/.exec(first);
  if (!colon) return null;
  const kind = columnKind(colon[1] as string);
  if (kind === null) return null;
  return { kind, value: [colon[2] as string, ...cells.slice(1)].join(" ").trim() };
}

/** Reads the records of a document; a record without a unit is not a task. */
export function readRecords(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  let current: { id: string; line: number; text: string; roles: Roles[] } | null = null;
  const close = (): void => {
    if (!current) return;
    const { leads, coUnits } = resolveRoles(current.roles);
    if (leads.length + coUnits.length > 0)
      out.push({
        id: current.id,
        text: current.text,
        leads,
        coUnits,
        collectives: [...leads, ...coUnits].filter(isCollective),
        deadline: null,
        leader: null,
        leaderTitle: null,
        line: current.line,
      });
    current = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const field = line.text === "" ? null : labelled(line.text);
    if (!field) continue;
    let value = field.value.replace(/\|\s*$/, "").trim();
    if (!value) value = nextValue(lines, i);
    if (field.kind === "task") {
      close();
      const num = readNumbering(value);
      const id = num ? String(num.n) : String(out.length + 1);
      current = { id, line: line.no, text: num ? value.slice(num.length).trim() : value, roles: [] };
    } else if (current && isUnitColumn(field.kind)) {
      const units = unitsOfCell(value, new Set());
      if (!units) continue;
      const r = emptyRoles();
      r.matched = true;
      const into = field.kind === "lead" ? r.leads : field.kind === "co" ? r.coUnits : r.listed;
      for (const u of units) into.push(u);
      current.roles.push(r);
    }
  }
  close();
  return out;
}

/** The first cell of the next non-empty line (a value written under its label). */
function nextValue(lines: readonly SourceLine[], i: number): string {
  for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
    const text = (lines[j] as SourceLine).text;
    if (text !== "") return splitCells(text)[0] ?? "";
  }
  return "";
}
