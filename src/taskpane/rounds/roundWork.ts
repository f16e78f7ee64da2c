/**
 * The round's work both pane shells share, through the core the command line uses: the forms of a period
 * zipped, the returns read and merged, the 通报 drafted. The heavy libraries (ExcelJS for the forms, docx for
 * the 通报, jszip) are fetched with import() when an action needs them, never with the pane.
 */

import type { LedgerModel } from "../../core/ledger/types";
import { bulletinDoc, type BulletinDoc } from "../../core/rounds/bulletinDoc";
import { bulletinFigures, type BulletinFigures } from "../../core/rounds/bulletinFigures";
import { collectReturns, periodOfReturns } from "../../core/rounds/collect";
import type { CollectResult, ReturnRead } from "../../core/rounds/collectTypes";
import { dispatchForms, extraFillColumns, periodOfDay, reportingUnits } from "../../core/rounds/dispatch";
import { targetsFromTable } from "../../core/rounds/targetsTable";
import type { LedgerTable } from "../../core/types";
import { cycleOf, readPeriod } from "../../core/cycle/periods";
import { readDate } from "../../core/plan/settings";
import { progressFromTable } from "../../core/year/progress";
import type { DispatchPreview, ReturnFile } from "./types";
import type { RoundMessages } from "./roundMessages";

/** A ledger as the round needs it: the model, and its Progress and Targets tables as read (null when absent). */
export interface RoundLedger {
  readonly model: LedgerModel;
  readonly progress: LedgerTable | null;
  readonly targets: LedgerTable | null;
  /** 说明's 时限年度: the year every period must lie in (null when the ledger names none: nothing checked). */
  readonly year: number | null;
}

/**
 * `period`, when it lies in the ledger's year (or the ledger names none); otherwise an error saying which periods
 * the ledger takes — the command line's rule: a 2025 ledger is never given 2026-03's rows or 通报.
 * @example inLedgerYear({ year: 2020 }, "2026-12", s) throws "期次 2026-12 不在台账的年度(2020 年)内…"
 */
export function inLedgerYear(ledger: Pick<RoundLedger, "year">, period: string, s: RoundMessages): string {
  if (ledger.year !== null && !period.startsWith(String(ledger.year))) {
    throw new Error(s.outsideYear(period, ledger.year));
  }
  return period;
}

/** The period asked for (2026-03, 2026Q1; also 2026年3月) in its written form, or today's by the ledger's cycle. */
export function periodOf(ledger: RoundLedger, asked: string | null, today: string, s: RoundMessages): string {
  const text = (asked ?? "").trim();
  // The period of the day, when none is given, is checked as a given one is.
  if (text === "") return inLedgerYear(ledger, periodOfDay(cycleOf(ledger.model.settings).period, today), s);
  const read = readPeriod(text);
  if (!read) throw new Error(s.badPeriod(text));
  return inLedgerYear(ledger, read, s);
}

/** The units with tasks and the period the forms will carry. */
export function dispatchPreview(ledger: RoundLedger, period: string): DispatchPreview {
  return { period, units: reportingUnits(ledger.model) };
}

/** The forms of `period` as one .zip (one workbook per unit with tasks, named 单位-期次.xlsx). */
export async function dispatchZip(
  ledger: RoundLedger,
  period: string,
): Promise<{ readonly bytes: Uint8Array; readonly forms: number }> {
  const forms = dispatchForms(ledger.model, period, extraFillColumns(ledger.progress?.header));
  const [{ writeForm }, { default: JSZip }] = await Promise.all([
    import(/* webpackChunkName: "xlsx" */ "../../xlsx/rounds/writeForm"),
    import(/* webpackChunkName: "jszip" */ "jszip"),
  ]);
  const zip = new JSZip();
  // The forms are zip files already: stored, not compressed again.
  for (const form of forms) zip.file(form.fileName, await writeForm(form), { binary: true });
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
  return { bytes, forms: forms.length };
}

/** The 报送日期 the clerk gave (2026-04-03), or null when the box is empty; a day that is none is refused. */
export function reportDayOf(given: string | null, s: RoundMessages): string | null {
  const text = (given ?? "").trim();
  if (text === "") return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || readDate(text) !== text) throw new Error(s.badDate(text));
  return text;
}

/**
 * The returned files read as forms (a file that is none reads as such, with why), each dated `reportedOn` when
 * the clerk gave a day, else by the day it was last saved as it records inside (else the file's time).
 */
export async function readReturns(
  files: readonly ReturnFile[],
  reportedOn: string | null = null,
): Promise<ReturnRead[]> {
  const { readForm } = await import(/* webpackChunkName: "xlsx" */ "../../xlsx/rounds/readForm");
  const reads: ReturnRead[] = [];
  for (const f of files) reads.push(await readForm(f.name, f.bytes, f.lastModified, reportedOn));
  return reads;
}

/** The merge of the returns into the ledger (the period most returns name, unless one is asked for). */
export function collectOf(
  ledger: RoundLedger,
  reads: readonly ReturnRead[],
  asked: string | null,
  s: RoundMessages,
): CollectResult {
  const text = (asked ?? "").trim();
  const wanted = text === "" ? null : readPeriod(text);
  if (text !== "" && !wanted) throw new Error(s.badPeriod(text));
  const period = periodOfReturns(reads, wanted);
  if (!period) throw new Error(s.noReturns);
  inLedgerYear(ledger, period, s);
  return collectReturns(ledger.model, progressFromTable(ledger.progress), reads, period);
}

/** The 通报's figures and document of `period` on `today`. */
export function bulletinOf(
  ledger: RoundLedger,
  period: string,
  today: string,
): { readonly figures: BulletinFigures; readonly doc: BulletinDoc } {
  const { model } = ledger;
  const figures = bulletinFigures(
    model,
    progressFromTable(ledger.progress),
    targetsFromTable(ledger.targets),
    period,
    today,
  );
  return { figures, doc: bulletinDoc(figures, model.document?.title ?? "", model.document?.issuer ?? "") };
}

/** The 通报 as .docx bytes (the docx library fetched on first use). */
export async function bulletinDocx(doc: BulletinDoc): Promise<Uint8Array> {
  const { writeBulletin } = await import(/* webpackChunkName: "bulletin" */ "../../docx/writeBulletin");
  return writeBulletin(doc);
}
