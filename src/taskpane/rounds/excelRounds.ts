/**
 * The round inside Excel, on the open workbook: the ledger read back in one read (two syncs); the forms and
 * the 通报 downloaded (Excel on the web and the desktop's pane both download a Blob); collect writes 进展记录 and
 * 报送情况 through the plan writer (tagged generated sheets, requests under the payload budget) and the lead
 * units' words on 任务台账 by 编号, each in a constant number of round trips. Comments (批注) on the sheets written
 * anew are kept as 更新现有台账 keeps them (keptComments.ts): on 进展记录 each follows its row; those on 报送情况 and
 * 通报 (the tool's cells), or on a row replaced, are named.
 */

import { readAbout } from "../../core/ledger/about";
import { ledgerFromTables } from "../../core/ledger/fromTables";
import type { LedgerReadBack } from "../../core/ledger/readBack";
import type { Lang } from "../../core/messages";
import type { LedgerSettings, WorkbookPlan } from "../../core/plan/types";
import { collectReportLines } from "../../core/rounds/roundReport";
import { bulletinSheetPlan, roundSheetPlan } from "../../core/rounds/reportSheets";
import { rewrittenProgressPlan } from "../../core/workbook/progressPlan";
import { message } from "../../core/messages";
import { setTaskCells } from "../../excel/taskCells";
import type { ExcelShell } from "../excelServices";
import { commentsBefore, keepComments } from "../keptComments";
import type { RoundMessages } from "./roundMessages";
import {
  bulletinDocx,
  bulletinOf,
  collectOf,
  dispatchPreview,
  dispatchZip,
  periodOf,
  readReturns,
  reportDayOf,
} from "./roundWork";
import type { RoundLedger } from "./roundWork";
import type { RoundServices } from "./types";

/** What the round needs from the Excel services around it. */
export interface ExcelRoundContext {
  readonly shell: Pick<ExcelShell, "readLedger" | "applyPlan" | "readComments" | "addComments">;
  readonly settingsFor: (tables: LedgerReadBack) => Promise<LedgerSettings>;
  readonly today: () => string;
  readonly lang: Lang;
  readonly messages: RoundMessages;
  /** The message when the workbook holds no ledger. */
  readonly noLedger: string;
  readonly download: (fileName: string, bytes: Uint8Array) => void;
}

/** The round's services on the open workbook. */
export function excelRounds(context: ExcelRoundContext): RoundServices {
  const { shell, messages: s } = context;

  /** The ledger; with `sources`, the formulas and number formats typed in its tables (进展记录, written anew). */
  async function current(sources = false): Promise<RoundLedger & { readonly tables: LedgerReadBack }> {
    const tables = await shell.readLedger({ sources });
    const settings = await context.settingsFor(tables);
    const about = readAbout(tables.about);
    const model = ledgerFromTables(tables.tasks, tables.units, settings, about);
    if (!model) throw new Error(context.noLedger);
    const { progress, targets } = tables;
    return { model, progress: progress ?? null, targets: targets ?? null, year: about.year, tables };
  }

  return {
    needsLedgerFile: false,
    currentLedger: () => null,

    async previewDispatch(period) {
      const ledger = await current();
      return dispatchPreview(ledger, periodOf(ledger, period, context.today(), s));
    },

    async dispatch(period) {
      const ledger = await current();
      const chosen = periodOf(ledger, period, context.today(), s);
      const { bytes, forms } = await dispatchZip(ledger, chosen);
      const fileName = s.zipName(chosen);
      context.download(fileName, bytes);
      return { fileName, forms };
    },

    async collect(files, period, reportedOn = null) {
      const day = reportDayOf(reportedOn, s);
      const [ledger, reads] = await Promise.all([current(true), readReturns(files, day)]);
      const result = collectOf(ledger, reads, period, s);
      // 进展记录 is made anew: its cells' formats, formulas and comments (批注) follow their rows.
      const progress = rewrittenProgressPlan(ledger.model, result.progress, ledger.progress, "pane");
      const plan: WorkbookPlan = {
        ...progress,
        sheets: [...progress.sheets, roundSheetPlan(result, context.lang)],
      };
      const comments = await commentsBefore(shell);
      // 进展记录 and 报送情况 are generated sheets: rewritten whole; a person's sheet of that name is kept.
      const kinds = ["progress", "round"] as const;
      const written = await shell.applyPlan(plan, { onlyKinds: kinds, replaceGenerated: true });
      const kept = await keepComments(shell, context.lang, comments, {
        plan,
        kinds,
        renamed: written.renamed,
        command: "collect",
        typedKinds: ["progress"],
      });
      const cells = await setTaskCells(
        result.updates.map((u) => ({
          id: u.id,
          values: {
            ...(u.status !== undefined ? { 完成状态: u.status } : {}),
            ...(u.progress !== undefined ? { 进展情况: u.progress } : {}),
          },
        })),
      );
      const notes = [
        ...written.notes,
        ...(plan.notes ?? []).map((n) => message(n.code, n.params, context.lang)),
        ...written.renamed.map((r) => s.sheetRenamed(r.wanted, r.used)),
        ...kept,
      ];
      if (cells.missingIds.length > 0) notes.push(s.taskRowsGone(cells.missingIds));
      return { lines: collectReportLines(result, context.lang), result, fileName: null, notes };
    },

    async report(period) {
      const ledger = await current();
      const chosen = periodOf(ledger, period, context.today(), s);
      const { figures, doc } = bulletinOf(ledger, chosen, context.today());
      const fileName = s.bulletinName(chosen);
      context.download(fileName, await bulletinDocx(doc));
      const plan: WorkbookPlan = {
        sheets: [bulletinSheetPlan(doc)],
        names: [],
        settings: ledger.model.settings,
      };
      const comments = await commentsBefore(shell);
      const kinds = ["bulletin"] as const;
      const written = await shell.applyPlan(plan, { onlyKinds: kinds, replaceGenerated: true });
      const renamed = written.renamed.map((r) => s.sheetRenamed(r.wanted, r.used));
      // The 通报 sheet is the tool's: comments on it are named, as 生成 names those on the sheets it makes anew.
      const kept = await keepComments(shell, context.lang, comments, {
        plan,
        kinds,
        renamed: written.renamed,
        command: "report",
        typedKinds: [],
      });
      return {
        summary: [s.reported(figures.total, figures.missing.length), ...renamed, ...kept].join("\n"),
        fileNames: [fileName],
      };
    },
  };
}
