/** `taizhang validate <ledger.xlsx> [--json] [--today YYYY-MM-DD]`: checks a ledger people have edited. */

import { checkLedger } from "../core/checks/checkLedger";
import { message, whereText, type Lang } from "../core/messages";
import { zh } from "../core/text/cnPunct";
import type { Finding } from "../core/types";
import type { Io } from "./io";
import { readLedger } from "./readInput";
import { counted, severityLabel } from "./report";

/** The findings whose message tells the clerk to run `npx taizhang regenerate` on the ledger. */
const NAMES_FILE: ReadonlySet<string> = new Set([
  "assignments-stale",
  "rows-below-table",
  "assignments-missing",
]);

/** Today as ISO yyyy-mm-dd in local time. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** A finding as the JSON output shows it: where as text (任务台账!E12), with its message (`text`). */
function toJson(f: Finding, text: string, lang: Lang) {
  const where = f.where ? whereText(f.where, lang) : null;
  return {
    code: f.code,
    severity: f.severity,
    where,
    params: f.params,
    ...(f.fix ? { fix: { action: f.fix.action, preview: f.fix.preview } } : {}),
    message: text,
  };
}

/**
 * Runs the command; returns 1 when any finding is an error, 2 when the file cannot be read, else 0. `today`
 * is an ISO date main has checked.
 */
export async function validateCommand(
  file: string,
  json: boolean,
  today: string | undefined,
  lang: Lang,
  io: Io,
): Promise<number> {
  const isZh = lang === "zh-CN";
  const ledger = await readLedger(file, lang, io);
  if (!ledger) return 2;
  const findings = checkLedger({ ...ledger, today: today ?? localToday() });
  // The findings that say to regenerate name the file given here in their words, not a generic 台账.xlsx.
  const wording = (f: Finding): string =>
    message(f.code, NAMES_FILE.has(f.code) ? { ...f.params, file } : f.params, lang);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  if (json) {
    io.out(
      JSON.stringify({ file, counts, findings: findings.map((f) => toJson(f, wording(f), lang)) }, null, 2),
    );
  } else {
    const lines = [
      findings.length === 0
        ? isZh
          ? zh`${file}:没有发现问题。`
          : `${file}: no findings.`
        : isZh
          ? zh`${file}:${findings.length} 个问题(错误 ${counts.error},警告 ${counts.warning},提示 ${counts.info})`
          : `${file}: ${counted(findings.length, "finding")} (${counted(counts.error, "error")}, ${counted(counts.warning, "warning")}, ${counts.info} info)`,
    ];
    for (const f of findings) {
      const where = f.where ? `${whereText(f.where, lang)}  ` : "";
      const fix = f.fix ? (isZh ? zh`  (可修正为:${f.fix.preview})` : `  (fix: ${f.fix.preview})`) : "";
      lines.push(`  ${severityLabel(f.severity, lang)}  ${where}${wording(f)}${fix}`);
    }
    io.out(lines.join("\n"));
  }
  return counts.error > 0 ? 1 : 0;
}
