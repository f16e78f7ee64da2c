/**
 * Where the ledger came from and how it reads deadlines, as the `About` table of 说明: written with the
 * ledger, read back with it, so that regenerating 说明 keeps them whoever wrote the workbook.
 */

import { doneStatusOf, settingsWithStatuses } from "../plan/settings";
import type { CycleSettings, LedgerSettings, StatusStyle } from "../plan/types";
import type { DocumentInfo, LedgerTable, LedgerValue } from "../types";
import type { LedgerModel } from "./types";
import { trimmedText } from "../text/cellText";
import { CYCLE_ROWS, readCycle } from "../cycle/cycleAbout";

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * An ISO instant as the local date and time a clerk reads, at `offsetMinutes` east of UTC (the machine's own
 * by default). Other text — the time as 说明 already shows it, read back — stays as it is, so rewriting 说明
 * keeps it.
 * @example localDateTime("2026-11-26T06:52:26.347Z", 480) === "2026-11-26 14:52"
 */
export function localDateTime(text: string, offsetMinutes?: number): string {
  const t = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(t)) return text;
  const local = new Date(t + (offsetMinutes ?? -new Date(t).getTimezoneOffset()) * 60000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  return `${date} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** How 说明 names the encoding a document was read in: UTF-8, GB18030 …, a Word document as such. */
const DOCX_LABEL = "Word 文档";
const encodingLabel = (encoding: string): string =>
  encoding === "docx" ? DOCX_LABEL : encoding.toUpperCase();
const encodingOf = (label: string): string => (label === DOCX_LABEL ? "docx" : label.toLowerCase());

/** The rows of the About table: label, and how a model fills it. */
const ROWS = {
  源文件标题: (m: LedgerModel) => m.document?.title ?? "",
  发文单位: (m: LedgerModel) => m.document?.issuer ?? "",
  发文日期: (m: LedgerModel) => m.document?.date ?? "",
  主送单位: (m: LedgerModel) => (m.document?.recipients ?? []).join("、"),
  角色约定: (m: LedgerModel) => m.document?.roleConvention?.text ?? "",
  角色约定行号: (m: LedgerModel) => m.document?.roleConvention?.line ?? "",
  源文件: (m: LedgerModel) => m.sourceFile ?? "",
  源文件编码: (m: LedgerModel) => encodingLabel(m.document?.encoding ?? ""),
  导入时间: (m: LedgerModel) => localDateTime(m.importedAt),
  任务数: (m: LedgerModel) => m.tasks.length,
  时限年度: (m: LedgerModel) => m.settings.year,
  已完成状态: (m: LedgerModel) => m.settings.doneStatus,
  临期提醒天数: (m: LedgerModel) => m.settings.dueSoonDays,
  ...CYCLE_ROWS,
} as const satisfies Record<string, (m: LedgerModel) => string | number>;

/** The header of the About table. */
export const ABOUT_HEADER = ["项目", "内容"] as const;

/** The About table's rows for a model, plus the tool's version (shown, not read back). */
export function aboutRows(model: LedgerModel, version: string): Array<[string, string | number]> {
  return [
    ...Object.entries(ROWS).map(([label, f]): [string, string | number] => [label, f(model)]),
    ["工具版本", `台账助手 ${version}`],
  ];
}

/** What an About table says, read back. Missing rows read as null. */
export interface About {
  readonly document: DocumentInfo | null;
  /** The file the ledger was imported from (its name, as 说明 shows it). */
  readonly sourceFile: string | null;
  /** When, as 说明 shows it (local yyyy-mm-dd hh:mm). */
  readonly importedAt: string | null;
  readonly year: number | null;
  readonly doneStatus: string | null;
  readonly dueSoonDays: number | null;
  /** 报送周期 and the light settings; null (or absent) where 说明 states none. */
  readonly cycle?: CycleSettings | null;
}

const text = trimmedText;
const number = (v: LedgerValue | undefined): number | null => {
  const n = typeof v === "number" ? v : Number(text(v));
  return text(v) !== "" && Number.isFinite(n) ? n : null;
};

/** Reads the About table back; null fields where it says nothing (or where there is no table). */
export function readAbout(table: LedgerTable | null): About {
  const rows = new Map<string, LedgerValue | undefined>();
  for (const r of table?.rows ?? []) rows.set(text(r[0]), r[1]);
  const get = (label: keyof typeof ROWS) => rows.get(label);
  const some = (label: keyof typeof ROWS) => text(get(label)) || null;
  const hasDocument = ["源文件标题", "发文单位", "发文日期", "角色约定"].some(
    (l) => text(rows.get(l)) !== "",
  );
  const line = number(get("角色约定行号"));
  const convention = some("角色约定");
  return {
    document: hasDocument
      ? {
          title: some("源文件标题"),
          issuer: some("发文单位"),
          date: some("发文日期"),
          recipients: text(get("主送单位")).split("、").filter(Boolean),
          roleConvention: convention && line !== null ? { text: convention, line } : null,
          parts: [],
          encoding: encodingOf(text(get("源文件编码"))),
        }
      : null,
    sourceFile: some("源文件"),
    importedAt: some("导入时间"),
    year: number(get("时限年度")),
    doneStatus: some("已完成状态"),
    dueSoonDays: number(get("临期提醒天数")),
    cycle: readCycle(get),
  };
}

/**
 * The settings a workbook carries: its Statuses table (names, and colours for names known to `base`) and
 * what its About table says of the year, the done status and the due-soon days, over `base`.
 */
export function settingsOfWorkbook(
  base: LedgerSettings,
  statuses: readonly string[] | null,
  about: About,
): LedgerSettings {
  const list = [...new Set((statuses ?? []).map((n) => n.trim()).filter(Boolean))];
  let settings = base;
  if (list.length > 0) {
    const styled = settingsWithStatuses(list, base).statuses;
    const kept = list.map(
      (name, i) => base.statuses.find((s) => s.name === name) ?? (styled[i] as StatusStyle),
    );
    settings = {
      ...settings,
      statuses: kept,
      doneStatus: list.includes(base.doneStatus) ? base.doneStatus : doneStatusOf(list),
    };
  }
  return {
    ...settings,
    ...(about.year !== null ? { year: about.year } : {}),
    ...(about.doneStatus && settings.statuses.some((s) => s.name === about.doneStatus)
      ? { doneStatus: about.doneStatus }
      : {}),
    ...(about.dueSoonDays !== null ? { dueSoonDays: about.dueSoonDays } : {}),
    ...(about.cycle ? { cycle: about.cycle } : {}),
  };
}
