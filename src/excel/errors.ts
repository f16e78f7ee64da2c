/**
 * Office errors as the clerk sees them: every failure of the Office.js shell reaches the caller as an
 * `OfficeActionError` with a code and a Chinese and an English sentence that say what to do next.
 */

import { cnPunct } from "../core/text/cnPunct";

/** Codes of Excel's own errors (Excel.ErrorCodes, plus the web client's payload limit) and of the shell's checks. */
export type OfficeActionCode =
  | "InvalidOperationInCellEditMode"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "AccessDenied"
  | "GeneralException"
  | "ApiNotFound"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "Conflict"
  | "RequestAborted"
  | "TableNameTaken"
  | "TableMissing"
  | "LedgerMissing"
  | "ColumnMissing"
  | "SheetNotFound"
  | "Unknown";

interface Wording {
  readonly zh: string;
  readonly en: string;
}

const WORDING: Readonly<Record<OfficeActionCode, Wording>> = {
  InvalidOperationInCellEditMode: {
    zh: cnPunct("Excel 正在编辑单元格。请先结束单元格编辑(按 Enter 或 Esc)再试。"),
    en: "Excel is in cell-edit mode. Finish editing the cell (press Enter or Esc), then try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    zh: cnPunct("一次写入的数据超过了 Excel 网页版的 5 MB 上限。请改用桌面版 Excel,或把文档分成几部分导入。"),
    en: "The data sent at once passed Excel on the web's 5 MB limit. Use desktop Excel, or import the document in parts.",
  },
  ResponsePayloadSizeLimitExceeded: {
    zh: cnPunct(
      "要读取的表太大,超过了 Excel 网页版的 5 MB 上限。请改用桌面版 Excel,或把已办结的任务移到另一个工作簿。",
    ),
    en: "The table is too large to read in Excel on the web (5 MB limit). Use desktop Excel, or move finished tasks to another workbook.",
  },
  ItemAlreadyExists: {
    zh: cnPunct("工作簿中已有同名的工作表、表或名称。请改名或删除那一项后再试。"),
    en: "The workbook already has a sheet, table or name with that name. Rename or delete it, then try again.",
  },
  ItemNotFound: {
    zh: cnPunct("找不到要操作的工作表、表或单元格,可能已被改名或删除。请重新校验后再试。"),
    en: "A sheet, table or cell it needs was not found; it may have been renamed or deleted. Check again, then retry.",
  },
  AccessDenied: {
    zh: cnPunct("工作表或工作簿受保护,无法写入。请先撤销工作表保护(审阅 → 撤销工作表保护)再试。"),
    en: "The sheet or workbook is protected. Unprotect it (Review → Unprotect Sheet), then try again.",
  },
  GeneralException: {
    zh: cnPunct(
      "Excel 内部错误,常见原因是一次写入的数据太多。请保存工作簿后重试;仍失败时请改用桌面版 Excel 或分批导入。",
    ),
    en: "Excel reported an internal error, often caused by too much data at once. Save the workbook and retry; if it fails again, use desktop Excel or import in parts.",
  },
  ApiNotFound: {
    zh: cnPunct(
      "此功能需要较新的 Excel(Microsoft 365、Office 2021 或更新版本,或 Excel 网页版)。请更新 Office 后再试。",
    ),
    en: "This feature needs a newer Excel (Microsoft 365, Office 2021 or later, or Excel on the web). Update Office, then try again.",
  },
  InvalidArgument: {
    zh: cnPunct("Excel 拒绝了要写入的内容(参数无效)。请把此消息和文档发给维护人员。"),
    en: "Excel refused what was written (invalid argument). Send this message and the document to the maintainers.",
  },
  InvalidOperation: {
    zh: cnPunct("Excel 此时不能执行这项操作(可能有对话框打开或工作表受保护)。请关闭对话框、撤销保护后再试。"),
    en: "Excel cannot do this now (a dialog may be open or the sheet protected). Close dialogs, unprotect, then try again.",
  },
  InvalidReference: {
    zh: cnPunct("引用的区域无效,可能已被删除或移动。请重新校验后再试。"),
    en: "A referenced range is not valid; it may have been deleted or moved. Check again, then retry.",
  },
  Conflict: {
    zh: cnPunct("工作簿正被其他人同时编辑,发生了冲突。请稍等片刻再试。"),
    en: "Someone else is editing the workbook and the change conflicted. Wait a moment, then try again.",
  },
  RequestAborted: {
    zh: cnPunct("Excel 中断了这次操作。请再试一次。"),
    en: "Excel aborted the operation. Please try again.",
  },
  TableNameTaken: {
    zh: cnPunct(
      "工作簿中已有同名的表,而它所在的工作表不是本工具生成的(或未选择替换)。请把那张表改名,或选择替换已生成的工作表后再试。",
    ),
    en: "The workbook already has a table with that name on a sheet the tool will not replace. Rename that table, or choose to replace generated sheets, then try again.",
  },
  TableMissing: {
    zh: cnPunct("找不到生成所需的表。请先写入台账(任务台账、任务分工)再生成。"),
    en: "A table the sheets need is missing. Write the ledger (Tasks, Assignments) first, then generate.",
  },
  LedgerMissing: {
    zh: cnPunct(
      "找不到任务台账的表 Tasks(可能已被删除或改名)。请先在“导入”中写入台账,或把表名改回 Tasks 后再试。",
    ),
    en: "The ledger's Tasks table was not found (deleted or renamed?). Write the ledger from Import first, or rename the table back to Tasks, then try again.",
  },
  ColumnMissing: {
    zh: cnPunct("表 Tasks 缺少所需的列(列标题可能被改动或删除)。请恢复列标题后再试。"),
    en: "The Tasks table lacks a column it needs (its heading may have been changed or deleted). Restore the heading, then try again.",
  },
  SheetNotFound: {
    zh: cnPunct("找不到该工作表,可能已被改名或删除。请重新校验后再试。"),
    en: "That sheet was not found; it may have been renamed or deleted. Check again, then retry.",
  },
  Unknown: {
    zh: cnPunct("Excel 操作失败。请保存工作簿后重试;仍失败时请把此消息发给维护人员。"),
    en: "The Excel operation failed. Save the workbook and retry; if it fails again, send this message to the maintainers.",
  },
};

const KNOWN = new Set<string>(Object.keys(WORDING));

/** An Office operation that failed, with what to do next in Chinese (`zh`) and English (`en`). */
export class OfficeActionError extends Error {
  override readonly name = "OfficeActionError";
  readonly code: OfficeActionCode;
  readonly zh: string;
  readonly en: string;
  /** Excel's own message, or the shell's detail (which table, which sheet), for the maintainers. */
  readonly detail: string;

  constructor(code: OfficeActionCode, detail = "", cause?: unknown) {
    const wording = WORDING[code];
    const suffix = detail ? ` [${detail}]` : "";
    super(`${wording.zh} / ${wording.en}${suffix}`, cause === undefined ? undefined : { cause });
    this.code = code;
    this.zh = detail ? `${wording.zh}\uff08${detail}\uff09` : wording.zh;
    this.en = detail ? `${wording.en} (${detail})` : wording.en;
    this.detail = detail;
  }

  /**
   * This error with a second failure that followed it (switching events back on failed too): the first is
   * what the clerk must fix, the second is kept in the detail so it is not lost.
   */
  withFollowUp(followUp: unknown): OfficeActionError {
    const second = toOfficeActionError(followUp);
    const detail = [this.detail, `then ${second.code}: ${second.detail}`].filter(Boolean).join("; ");
    return new OfficeActionError(this.code, detail, this.cause ?? this);
  }

  /** The sentence for a UI language: English for en-*, Chinese otherwise. */
  messageFor(locale: string): string {
    return /^en(-|$)/i.test(locale) ? this.en : this.zh;
  }
}

/** The code of an Office error (OfficeExtension.Error carries `code`), or null for anything else. */
function officeCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : null;
}

/** Protection shows up as AccessDenied, or as InvalidOperation whose message names protection. */
function isProtection(code: string, message: string): boolean {
  return code === "AccessDenied" || (code === "InvalidOperation" && /protect|保护/i.test(message));
}

/**
 * Any error thrown by Office.js (or by the shell) as an `OfficeActionError`; one already converted is returned as is.
 * @example toOfficeActionError({ code: "InvalidOperationInCellEditMode", message: "…" }).zh starts with "Excel 正在编辑单元格"
 */
export function toOfficeActionError(error: unknown): OfficeActionError {
  if (error instanceof OfficeActionError) return error;
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const code = officeCode(error);
  if (code === null) return new OfficeActionError("Unknown", message, error);
  if (isProtection(code, message)) return new OfficeActionError("AccessDenied", message, error);
  if (code === "ApiNotAvailable" || code === "NotImplemented" || code === "UnsupportedFeature") {
    return new OfficeActionError("ApiNotFound", message, error);
  }
  const known = KNOWN.has(code) ? (code as OfficeActionCode) : "Unknown";
  return new OfficeActionError(known, known === "Unknown" ? `${code}: ${message}` : message, error);
}
