/** `taizhang validate <ledger.xlsx> [--json] [--today YYYY-MM-DD]`: checks a ledger people have edited. */

import { checkLedger } from "../core/checks/checkLedger";
import { message, moreAlikeText, whereText, type Lang } from "../core/messages";
import { placesText, shownFindings } from "../core/checks/collapse";
import { zh } from "../core/text/cnPunct";
import type { Finding } from "../core/types";
import type { Io } from "./io";
import { readLedger } from "./readInput";
import { counted, FINDINGS_SHOWN, severityLabel } from "./report";

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

/** The findings past FINDINGS_SHOWN in one line, counted by kind, each kind named by its first one's words. */
function restLine(rest: readonly Finding[], wording: (f: Finding) => string, lang: Lang): string {
  const byCode = new Map<string, { first: Finding; n: number }>();
  for (const f of rest) {
    const kind = byCode.get(f.code);
    if (kind) kind.n++;
    else byCode.set(f.code, { first: f, n: 1 });
  }
  const kinds = [...byCode.values()]
    .sort((a, b) => b.n - a.n)
    .map(({ first, n }) => {
      const words = [...wording(first)];
      const short = words.length > 16 ? `${words.slice(0, 16).join("")}…` : words.join("");
      return lang === "zh-CN" ? `“${short}”等 ${n} 条` : `${n} like "${short}"`;
    });
  return lang === "zh-CN"
    ? `  ……另有 ${rest.length} 条未列出：${kinds.join("；")}。全部见 --json`
    : `  … ${rest.length} more not listed: ${kinds.join("; ")}. All of them: --json`;
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
    // A finding word for word in many cells: its first few and 另有 N 处; past FINDINGS_SHOWN lines, the
    // rest counted by kind (the clerk trial: 2,500 lines of one cell's duplicates before the real findings).
    const shown = shownFindings(findings);
    for (const { finding: f, alike } of shown.slice(0, FINDINGS_SHOWN)) {
      const where = f.where ? `${whereText(f.where, lang)}  ` : "";
      const fix = f.fix ? (isZh ? zh`  (可修正为:${f.fix.preview})` : `  (fix: ${f.fix.preview})`) : "";
      lines.push(`  ${severityLabel(f.severity, lang)}  ${where}${wording(f)}${fix}`);
      if (alike.length > 0) lines.push(`        ${moreAlikeText(alike.length, placesText(alike), lang)}`);
    }
    const rest = shown.slice(FINDINGS_SHOWN).flatMap(({ finding, alike }) => [finding, ...alike]);
    if (rest.length > 0) lines.push(restLine(rest, wording, lang));
    io.out(lines.join("\n"));
  }
  return counts.error > 0 ? 1 : 0;
}
