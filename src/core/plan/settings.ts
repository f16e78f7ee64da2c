/** Ledger settings: status lists with their colours (presets and a sensible default), and what deadlines mean. */

import { fold } from "../text/fold";
import type { LedgerSettings, StatusStyle } from "./types";

const s = (name: string, fill: string, font: string): StatusStyle => ({ name, fill, font });

/** Status lists offices use, with their colours; each starts with where tasks start. The first is the default. */
export const STATUS_PRESETS: ReadonlyArray<{
  readonly id: string;
  readonly label: string;
  readonly statuses: readonly StatusStyle[];
}> = [
  {
    id: "default",
    label: "默认四态",
    statuses: [
      s("未启动", "#EDEBE9", "#323130"),
      s("推进中", "#DEECF9", "#004578"),
      s("已完成", "#DFF6DD", "#0B6A0B"),
      s("滞后", "#FDE7E9", "#A4262C"),
    ],
  },
  {
    id: "rag",
    label: "红黄绿",
    statuses: [
      s("正常推进", "#E2EFDA", "#375623"),
      s("进度滞后", "#FFEB9C", "#9C5700"),
      s("严重滞后", "#FFC7CE", "#9C0006"),
      s("已完成", "#C6EFCE", "#006100"),
    ],
  },
  {
    id: "byr",
    label: "蓝黄红",
    statuses: [
      s("正常推进", "#F3F2F1", "#323130"),
      s("进度滞后", "#FFEB9C", "#9C5700"),
      s("严重滞后", "#FFC7CE", "#9C0006"),
      s("已完成", "#DDEBF7", "#1F4E78"),
    ],
  },
  {
    id: "five",
    label: "五级",
    statuses: [
      s("序时推进", "#F3F2F1", "#323130"),
      s("超序时", "#DDEBF7", "#1F4E78"),
      s("滞后序时", "#FFEB9C", "#9C5700"),
      s("严重滞后", "#FFC7CE", "#9C0006"),
      s("已完成", "#C6EFCE", "#006100"),
    ],
  },
];

const DEFAULT_STATUSES = (STATUS_PRESETS[0] as { statuses: readonly StatusStyle[] }).statuses;

/** The settings a new ledger starts with. */
export const DEFAULT_SETTINGS: LedgerSettings = {
  statuses: DEFAULT_STATUSES,
  doneStatus: "已完成",
  dueSoonDays: 15,
  overdueFill: "#FDE7E9",
  overdueFont: "#A4262C",
  dueSoonFill: "#FFF4CE",
  year: new Date().getFullYear(),
};

/** The status that means done: the first whose name says 完成 without a negation. */
export function doneStatusOf(names: readonly string[]): string {
  return names.find((n) => /完成|办结|完结/.test(n) && !/未/.test(n)) ?? names[names.length - 1] ?? "已完成";
}

/**
 * The status every new task starts at: the first of the list that is not the done status, so that no list
 * order makes every task start done (the first status when every one is done).
 * @example startStatusOf({ statuses: [已完成, 正常推进, …], doneStatus: "已完成" }) === "正常推进"
 */
export function startStatusOf(settings: Pick<LedgerSettings, "statuses" | "doneStatus">): string {
  const names = settings.statuses.map((st) => st.name);
  return names.find((n) => n !== settings.doneStatus) ?? names[0] ?? "";
}

/**
 * When the list puts the done status first — where people expect tasks to start — what the pane and the
 * command line warn: that status, and the one tasks start at instead. Null when the first status is not done.
 */
export function doneFirstOf(
  settings: Pick<LedgerSettings, "statuses" | "doneStatus">,
): { readonly first: string; readonly start: string } | null {
  const first = settings.statuses[0]?.name;
  if (first === undefined || first !== settings.doneStatus) return null;
  return { first, start: startStatusOf(settings) };
}

/** A colour for a status by what its name says: done is green, late is red, not started is grey … */
function styleFor(name: string, index: number): StatusStyle {
  const known = STATUS_PRESETS.flatMap((p) => p.statuses).find((st) => st.name === name);
  if (known) return known;
  if (/严重/.test(name)) return s(name, "#FFC7CE", "#9C0006");
  if (/滞后|落后|延期|逾期/.test(name)) return s(name, "#FFEB9C", "#9C5700");
  if (/完成|办结|完结/.test(name) && !/未/.test(name)) return s(name, "#DFF6DD", "#0B6A0B");
  if (/未启动|未开始|未动/.test(name)) return s(name, "#EDEBE9", "#323130");
  if (/取消|撤销|暂停|中止|终止|搁置|暂缓/.test(name)) return s(name, "#E1DFDD", "#605E5C");
  if (/进行|推进|实施中|办理中|正常/.test(name)) return s(name, "#DEECF9", "#004578");
  // Anything else: a colour the eye tells from white and from the ones above.
  const palette = ["#E8DFF5", "#D0E7F8", "#F1DFEF", "#E0F2F1"];
  return s(name, palette[index % palette.length] as string, "#323130");
}

/**
 * Settings for a status list given by name (`--status 未启动,推进中,已完成`), colours chosen by meaning.
 * @example settingsWithStatuses(["未开始", "进行中", "已办结"]).doneStatus === "已办结"
 */
export function settingsWithStatuses(
  names: readonly string[],
  base: LedgerSettings = DEFAULT_SETTINGS,
): LedgerSettings {
  const clean = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  if (clean.length === 0) return base;
  return { ...base, statuses: clean.map(styleFor), doneStatus: doneStatusOf(clean) };
}

const pad = (n: number): string => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const CN_DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

/**
 * A whole date written as text, as ISO yyyy-mm-dd; null when the text is not one — no year or no day (6月底前),
 * or no such day (2020年13月45日). A trailing 前 is allowed: 2020年6月30日前 is that day.
 * @example readDate("2020/6/30") === "2020-06-30"; readDate("2020年6月30日") === "2020-06-30"; readDate("明年") === null
 */
export function readDate(text: string): string | null {
  const f = fold(text).replace(/\s+/g, "");
  const m = /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})[日号]?)前?$/.exec(f);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[3] ?? m[5]), Number(m[4] ?? m[6])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo) ? iso(y, mo, d) : null;
}

/** What a deadline says: a date, a phrase with no date (持续推进), or nothing readable. */
export type DueReading =
  | { readonly kind: "date"; readonly date: string }
  | { readonly kind: "ongoing" }
  | { readonly kind: "unreadable" };

/**
 * Reads a deadline as a date in `year` where it names one: 6月底前 → 06-30, 年底前 → 12-31, 三季度 → 09-30,
 * 2020年6月15日 → that day; 持续推进 / 长期坚持 have no date; anything else is unreadable.
 * @example readDue("6月底前", 2020) → { kind: "date", date: "2020-06-30" }
 */
export function readDue(deadline: string, year: number): DueReading {
  const f = fold(deadline).replace(/\s+/g, "");
  if (f === "") return { kind: "ongoing" };
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/.exec(f);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo)) return { kind: "date", date: iso(y, mo, d) };
    return { kind: "unreadable" };
  }
  const yearMatch = /^(\d{4})年/.exec(f);
  const y = yearMatch ? Number(yearMatch[1]) : year;
  const rest = f.replace(/^\d{4}年/, "");
  m = /^(\d{1,2})月(\d{1,2})日/.exec(rest);
  if (m) {
    const [mo, d] = [Number(m[1]), Number(m[2])];
    return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo)
      ? { kind: "date", date: iso(y, mo, d) }
      : { kind: "unreadable" };
  }
  m = /^(\d{1,2})月(上旬|中旬|下旬)?/.exec(rest);
  if (m) {
    const mo = Number(m[1]);
    if (mo < 1 || mo > 12) return { kind: "unreadable" };
    const d = m[2] === "上旬" ? 10 : m[2] === "中旬" ? 20 : lastDay(y, mo);
    return { kind: "date", date: iso(y, mo, d) };
  }
  m = /^第?([一二三四1-4])季度/.exec(rest);
  if (m) {
    const q = CN_DIGIT[m[1] as string] as number;
    return { kind: "date", date: iso(y, q * 3, lastDay(y, q * 3)) };
  }
  if (/^上半年/.test(rest)) return { kind: "date", date: iso(y, 6, 30) };
  if (/^(年底|年末|年内|全年|下半年|当年|底|末|内)/.test(rest) || rest === "")
    return { kind: "date", date: iso(y, 12, 31) };
  if (/^(持续|长期|逐年|常态|按年度|分年度|分步|分年|每年|每季度|每月|定期)/.test(f))
    return { kind: "ongoing" };
  return { kind: "unreadable" };
}

/** Excel's serial number for an ISO date (1900 date system). */
export function dateToSerial(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** The ISO date of an Excel serial number (1900 date system). */
export function serialToDate(serial: number): string {
  const t = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000);
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
