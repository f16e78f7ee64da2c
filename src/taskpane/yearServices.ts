/**
 * The year's work in Excel (更新现有台账, 存档本期), through the same core as the command line: the ledger read
 * back in one read (two syncs), the update or snapshot computed in the core, the plan written by the shell —
 * a constant number of round trips whatever the ledger's size.
 */

import { readAbout } from "../core/ledger/about";
import { ledgerFromTables } from "../core/ledger/fromTables";
import type { LedgerModel } from "../core/ledger/types";
import type { Lang } from "../core/messages";
import type { LedgerSettings, WorkbookPlan } from "../core/plan/types";
import { a1 } from "../core/plan/formulas";
import { noteLostLine, notesUnsupportedLine, placedNotes, type CellNote } from "../core/workbook/keptNotes";
import type { ParsedDocument } from "../core/types";
import { readPeriod } from "../core/cycle/periods";
import { archivedRows, progressFromTable, snapshotRows, withSnapshot } from "../core/year/progress";
import { progressPlan } from "../core/workbook/progressPlan";
import { clipLongCells, longCellNote } from "../core/plan/longCells";
import { carriedContext, typedProgress, withTypedTargets } from "../core/workbook/carryLedger";
import { updateLedger } from "../core/year/updateLedger";
import { updatedPlan } from "../core/workbook/updatePlan";
import { revokedWhy } from "../core/year/revokedSheet";
import { changesNothing, doubtfulLines, updateReportLines } from "../core/year/updateText";
import type { ExcelShell } from "./excelShell";
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

  /**
   * Writes the comments read before a write where `plan` puts their cells (on the sheet a planned one was
   * renamed to, where a person's sheet held its name); the report's lines for those it could not keep.
   */
  async function keepComments(
    comments: readonly CellNote[] | null | undefined,
    plan: WorkbookPlan,
    renamed: ReadonlyArray<{ readonly wanted: string; readonly used: string }>,
  ): Promise<string[]> {
    const isZh = context.lang === "zh-CN";
    if (comments === undefined) return [];
    if (comments === null) return [notesUnsupportedLine(isZh)];
    const { placed, lost } = placedNotes(comments, plan);
    const to = new Map(renamed.map((r) => [r.wanted, r.used]));
    const moved = placed.map((n) => ({ ...n, sheet: to.get(n.sheet) ?? n.sheet }));
    try {
      await shell.addComments?.(moved);
    } catch {
      lost.push(...placed.map((n) => ({ cell: `${n.sheet}!${a1(n.row, n.col)}`, text: n.text })));
    }
    return lost.map((n) => noteLostLine(n, isZh));
  }

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
      const comments = shell.readComments ? await shell.readComments() : undefined;
      // Every generated sheet is rewritten from the updated ledger; people's own sheets stay.
      const written = await shell.applyPlan(plan, { replaceGenerated: true, progress });
      const cut = long.map((c) => longCellNote(c, context.lang));
      const kept = await keepComments(comments, plan, written.renamed);
      return { sheets: written.sheets, renamed: written.renamed, notes: [...written.notes, ...kept, ...cut] };
    },

    async snapshot(period, replace, progress) {
      const read = readPeriod(period);
      if (!read) throw new Error(context.badPeriod(period));
      const { tables, model } = await current();
      const existing = progressFromTable(tables.progress ?? null);
      const earlier = archivedRows(existing, read);
      if (earlier > 0 && !replace) return { alreadyArchived: earlier };
      const fresh = snapshotRows(model.tasks, read, context.today());
      const plan = progressPlan(model, withSnapshot(existing, fresh, read), tables.progress?.header ?? null);
      await shell.applyPlan(plan, { onlyKinds: ["progress"], replaceGenerated: true, progress });
      return { archived: fresh.length, replaced: earlier };
    },
  };
}
