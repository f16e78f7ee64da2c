/**
 * The round on the standalone page, on a ledger .xlsx the clerk opens: the same work as in Excel and on the
 * command line, with the rewritten ledger downloaded (after collect, and with the 通报 sheet) and kept as the
 * ledger the next action works on. ExcelJS comes with the first action, in its own chunk.
 */

import { ledgerFromTables } from "../../core/ledger/fromTables";
import { message, type Lang } from "../../core/messages";
import { collectReportLines } from "../../core/rounds/roundReport";
import type { LedgerFile } from "../../xlsx/readWorkbook";
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

export interface FileRoundContext {
  readonly today: () => string;
  readonly lang: Lang;
  readonly messages: RoundMessages;
  readonly download: (fileName: string, bytes: Uint8Array) => void;
}

/** The ledger file being worked on: its name, bytes and tables. */
interface Opened {
  readonly name: string;
  /** The name of the file the clerk opened, without extension: the downloads are named after it. */
  readonly stem: string;
  readonly bytes: Uint8Array;
  readonly file: LedgerFile;
  readonly tasks: NonNullable<LedgerFile["tasks"]>;
  readonly ledger: RoundLedger;
}

/** A file name without its extension: 台账.xlsx → 台账. */
const stemOf = (name: string): string => name.replace(/\.[^.]*$/, "") || name;

/** The round's services on ledger files. */
export function fileRounds(context: FileRoundContext): RoundServices {
  const s = context.messages;
  let opened: Opened | null = null;
  // The ledger being read, while it is: an action asked meanwhile waits for it (the clerk sees its name at once).
  let opening: Promise<Opened> | null = null;

  async function open(name: string, bytes: Uint8Array, stem = stemOf(name)): Promise<Opened> {
    const { readLedgerFile } = await import(/* webpackChunkName: "xlsx" */ "../../xlsx/readWorkbook");
    let file: LedgerFile;
    try {
      file = await readLedgerFile(bytes);
    } catch (e) {
      const reason = (e as { reason?: string }).reason;
      if (reason) throw new Error(message("file-unreadable", { reason }, context.lang));
      throw e;
    }
    const model = file.tasks ? ledgerFromTables(file.tasks, file.units, file.settings, file.about) : null;
    if (!model || !file.tasks) throw new Error(s.notLedger(name));
    const ledger = {
      model,
      progress: file.progress ?? null,
      targets: file.targets ?? null,
      year: file.about.year,
    };
    return { name, stem, bytes, file, tasks: file.tasks, ledger };
  }

  const current = async (): Promise<Opened> => {
    // A failed read was reported where it was asked; the ledger open before it stays.
    while (opening) await opening.catch(() => undefined);
    if (!opened) throw new Error(s.needLedger);
    return opened;
  };

  return {
    needsLedgerFile: true,
    currentLedger: () => opened?.name ?? null,

    async openLedgerFile(name, bytes) {
      const reading = open(name, bytes);
      opening = reading;
      try {
        const read = await reading;
        // A ledger opened after this one, while this one was read, is the one worked on.
        if (opening === reading) opened = read;
      } finally {
        if (opening === reading) opening = null;
      }
      return name;
    },

    async previewDispatch(period) {
      const { ledger } = await current();
      return dispatchPreview(ledger, periodOf(ledger, period, context.today(), s));
    },

    async dispatch(period) {
      const { ledger } = await current();
      const chosen = periodOf(ledger, period, context.today(), s);
      const { bytes, forms } = await dispatchZip(ledger, chosen);
      const fileName = s.zipName(chosen);
      context.download(fileName, bytes);
      return { fileName, forms };
    },

    async collect(files, period, reportedOn = null) {
      const was = await current();
      const reads = await readReturns(files, reportDayOf(reportedOn, s));
      const result = collectOf(was.ledger, reads, period, s);
      const [{ writeCollect }, { BelowTableError }] = await Promise.all([
        import(/* webpackChunkName: "xlsx" */ "../../xlsx/rounds/writeCollect"),
        import(/* webpackChunkName: "xlsx" */ "../../xlsx/writeProgress"),
      ]);
      let bytes: Uint8Array;
      try {
        bytes = await writeCollect(
          was.bytes,
          was.ledger.model,
          was.tasks,
          was.ledger.progress,
          result,
          context.lang,
        );
      } catch (e) {
        if (e instanceof BelowTableError) throw new Error(s.belowTable(e.cell));
        throw e;
      }
      const fileName = s.collectedName(was.stem, result.period);
      context.download(fileName, bytes);
      opened = await open(fileName, bytes, was.stem);
      return { lines: collectReportLines(result, context.lang), result, fileName, notes: [] };
    },

    async report(period) {
      const was = await current();
      const chosen = periodOf(was.ledger, period, context.today(), s);
      const { figures, doc } = bulletinOf(was.ledger, chosen, context.today());
      const docName = s.bulletinName(chosen);
      context.download(docName, await bulletinDocx(doc));
      const [{ loadForRewrite }, { putBulletinSheet }] = await Promise.all([
        import(/* webpackChunkName: "xlsx" */ "../../xlsx/rewrite"),
        import(/* webpackChunkName: "xlsx" */ "../../xlsx/rounds/writeBulletinSheet"),
      ]);
      const { wb, save } = await loadForRewrite(was.bytes);
      putBulletinSheet(wb, doc);
      const bytes = await save();
      const ledgerName = s.ledgerWithBulletinName(was.stem, chosen);
      context.download(ledgerName, bytes);
      opened = await open(ledgerName, bytes, was.stem);
      return {
        summary: s.reported(figures.total, figures.missing.length),
        fileNames: [docName, ledgerName],
      };
    },
  };
}
