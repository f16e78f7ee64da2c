/** The `--period` option of the reporting commands, read once for all of them. */

import type { Lang } from "../core/messages";
import { zh } from "../core/text/cnPunct";
import { readPeriod } from "../core/cycle/periods";
import type { Io } from "./io";

/**
 * Reads `--period` (2026-03 or 2026Q1): `{ asked: null }` when it was not given, `{ asked }` when it reads,
 * and null — after saying so on stderr — when it does not.
 */
export function periodOption(value: string | undefined, lang: Lang, io: Io): { asked: string | null } | null {
  if (value === undefined) return { asked: null };
  const asked = readPeriod(value);
  if (asked) return { asked };
  io.err(
    lang === "zh-CN"
      ? zh`--period 应写作 2026-03(月)或 2026Q1(季度),不是“${value}”。`
      : `--period must be written 2026-03 (a month) or 2026Q1 (a quarter), not "${value}".`,
  );
  return null;
}

/**
 * Whether `period` (as read) lies outside the ledger's year (说明's 时限年度; null when the ledger names none,
 * then nothing is checked). When it does, says so on stderr, with the periods the ledger takes: the command
 * then writes nothing (exit 2, as for any bad input). A 2025 ledger is never given 2026-03's rows.
 * @example outsideYear("2026-03", 2025, "台账.xlsx", "zh-CN", io) === true
 */
export function outsideYear(period: string, year: number | null, file: string, lang: Lang, io: Io): boolean {
  if (year === null || period.startsWith(String(year))) return false;
  io.err(
    lang === "zh-CN"
      ? zh`--period ${period} 不在台账 ${file} 的年度(${year} 年)内;请写 ${year} 年的期次,如 ${year}-03(月)或 ${year}Q1(季度)。未写入任何文件。`
      : `--period ${period} is outside the year of the ledger ${file} (${year}); give a period of ${year}, such as ${year}-03 (a month) or ${year}Q1 (a quarter). Nothing was written.`,
  );
  return true;
}

/**
 * Whether `period` is a month for a quarterly ledger (说明's 报送周期 季度): its 实际值 columns and 期次 are quarters,
 * which a month matches none of (a 通报 would show no actual). When it is, says so on stderr with the quarter that
 * holds it: the command then writes nothing (exit 2). A quarter for a monthly ledger is a round of its own and
 * is taken (its months are all before it).
 * @example wrongPeriodKind("2020-05", "quarter", "Q.xlsx", "zh-CN", io) === true (2020Q2 named)
 */
export function wrongPeriodKind(
  period: string,
  kind: "month" | "quarter",
  file: string,
  lang: Lang,
  io: Io,
): boolean {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (kind !== "quarter" || !month) return false;
  const quarter = `${month[1]}Q${Math.ceil(Number(month[2]) / 3)}`;
  io.err(
    lang === "zh-CN"
      ? zh`--period ${period} 与台账 ${file} 的报送周期(按季度,见说明)不符;请写 ${quarter}。未写入任何文件。`
      : `--period ${period} does not fit the ledger ${file}, which reports by quarter (说明's 报送周期); give ${quarter}. Nothing was written.`,
  );
  return true;
}
