/**
 * The year's work in Excel (更新现有台账, 存档本期), through the same core as the command line: the ledger read
 * back in one read (two syncs), the update or snapshot computed in the core, the plan written by the shell —
 * a constant number of round trips whatever the ledger's size.
 */

import { readAbout } from "../core/ledger/about";
import { ledgerFromTables } from "../core/ledger/fromTables";
import type { LedgerModel } from "../core/ledger/types";
import type { Lang } from "../core/messages";
import type { LedgerSettings } from "../core/plan/types";
import { message } from "../core/messages";
import type { WorkbookPlan } from "../core/plan/types";
import type { ParsedDocument } from "../core/types";
import { readPeriod } from "../core/cycle/periods";
import { archivedRows, progressFromTable, snapshotRows, withSnapshot } from "../core/year/progress";
import { rewrittenProgressPlan } from "../core/workbook/progressPlan";
import { clipLongCells, longCellNote } from "../core/plan/longCells";
import { carriedContext, typedProgress, withTypedTargets } from "../core/workbook/carryLedger";
import { updateLedger } from "../core/year/updateLedger";
import { updatedPlan } from "../core/workbook/updatePlan";
import { revokedWhy } from "../core/year/revokedSheet";
import { changesNothing, doubtfulLines, updateReportLines } from "../core/year/updateText";
import type { ExcelShell } from "./excelShell";
import { commentsBefore, keepComments } from "./keptComments";
import type { LedgerServices } from "./services";

type Tables = Awaited<ReturnType<ExcelShell["readLedger"]>>;

/** What the year's services need from the Excel services around them. */
export interface YearContext {
  readonly shell: ExcelShell;
  readonly settingsFor: (tables: Tables) => Promise<LedgerSettings>;
  readonly today: () => string;
  readonly lang: Lang;
  /** The message when the workbook holds no ledger. */
  readonly noLedger: string;
  /** The message for a period that is not 2026-03 or 2026Q1. */
  readonly badPeriod: (period: string) => string;
  /** The note for a planned sheet a person's sheet held the name of, written as `used`. */
  readonly sheetRenamed: (wanted: string, used: string) => string;
}

/** The year's services: hasLedger, previewUpdate, applyUpdate, snapshot. */
export function yearServices(
  context: YearContext,
): Pick<LedgerServices, "hasLedger" | "previewUpdate" | "applyUpdate" | "snapshot"> {
  const { shell } = context;

  /**
   * The ledger as it is now, with its targets' actuals, progress rows and the tables as read; with `sources`,
   * the formulas and number formats typed in them, which an update writes back as the CLI does.
   */
  async function current(sources = false): Promise<{ tables: Tables; model: LedgerModel }> {
    const tables = await shell.readLedger({ sources });
    const read = ledgerFromTables(
      tables.tasks,
      tables.units,
      await context.settingsFor(tables),
      readAbout(tables.about ?? null),
    );
    if (!read) throw new Error(context.noLedger);
    return { tables, model: withTypedTargets(read, tables) };
  }

  /** The plan's notes (a formula written as its value, text kept as text) as the report's lines. */
  const planNotes = (plan: WorkbookPlan): string[] =>
    (plan.notes ?? []).map((n) => message(n.code, n.params, context.lang));

  const update = (tables: Tables, model: LedgerModel, parsed: ParsedDocument) =>
    updateLedger(model, typedProgress(tables), parsed, {
      tasks: tables.revoked ?? null,
      progress: tables.revokedProgress ?? null,
    });

  return {
    async hasLedger() {
      const tables = await shell.readLedger();
      return tables.tasks !== null;
    },

    async previewUpdate(parsed) {
      const { tables, model } = await current();
      const result = update(tables, model, parsed);
      return {
        lines: updateReportLines(model, result, context.lang, false),
        doubtful: doubtfulLines(model, result, context.lang),
        unchanged: changesNothing(model, result),
      };
    },

    async applyUpdate(parsed, progress, sourceFile = null) {
      const { tables, model } = await current(true);
      const result = update(tables, model, parsed);
      if (changesNothing(model, result)) return { sheets: 0, renamed: [], notes: [] };
      const updated = updatedPlan(
        { ...result, model: { ...result.model, ...(sourceFile ? { sourceFile } : {}) } },
        carriedContext(tables, {
          today: context.today(),
          why: revokedWhy(parsed.document, sourceFile),
          version: "pane",
          pivots: true,
        }),
      );
      // Excel holds 32,767 characters a cell, as in writeLedger: longer text is cut and each cut cell named.
      const { plan, long } = clipLongCells(updated);
      // Comments (批注) are read before the sheets holding them are made anew, and written again where their
      // cells now stand, as the command line keeps them (keptNotes.ts); null: this Excel cannot read them.
      const comments = await commentsBefore(shell);
      // Every generated sheet is rewritten from the updated ledger; people's own sheets stay.
      const written = await shell.applyPlan(plan, { replaceGenerated: true, progress });
      const cut = long.map((c) => longCellNote(c, context.lang));
      const kept = await keepComments(shell, context.lang, comments, { plan, renamed: written.renamed });
      // Formulas written as their values and text kept as text are named, as `taizhang update` names them.
      const notes = [...written.notes, ...planNotes(plan), ...kept, ...cut];
      return { sheets: written.sheets, renamed: written.renamed, notes };
    },

    async snapshot(period, replace, progress) {
      const read = readPeriod(period);
      if (!read) throw new Error(context.badPeriod(period));
      // With the formulas and number formats typed in 进展记录, which is written anew.
      const { tables, model } = await current(true);
      const existing = progressFromTable(tables.progress ?? null);
      const earlier = archivedRows(existing, read);
      if (earlier > 0 && !replace) return { alreadyArchived: earlier };
      const fresh = snapshotRows(model.tasks, read, context.today());
      const rows = withSnapshot(existing, fresh, read);
      // 进展记录 is made anew: its cells' formats, formulas and comments (批注) follow their rows; a replaced
      // period's rows' comments are named, and so is a formula written as its value.
      const plan = rewrittenProgressPlan(model, rows, tables.progress ?? null, "pane");
      const comments = await commentsBefore(shell);
      const kinds = ["progress"] as const;
      const written = await shell.applyPlan(plan, { onlyKinds: kinds, replaceGenerated: true, progress });
      const notes = [
        ...written.notes,
        ...planNotes(plan),
        ...written.renamed.map((r) => context.sheetRenamed(r.wanted, r.used)),
        ...(await keepComments(shell, context.lang, comments, {
          plan,
          kinds,
          renamed: written.renamed,
          command: "snapshot",
        })),
      ];
      return { archived: fresh.length, replaced: earlier, ...(notes.length > 0 ? { notes } : {}) };
    },
  };
}
