/**
 * Comments (批注) through the pane's writes inside Excel that make sheets anew (更新现有台账, 存档本期, 汇总各单位报送,
 * 通报): read before the write (ExcelApi 1.10's workbook.comments, two round trips), written again after it where
 * the plan puts their cells (keptNotes.ts, one round trip), each one it could not keep named for the report, as
 * the command line names them. Without the comments API nothing can be read: the report says which sheets were
 * written anew, whose comments, if any, were not kept.
 */

import type { Lang } from "../core/messages";
import { a1 } from "../core/plan/formulas";
import type { SheetKind, WorkbookPlan } from "../core/plan/types";
import { noteLostLine, notesUnsupportedLine, placedNotes, type CellNote } from "../core/workbook/keptNotes";
import type { ExcelShell } from "./excelShell";

/** What keeping comments needs of the shell (absent in a shell without comments: nothing is said of them). */
export type CommentShell = Pick<ExcelShell, "readComments" | "addComments">;

/** Comments read before a write: the list, null when this Excel has no comments API, undefined without a shell for them. */
export type ReadComments = readonly CellNote[] | null | undefined;

/** Every comment of the workbook before a write (see ReadComments). */
export async function commentsBefore(shell: CommentShell): Promise<ReadComments> {
  return shell.readComments ? await shell.readComments() : undefined;
}

/** How a write went, for its comments. */
export interface WrittenAnew {
  /** The plan written. */
  readonly plan: WorkbookPlan;
  /** The kinds of its sheets written (all when absent). */
  readonly kinds?: readonly SheetKind[];
  /** Planned names a person's sheet held, written under another: that sheet and its comments stay. */
  readonly renamed: ReadonlyArray<{ readonly wanted: string; readonly used: string }>;
  /** The command line's command that keeps them, for an Excel without the comments API. */
  readonly command?: string;
  /**
   * The kinds of sheets whose comments, without the comments API, are said not to be kept (`kinds` when absent):
   * those a clerk types on (进展记录), not the tool's own (报送情况, 通报), as 生成 says nothing of those.
   */
  readonly typedKinds?: readonly SheetKind[];
}

/**
 * Writes `comments` (read before the write) where the write put their cells — on the sheet a planned one was
 * renamed to — and returns the report's lines for those it could not keep.
 */
export async function keepComments(
  shell: CommentShell,
  lang: Lang,
  comments: ReadComments,
  written: WrittenAnew,
): Promise<string[]> {
  const isZh = lang === "zh-CN";
  const kept = new Set(written.renamed.map((r) => r.wanted));
  // Only the sheets written anew: a planned sheet the write left alone (说明 beside 进展记录), or a person's
  // sheet that held a planned name, keeps its comments where they are.
  const sheets = written.plan.sheets.filter(
    (s) => (!written.kinds || written.kinds.includes(s.kind)) && !kept.has(s.name),
  );
  if (comments === undefined) return [];
  if (comments === null) {
    const typed = written.typedKinds ?? written.kinds;
    const named = typed ? sheets.filter((s) => typed.includes(s.kind)).map((s) => s.name) : [];
    if (typed && named.length === 0) return [];
    return [notesUnsupportedLine(isZh, named, written.command ?? "update")];
  }
  const { placed, lost } = placedNotes(comments, { ...written.plan, sheets });
  const to = new Map(written.renamed.map((r) => [r.wanted, r.used]));
  const moved = placed.map((n) => ({ ...n, sheet: to.get(n.sheet) ?? n.sheet }));
  try {
    await shell.addComments?.(moved);
  } catch {
    lost.push(...placed.map((n) => ({ cell: `${n.sheet}!${a1(n.row, n.col)}`, text: n.text })));
  }
  return lost.map((n) => noteLostLine(n, isZh));
}
