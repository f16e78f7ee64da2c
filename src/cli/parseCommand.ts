/** `taizhang parse <file> [--json]`: the parsed document, as a summary or as JSON. */

import { whereText, type Lang } from "../core/messages";
import type { ParsedDocument } from "../core/types";
import type { Io } from "./io";
import { readBreakdown } from "./readInput";
import { counted, fileError, findingLines, noTasksText } from "./report";

/** Runs the command; returns the exit code (0 tasks found, 2 unreadable or no tasks). */
export async function parseCommand(file: string, json: boolean, lang: Lang, io: Io): Promise<number> {
  let parsed: ParsedDocument;
  try {
    parsed = await readBreakdown(file);
  } catch (e) {
    io.err(fileError(file, e, lang));
    return 2;
  }
  if (json) io.out(JSON.stringify(parsed, null, 2));
  // Without tasks there is nothing to sum up: the reason, on stderr, says it all, once.
  else if (parsed.tasks.length > 0) io.out(summary(parsed, lang));
  if (parsed.tasks.length === 0) {
    io.err(noTasksText(parsed, lang));
    return 2;
  }
  return 0;
}

/** The readable summary: title, issuer, convention, tasks per leader, findings with their lines. */
export function summary(parsed: ParsedDocument, lang: Lang): string {
  const isZh = lang === "zh-CN";
  const { document: doc, tasks, issues } = parsed;
  const lines: string[] = [];
  lines.push(doc.title ?? (isZh ? "\uff08无标题\uff09" : "(untitled)"));
  // An encoding the text could not be read in is no encoding to claim.
  const unreadable = issues.some((i) => i.code === "encoding-unreadable");
  const meta = [
    doc.issuer,
    doc.date,
    doc.encoding && !unreadable ? `${isZh ? "编码" : "encoding"} ${doc.encoding}` : null,
  ].filter(Boolean);
  if (meta.length) lines.push(meta.join(" · "));
  if (doc.roleConvention) {
    lines.push(
      isZh
        ? `角色约定\uff1a${doc.roleConvention.text}\uff08${whereText({ line: doc.roleConvention.line }, lang)}\uff09`
        : `Role convention: ${doc.roleConvention.text} (${whereText({ line: doc.roleConvention.line }, lang)})`,
    );
  }
  if (doc.parts.length > 1) {
    for (const p of doc.parts) {
      const n = tasks.filter((t) => t.part === p.index).length;
      lines.push(`  ${p.index}. ${p.title ?? ""}: ${isZh ? `${n} 项` : counted(n, "task")}`);
    }
  }
  const byLeader = new Map<string, number>();
  for (const t of tasks) {
    const key =
      [t.leader, t.leaderTitle].filter(Boolean).join(" ") ||
      (isZh ? "\uff08未注明领导\uff09" : "(no leader)");
    byLeader.set(key, (byLeader.get(key) ?? 0) + 1);
  }
  lines.push(
    isZh
      ? `${tasks.length} 项任务\uff0c${byLeader.size} 位领导\uff1a`
      : `${counted(tasks.length, "task")}, ${counted(byLeader.size, "leader")}:`,
  );
  const width = Math.max(0, ...[...byLeader.keys()].map(displayWidth));
  for (const [leader, n] of byLeader)
    lines.push(`  ${leader}${" ".repeat(width - displayWidth(leader))}  ${n}`);
  if (issues.length === 0) lines.push(isZh ? "没有发现问题。" : "No findings.");
  else lines.push(isZh ? `发现的问题\uff08${issues.length}\uff09\uff1a` : `Findings (${issues.length}):`);
  lines.push(...findingLines(issues, lang));
  return lines.join("\n");
}

/** Terminal width of a string: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}
