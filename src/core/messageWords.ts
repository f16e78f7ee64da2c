/**
 * The words the findings' wordings put in for a param (why a file is not read, which column, which reader),
 * in Chinese and English; and the helpers both languages' tables use.
 */

import type { Params } from "./types";

export const REASON_ZH: Readonly<Record<string, string>> = {
  empty: "文件是空的",
  "no-numbering": "没有编号的任务条目,不像是责任分解文件",
  "no-units": "有编号条目但没有任何责任单位,不像是责任分解文件",
  "cells-glued": "表格的单元格边界已丢失(表头各栏连在一起),无法分栏;请直接打开原 .docx 文件导入",
};
/** The generic readers of the parser's last resort (parse/fallback/). */
export const GENERIC_ZH: Readonly<Record<string, string>> = {
  table: "按表头读表格",
  records: "按“栏目:内容”逐条读",
  prose: "按条目中的分工语句读",
  glued: "按表头次序拆开连在一起的单元格(原表格边界已丢失,请对照原 .docx 核对)",
};
export const GENERIC_EN: Readonly<Record<string, string>> = {
  table: "a table read from its header",
  records: "label: value records",
  prose: "role sentences in numbered items",
  glued: "a table whose cell borders were lost, split in its header's order (check it against the .docx)",
};

/** Table columns a merged cell may leave empty, as `cell-from-above` names them. */
export const COLUMN_ZH: Readonly<Record<string, string>> = {
  leader: "责任领导",
  lead: "牵头单位",
  co: "配合单位",
  units: "责任单位",
  deadline: "完成时限",
};
export const COLUMN_EN: Readonly<Record<string, string>> = {
  leader: "leader",
  lead: "lead unit",
  co: "co-unit",
  units: "units",
  deadline: "deadline",
};
export const REASON_EN: Readonly<Record<string, string>> = {
  empty: "the file is empty",
  "no-numbering": "there are no numbered items; this does not look like a responsibility breakdown",
  "no-units":
    "numbered items but no responsible units anywhere; this does not look like a responsibility breakdown",
  "cells-glued":
    "the table lost its cell borders (the header's columns run together), so its columns cannot be told apart; open the original .docx instead",
};

export const FILE_ZH: Readonly<Record<string, string>> = {
  "old-word": "这是 Word 6/95 格式的旧文档,请在 Word 或 WPS 中另存为 .docx 后再导入。",
  "not-docx": "这是压缩包格式的文件,但不是 Word 文档(.docx)。",
  "bad-docx": "Word 文档已损坏或无法打开,请在 Word 或 WPS 中重新保存后再导入。",
  "not-xlsx": "不是 .xlsx 工作簿。",
  "bad-xlsx": "工作簿已损坏或无法打开,请在 Excel 或 WPS 中重新保存后再试。",
  "not-units": "不是单位名录 JSON 文件;单位名录可用 npx taizhang units <文件或台账> -o units.json 生成。",
  image: "这是一个图片文件,其中没有可读取的文字;请导入原文件(Word、PDF、Excel 等),或把文字粘贴进来。",
  archive: "这是一个压缩包,请先解压,再导入其中的责任分解文件。",
  presentation: "这是演示文稿(PPT),不是责任分解文件;请导入原文件(Word、PDF、Excel 等)。",
  "old-excel": "这是 Excel 95 或更早版本的工作簿,请在 Excel 或 WPS 中另存为 .xlsx 后再导入。",
  ofd: "这是 OFD 版式文件,请在 OFD 阅读器中另存为 PDF,或复制其中的文字后再导入。",
  encrypted: "文件设有密码,请在 Word、Excel 或 WPS 中取消密码并保存后再导入。",
  rtf: "这是 RTF 文件,请在 Word 或 WPS 中另存为 .docx 后再导入。",
  media: "这是音频或视频文件,不是责任分解文件。",
  program: "这是程序文件,不是责任分解文件。",
  "old-wps": "这是旧版 WPS 文字文件,请在 WPS 中另存为 .docx 后再导入。",
  "office-other": "这是 Office 文件,但不是 Word 文档或 Excel 工作簿,无法导入。",
  "too-large": "文件解压后过大(可能已损坏或被恶意构造),已停止读取。",
  "bad-pdf": "PDF 文件已损坏或无法打开,请重新获取文件,或复制其中的文字后再导入。",
  "pdf-no-text": "这是扫描版 PDF,只有图片没有文字,请导入原文件(Word 等),或先做文字识别。",
  "bad-doc": "Word 文档(.doc)已损坏或无法读取,请在 Word 或 WPS 中另存为 .docx 后再导入。",
  "bad-odt": "OpenDocument 文件已损坏或无法打开,请在 WPS 或 LibreOffice 中重新保存后再导入。",
  "bad-sheet": "工作簿已损坏或无法打开,请在 Excel 或 WPS 中重新保存后再导入。",
  "not-ledger":
    "这是责任分解文档,不是台账工作簿;用 npx taizhang build <文件> -o 台账.xlsx 由它生成台账,或用 npx taizhang parse <文件> 查看解析结果。",
};
export const FILE_EN: Readonly<Record<string, string>> = {
  "old-word": "This is a Word 6/95 document; save it as .docx in Word or WPS and import again.",
  "not-docx": "This is a zip file, but not a Word document (.docx).",
  "bad-docx": "The Word document is damaged or cannot be opened; save it again in Word or WPS.",
  "not-xlsx": "not an .xlsx workbook.",
  "bad-xlsx": "the workbook is damaged or cannot be opened; save it again in Excel or WPS.",
  "not-units":
    "not a unit registry JSON file; make one with npx taizhang units <document or ledger> -o units.json.",
  image:
    "This is an image; it holds no readable text. Import the original file (Word, PDF, Excel …) or paste the text.",
  archive: "This is an archive; extract it and import the breakdown file inside.",
  presentation:
    "This is a presentation (PPT), not a breakdown; import the original file (Word, PDF, Excel …).",
  "old-excel": "This is an Excel 95 or older workbook; save it as .xlsx in Excel or WPS and import again.",
  ofd: "This is an OFD file; save it as PDF in an OFD reader, or copy its text, and import again.",
  encrypted:
    "The file is password-protected; remove the password in Word, Excel or WPS, save, and import again.",
  rtf: "This is an RTF file; save it as .docx in Word or WPS and import again.",
  media: "This is an audio or video file, not a breakdown.",
  program: "This is a program, not a breakdown.",
  "old-wps": "This is an old WPS Writer file; save it as .docx in WPS and import again.",
  "office-other":
    "This is an Office file, but neither a Word document nor an Excel workbook; it cannot be imported.",
  "too-large": "The file unpacks to too much data (damaged or built to attack); reading stopped.",
  "bad-pdf":
    "The PDF is damaged or cannot be opened; get the file again, or copy its text, and import again.",
  "pdf-no-text":
    "This is a scanned PDF: images without text. Import the original (Word …) or run text recognition first.",
  "bad-doc":
    "The Word (.doc) document is damaged or cannot be read; save it as .docx in Word or WPS and import again.",
  "bad-odt": "The OpenDocument file is damaged or cannot be opened; save it again in WPS or LibreOffice.",
  "bad-sheet": "The workbook is damaged or cannot be opened; save it again in Excel or WPS and import again.",
  "not-ledger":
    "This is a breakdown document, not a ledger workbook; make a ledger from it with npx taizhang build <file> -o ledger.xlsx, or see how it reads with npx taizhang parse <file>.",
};

/** The sentence a code and its params make. */
export type Template = (p: Params) => string;

/** A param as Chinese text (a list joined with 、). */
export const s = (v: Params[string] | undefined): string =>
  v === undefined ? "" : Array.isArray(v) ? (v as readonly string[]).join("、") : String(v);
/** Two list params side by side, each pair worded by `word` (a column's cell and the lines it fills). */
export const pairs = (
  a: Params[string] | undefined,
  b: Params[string] | undefined,
  word: (x: string, y: string) => string,
  sep: string,
): string => {
  const xs = Array.isArray(a) ? (a as readonly string[]) : [String(a ?? "")];
  const ys = Array.isArray(b) ? (b as readonly string[]) : [];
  return xs.map((x, i) => word(x, ys[i] ?? "")).join(sep);
};
/** 任务台账's 完成进度 header, quoted as the sheet writes it (half-width brackets). */
export const RATE_HEAD = "完成进度(%)";
/** A param as English text (a list joined with commas). */
export const en = (v: Params[string] | undefined): string =>
  v === undefined ? "" : Array.isArray(v) ? (v as readonly string[]).join(", ") : String(v);
/**
 * The command that regenerates the ledger the clerk opened: `p.file` as given on the command line (quoted when
 * it holds a space or a shell character); the generic 台账.xlsx / ledger.xlsx where no file is known (the pane).
 * @example regenerateCommandText({ file: "2025 督查台账.xlsx" }, "台账.xlsx") === 'npx taizhang regenerate "2025 督查台账.xlsx"'
 */
export function regenerateCommandText(p: Params, fallback: string): string {
  const file = typeof p.file === "string" && p.file !== "" ? p.file : fallback;
  const quoted = /^[\w./\-\u0080-\uffff]+$/.test(file) ? file : `"${file.replace(/(["\\$`])/g, "\\$1")}"`;
  return `npx taizhang regenerate ${quoted}`;
}
