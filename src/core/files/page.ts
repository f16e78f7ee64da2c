/**
 * A saved web page (.html/.htm) → the text the parser reads. The page's declared charset is honoured (GBK
 * pages are common); scripts, styles, menus and page furniture are dropped; a table of data becomes one line
 * per row with tab-separated cells, while tables used only for layout (those holding other tables) are
 * read as blocks of text.
 */

import { decodeBytes } from "../text/decode";
import { decodeEntities, tableRows } from "./html";
import { joinCellParagraphs } from "./cells";

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
const Decoder = (globalThis as unknown as { TextDecoder: new (label: string) => TextDecoderLike })
  .TextDecoder;

/** The page's text in the charset its <meta> declares, else as any text file is decoded. */
export function decodePage(bytes: Uint8Array): { text: string; encoding: string } {
  const head = String.fromCharCode(...bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  if (declared && !bom) {
    try {
      const label = /^(gb2312|gbk|gb18030|x-gbk)$/i.test(declared) ? "gb18030" : declared.toLowerCase();
      return { text: new Decoder(label).decode(bytes), encoding: label };
    } catch {
      // An unknown label: read it as a text file of unknown encoding.
    }
  }
  const decoded = decodeBytes(bytes);
  return { text: decoded.text, encoding: decoded.encoding };
}

/** Elements whose content is never the document: scripts, styles, menus, forms' pickers, page chrome. */
const DROPPED = /<(script|style|noscript|template|head|nav|select|button|iframe|svg)\b[\s\S]*?<\/\1\s*>/gi;
/** Tags that end a line of text. */
const BLOCK =
  /<\/?(p|div|br|h[1-6]|li|ul|ol|tr|table|tbody|thead|section|article|header|footer|blockquote|pre|dd|dt|hr|center|form)\b[^>]*>/gi;
/** Lines of page furniture around the document on government sites. */
const FURNITURE =
  /^(【?\s*(字体|字号)[::]?\s*[大中小]|打印本页|【?打印】?|关闭窗口|【?关闭】?|分享到|扫一扫|当前位置|您的位置|您当前的位置|返回顶部|上一篇|下一篇|相关链接)/;

/** The lines of a fragment of HTML, outside data tables. */
function blockLines(fragment: string): string[] {
  return decodeEntities(fragment.replace(BLOCK, "\n").replace(/<[^>]*>/g, ""))
    .split("\n")
    .map((l) => l.replace(/[\s\u00a0\u3000]+/g, " ").trim())
    .filter((l) => l !== "" && !FURNITURE.test(l));
}

/** A data cell's text: its lines (paragraphs, <br>, <div>) joined as a table cell's are. */
function cellText(html: string): string {
  return joinCellParagraphs(blockLines(html).map((l) => l.replace(/\t/g, " ")));
}

/**
 * Converts a web page to parser text.
 * @example pageText("<html><body><p>标题</p><table><tr><td>1</td><td>修路<br>交通局</td></tr></table></body></html>")
 *   === "标题\n1\t修路交通局"
 */
export function pageText(html: string): string {
  const body = html.replace(/<!--[\s\S]*?-->/g, "").replace(DROPPED, "\n");
  // Tables that hold no other table are data; each becomes its rows, put back in place by a marker line
  // (between invisible separators, U+2063, which pages do not contain).
  const tables: string[][] = [];
  const marked = body.replace(
    /<table\b[^>]*>((?:(?!<table\b)[\s\S])*?)<\/table\s*>/gi,
    (_m, inner: string) => {
      tables.push(tableRows(inner, cellText).map((row) => row.join("\t").replace(/\t+$/, "")));
      return `\n\u2063T${tables.length - 1}\u2063\n`;
    },
  );
  const lines: string[] = [];
  for (const line of blockLines(marked)) {
    const m = /^\u2063T(\d+)\u2063$/.exec(line);
    if (!m) lines.push(line);
    else for (const row of tables[Number(m[1])] ?? []) if (row !== "") lines.push(row);
  }
  return lines.join("\n");
}
