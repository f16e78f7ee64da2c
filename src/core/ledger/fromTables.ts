/** The ledger as clerks left it: read back from the `Tasks` and `Units` tables, wherever they now sit. */

import { dateToSerial, readDate, serialToDate } from "../plan/settings";
import type { LedgerSettings } from "../plan/types";
import type { LedgerTable, LedgerValue } from "../types";
import { registryFromTable } from "../units/registryIo";
import type { Registry } from "../units/types";
import { readAbout, type About } from "./about";
import { TASK_COLUMNS, type KeptCell, type LedgerModel, type LedgerTask } from "./types";
import type { CellSource } from "../types";
import { keptFieldText } from "./keptCells";
import { readNumberText, trimmedText } from "../text/cellText";
import { LIGHT_COLUMN, RATE_COLUMN } from "../cycle/lights";

const text = trimmedText;

/** Headers the model reads into fields of its own; others are kept in `extra`. */
const OWN: ReadonlySet<string> = new Set([...TASK_COLUMNS.map(([h]) => h), RATE_COLUMN, LIGHT_COLUMN]);

/** What a 截止日期 cell holds: a date (ISO), a value that is no date (as the clerk sees it), or nothing. */
export type DueCell = { readonly date: string } | { readonly unreadable: string } | null;

/**
 * Reads a 截止日期 cell: a date cell, a serial number (the column is a date column), or text that writes a whole
 * date (2020-06-30, 2020/6/30, 2020年6月30日); other text (6月底前, 2020年13月45日, 明年) is unreadable.
 * @example readDueCell("2020/6/30") → { date: "2020-06-30" }; readDueCell("明年") → { unreadable: "明年" }
 */
export function readDueCell(v: LedgerValue | undefined): DueCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "object") return "date" in v ? { date: v.date } : null;
  if (typeof v === "number") return v > 0 ? { date: serialToDate(v) } : { unreadable: String(v) };
  const written = String(v).trim();
  if (written === "") return null;
  const date = readDate(written);
  return date ? { date } : { unreadable: written };
}

/** A 截止日期 cell as an ISO date, or null when it holds none. */
function dueOf(v: LedgerValue | undefined): string | null {
  const cell = readDueCell(v);
  return cell && "date" in cell ? cell.date : null;
}

/** `dueWritten` for a 截止日期 cell of text that reads as a date (2020.3.5); nothing for any other cell. */
function dueWrittenOf(v: LedgerValue | undefined): { dueWritten?: string } {
  return typeof v === "string" && dueOf(v) !== null ? { dueWritten: v.trim() } : {};
}

/**
 * The cell of a row to keep as typed, where its field cannot say it: a formula (with its cached value), text
 * in 截止日期 that is no date or in 完成进度(%) that is no number, a number with a format of its own there, and a
 * number or date in a text column. `read` is the field's text as read. Null where the field says it all.
 */
function keptCell(
  header: string,
  v: LedgerValue | undefined,
  source: CellSource | undefined,
  read: string,
): KeptCell | null {
  const numFmt = source?.numFmt ? { numFmt: source.numFmt } : {};
  if (source?.formula !== undefined) {
    const result: string | number =
      typeof v === "string" || typeof v === "number"
        ? v
        : typeof v === "boolean"
          ? String(v).toUpperCase()
          : v && "date" in v
            ? dateToSerial(v.date)
            : "";
    return { value: { formula: source.formula, result }, ...numFmt, read };
  }
  if (v === null || v === undefined || typeof v === "boolean") return null;
  if (header === "截止日期") {
    const due = readDueCell(v);
    if (due && "unreadable" in due) return { value: typeof v === "number" ? v : String(v), read };
    return null;
  }
  if (header === RATE_COLUMN) {
    if (typeof v === "string" && read === "" && v.trim() !== "") return { value: v, read };
    return typeof v === "number" && source?.numFmt ? { value: v, ...numFmt, read } : null;
  }
  // A text column: a number or a date stays one (the column's text format would show a date as its serial).
  if (typeof v === "number") return { value: v, ...numFmt, read };
  if (typeof v === "object" && "date" in v)
    return { value: { date: v.date }, numFmt: source?.numFmt ?? "yyyy-mm-dd", read };
  return null;
}

/**
 * Reads the tasks and the registry back, with where the ledger came from (the About table of 说明).
 * Columns are found by their header text, so clerks may reorder or add columns; a missing column reads as
 * empty (the checks report it). Returns null without a Tasks table.
 */
export function ledgerFromTables(
  tasks: LedgerTable | null,
  units: LedgerTable | null,
  settings: LedgerSettings,
  about: About = readAbout(null),
): LedgerModel | null {
  if (!tasks) return null;
  const index = new Map(tasks.header.map((h, i) => [String(h).trim(), i]));
  const rows: LedgerTask[] = [];
  tasks.rows.forEach((row, i) => {
    if (row.every((v) => text(v) === "")) return;
    const field = (header: string): LedgerValue | undefined => {
      const i = index.get(header);
      return i === undefined ? undefined : row[i];
    };
    const entry = Object.fromEntries(
      TASK_COLUMNS.map(([header, key]) => [key, text(field(header))]),
    ) as Record<(typeof TASK_COLUMNS)[number][1], string>;
    const rate = field(RATE_COLUMN);
    // Every other column (责任人 …, or one the clerk added), kept by header.
    const extra = Object.fromEntries(
      tasks.header.flatMap((h, i) =>
        OWN.has(String(h).trim()) || String(h).trim() === "" ? [] : [[String(h).trim(), text(row[i])]],
      ),
    );
    const task: LedgerTask = {
      ...entry,
      due: dueOf(field("截止日期")),
      ...dueWrittenOf(field("截止日期")),
      ...(Object.keys(extra).length > 0 ? { extra } : {}),
      rate: typeof rate === "number" ? rate : readNumberText(text(rate)),
    };
    // What the fields cannot say (a formula, 6月底前 in 截止日期, "50%" in 完成进度(%) …), kept to be written back.
    const sources = tasks.sources?.[i];
    const kept: Record<string, KeptCell> = {};
    tasks.header.forEach((h, k) => {
      const name = String(h).trim();
      if (name === "" || name === LIGHT_COLUMN || name in kept) return;
      const cell = keptCell(name, row[k], sources?.[k], keptFieldText(task, name));
      if (cell) kept[name] = cell;
    });
    rows.push({
      ...task,
      ...(Object.keys(kept).length > 0 ? { kept } : {}),
      row: tasks.top + 1 + i,
    });
  });
  const registry: Registry = units ? registryFromTable(units).registry : { units: [], suggestions: [] };
  return {
    tasks: rows,
    registry,
    settings,
    document: about.document,
    importedAt: about.importedAt ?? new Date().toISOString(),
    sourceFile: about.sourceFile,
  };
}
