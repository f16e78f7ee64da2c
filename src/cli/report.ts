/** Shared wording for the command line. */

import { dirname } from "node:path";
import { message, whereText, type Lang } from "../core/messages";
import { longCellMessage, type LongCell } from "../core/plan/longCells";
import { zh } from "../core/text/cnPunct";
import type { ParsedDocument, ParseIssue, Severity } from "../core/types";
import { NotXlsxError } from "../xlsx/notXlsx";
import { AppearedError, type OutputRefusal } from "./writeOutput";

/** 错误 / 警告 / 提示, or error / warning / info. */
export function severityLabel(severity: Severity, lang: Lang): string {
  const zh: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
  return lang === "zh-CN" ? zh[severity] : severity;
}

/** How many findings a report prints one a line; the rest are counted by kind (a 50 MB file gave 238,577). */
export const FINDINGS_SHOWN = 200;

/**
 * A document's findings as report lines: errors first, then warnings, then notes, each in line order; past
 * FINDINGS_SHOWN, one line counting the rest by message kind, and where to see them all (`parse --json`).
 */
export function findingLines(issues: readonly ParseIssue[], lang: Lang): string[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const ordered = [...issues].sort(
    (a, b) => rank[a.severity] - rank[b.severity] || (a.line ?? Infinity) - (b.line ?? Infinity),
  );
  const lines = ordered.slice(0, FINDINGS_SHOWN).map((i) => {
    const where = i.line === null ? "" : `${whereText({ line: i.line }, lang)}  `;
    return `  ${severityLabel(i.severity, lang)}  ${where}${message(i.code, i.params, lang)}`;
  });
  const rest = ordered.slice(FINDINGS_SHOWN);
  if (rest.length === 0) return lines;
  // Each kind named by its first finding's words (cut short), with how many of that kind are left.
  const byCode = new Map<string, { first: ParseIssue; n: number }>();
  for (const i of rest) {
    const kind = byCode.get(i.code);
    if (kind) kind.n++;
    else byCode.set(i.code, { first: i, n: 1 });
  }
  const kinds = [...byCode.values()]
    .sort((a, b) => b.n - a.n)
    .map(({ first, n }) => {
      const words = [...message(first.code, first.params, lang)];
      const short = words.length > 16 ? `${words.slice(0, 16).join("")}…` : words.join("");
      return lang === "zh-CN" ? `“${short}”等 ${n} 条` : `${n} like "${short}"`;
    });
  lines.push(
    lang === "zh-CN"
      ? `  ……另有 ${rest.length} 条未列出：${kinds.join("；")}。全部见 npx taizhang parse --json`
      : `  … ${rest.length} more not listed: ${kinds.join("; ")}. All of them: npx taizhang parse --json`,
  );
  return lines;
}

/** A cell cut to Excel's 32,767 characters, as a report line: "  警告  任务台账!D2  这个单元格有 40001 个字符…". */
export function longCellLine(c: LongCell, lang: Lang): string {
  const where = whereText({ sheet: c.sheet, cell: c.cell }, lang);
  const { code, params } = longCellMessage(c);
  return `  ${severityLabel("warning", lang)}  ${where}  ${message(code, params, lang)}`;
}

/** A one-line message for a file that cannot be read from disk. */
export function fileError(file: string, e: unknown, lang: Lang): string {
  const code = (e as { code?: string } | null)?.code;
  const detail = e instanceof Error ? e.message : String(e);
  const known = code === "ENOENT" || code === "EISDIR" || code === "EACCES";
  if (lang === "zh-CN") {
    const why =
      code === "ENOENT"
        ? "找不到文件"
        : code === "EISDIR"
          ? "这是一个文件夹,不是文件"
          : code === "EACCES"
            ? "没有权限读取"
            : "无法读取";
    return zh`${why}:` + file + (known ? "" : zh`(${detail})`);
  }
  const why =
    code === "ENOENT"
      ? "No such file"
      : code === "EISDIR"
        ? "This is a folder, not a file"
        : code === "EACCES"
          ? "Permission denied"
          : "Cannot read";
  return `${why}: ${file}${known ? "" : ` (${detail})`}`;
}

/** A one-line message for a ledger that cannot be read: not a workbook, a damaged one, or not on disk. */
export function workbookError(file: string, e: unknown, lang: Lang): string {
  if (e instanceof NotXlsxError) {
    const why = message("file-unreadable", { reason: e.reason }, lang);
    return lang === "zh-CN" ? zh`${file}:` + why : `${file}: ${why}`;
  }
  if ((e as { code?: string } | null)?.code) return fileError(file, e, lang);
  const detail = e instanceof Error ? e.message : String(e);
  return lang === "zh-CN"
    ? zh`${file} 不是可读取的 .xlsx 工作簿:${detail}`
    : `${file} is not a readable .xlsx workbook: ${detail}`;
}

/**
 * A one-line message for a file that cannot be written: a missing folder is named as such (the file itself
 * is not expected to exist).
 */
export function writeError(file: string, e: unknown, lang: Lang): string {
  const code = (e as { code?: string } | null)?.code;
  const detail = e instanceof Error ? e.message : String(e);
  const isZh = lang === "zh-CN";
  if (e instanceof AppearedError)
    return isZh
      ? zh`${file} 在生成期间出现了,未覆盖;要覆盖请加 --force。`
      : `${file} appeared while the command worked and was not overwritten; add --force to overwrite.`;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return isZh ? zh`文件夹不存在:` + dirname(file) : `No such folder: ${dirname(file)}`;
    case "EISDIR":
      return isZh ? zh`这是一个文件夹,不是文件:` + file : `This is a folder, not a file: ${file}`;
    case "EACCES":
    case "EPERM":
      return isZh ? zh`没有权限写入:` + file : `Permission denied: ${file}`;
    default:
      return isZh ? zh`无法写入:` + file + zh`(${detail})` : `Cannot write: ${file} (${detail})`;
  }
}

/** Why an output path was refused before any work: it exists (without --force), or is a dangling symlink. */
export function refusalError(file: string, refusal: OutputRefusal, lang: Lang): string {
  if (refusal === "dangling-link")
    return lang === "zh-CN"
      ? zh`${file} 是指向不存在文件的符号链接,未写入;请换一个输出路径。`
      : `${file} is a symbolic link to a file that does not exist; nothing was written. Choose another output path.`;
  return lang === "zh-CN"
    ? zh`${file} 已存在,未覆盖;要覆盖请加 --force。`
    : `${file} exists and was not overwritten; add --force to overwrite.`;
}

/**
 * A count with its noun in English, singular for one.
 * @example counted(1, "error") === "1 error"; counted(2, "error") === "2 errors"
 */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/**
 * Why a file gave no tasks, for stderr: the first error, or "no tasks"; and when the file was a PDF whose table has no
 * ruling lines, that too (its cells may have been put together wrongly, which is often why nothing read).
 */
export function noTasksText(parsed: ParsedDocument, lang: Lang): string {
  const reason = parsed.issues.find((i) => i.severity === "error");
  const first = reason
    ? message(reason.code, reason.params, lang)
    : lang === "zh-CN"
      ? "未找到任务。"
      : "No tasks found.";
  const unruled = parsed.issues.find((i) => i.code === "pdf-unruled-table");
  return unruled ? `${first}\n${message(unruled.code, unruled.params, lang)}` : first;
}
