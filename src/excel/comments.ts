/**
 * Comments (批注) in the open workbook, for the writes that delete and recreate sheets (更新现有台账): read before,
 * written again where core places them after. Excel's comments API is ExcelApi 1.10; without it the shell says
 * so (null) and writes none.
 */

import type { CellNote } from "../core/workbook/keptNotes";
import { a1 } from "../core/plan/formulas";
import { asOwnWrite, runExcel } from "./run";

/** The comments API's requirement set. */
const COMMENTS_API = "1.10";

/** True when the running Excel has the comments API. */
export function commentsSupported(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", COMMENTS_API);
}

/** 0-based column of A1 letters. */
function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * A cell's sheet and place from the address Excel gives ("任务台账!K5", "'My sheet'!$K$5"), or null.
 * @example cellOfAddress("'A ''b'''!$K$5") → { sheet: "A 'b'", row: 4, col: 10 }
 */
export function cellOfAddress(address: string): { sheet: string; row: number; col: number } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]{1,3})\$?(\d+)(?::.*)?$/.exec(address);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string);
  return { sheet, row: Number(m[4]) - 1, col: columnOf(m[3] as string) };
}

/** A sheet name as an address takes it: quoted, its quotes doubled. */
const quoted = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

/**
 * Every comment of the workbook with its cell (two round trips: the comments, then their cells), or null when
 * this Excel has no comments API (ExcelApi 1.10).
 */
export async function readComments(): Promise<CellNote[] | null> {
  if (!commentsSupported()) return null;
  return runExcel(async (context) => {
    const comments = context.workbook.comments;
    comments.load("items/content");
    await context.sync();
    const places = comments.items.map((c) => {
      const range = c.getLocation();
      range.load("address");
      return range;
    });
    await context.sync();
    return comments.items.flatMap((c, i): CellNote[] => {
      const cell = cellOfAddress(places[i]?.address ?? "");
      const text = c.content ?? "";
      return cell && text.trim() !== "" ? [{ ...cell, text, note: text }] : [];
    });
  });
}

/** Writes comments on their cells in one round trip; nothing without the comments API or comments. */
export async function addComments(notes: readonly CellNote[]): Promise<void> {
  if (notes.length === 0 || !commentsSupported()) return;
  await asOwnWrite(() =>
    runExcel(async (context) => {
      for (const n of notes) context.workbook.comments.add(`${quoted(n.sheet)}!${a1(n.row, n.col)}`, n.text);
      await context.sync();
    }),
  );
}
