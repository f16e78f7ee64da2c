/** Splitting a document into numbered lines, cleaning each, and recognising web-page debris. */

import { fold } from "./fold";
import { stripNoise } from "./noise";
import { stripGlosses } from "./gloss";
import { mendClosers } from "./brackets";

/** A line of the source: its 1-based physical number, the cleaned text and the folded text for matching. */
export interface SourceLine {
  readonly no: number;
  readonly text: string;
  readonly folded: string;
  /** The cleaned line before its ends were trimmed: the tabs of empty cells at the start of a table row. */
  readonly raw: string;
  /** The physical line's length before page noise was taken out of it (as a hard-wrapped copy measured it). */
  readonly width?: number;
  /** An office's name alone over the targets after it (parse/outlineUnitHeading.ts), marked when lines are prepared. */
  readonly unitHeading?: true;
  /** A body's duties heading (一、联席会议职责 / 二、工作职责): the body, the lead of the duties under it (parse/dutyHeading.ts). */
  readonly dutyBody?: string;
}

const ENTITIES: Readonly<Record<string, string>> = {
  "&nbsp;": " ",
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#12288;": " ",
  "&emsp;": " ",
  "&ensp;": " ",
};

/**
 * Cleans one line: HTML entities, zero-width characters and pinyin glosses from web pages, non-breaking
 * and ideographic spaces at the ends. The inside of the line is otherwise kept as written.
 * @example cleanLine("\u200B 13. 推进&nbsp;") === "13. 推进"
 */
export function cleanLine(raw: string): string {
  return trimEnds(cleanAll(raw));
}

// A copy that lost its indent characters shows them as '?', '？', '□' or the replacement character at the line's
// start ('??一、…'): such a run is indentation, as spaces are.
function trimEnds(s: string): string {
  return s.replace(/^[\s\u3000\u00a0?？□\ufffd]+|[\s\u3000\u00a0]+$/g, "");
}

function cleanInside(raw: string): string {
  // Pinyin glosses some mirror sites add after each character: 經(jīng)貿(mào)委 → 經貿委 (gloss.ts).
  return stripGlosses(
    raw
      .replace(/&(nbsp|amp|lt|gt|quot|emsp|ensp|#12288);/g, (m) => ENTITIES[m] ?? m)
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
      // Control characters (web pages, mis-decoded files) are invalid in a workbook: Excel would repair it.
      // eslint-disable-next-line no-control-regex -- these are the characters to remove
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ""),
  );
}

/** The cleaned inside of a line without the anti-copy and web noise pages insert in sentences (noise.ts). */
function cleanAll(raw: string): string {
  return mendClosers(stripNoise(cleanInside(raw)));
}

/**
 * Splits text into physical lines (LF, CRLF or CR), numbered from 1 as an editor numbers them.
 * @example toLines("一、\r\n1.推进") → [{ no: 1, text: "一、" … }, { no: 2, text: "1.推进" … }]
 */
export function toLines(text: string): SourceLine[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n|\u2028|\u2029/).map((raw, i) => {
    const before = cleanInside(raw);
    const inside = mendClosers(stripNoise(before));
    const clean = trimEnds(inside);
    const line = { no: i + 1, text: clean, folded: fold(clean), raw: inside };
    return inside === before ? line : { ...line, width: [...before.replace(/\s+$/, "")].length };
  });
}

// Whole lines that web pages add around a document: reading aids, share buttons, breadcrumbs, counters,
// page numbers of a printed copy. Matched on the folded (half-width, simplified) text.
const DEBRIS: readonly RegExp[] = [
  /^(朗读|听全文|收听|语音播报|全文朗读|分享|分享到|打印|打印本页|关闭|关闭窗口|收藏|返回|返回顶部|顶部|保存|纠错|我要纠错|微信|微博|QQ空间|扫一扫|【打印本页】|【关闭窗口】|【打印】|【关闭】)[::]?$/,
  /^(分享到|字号|字体|视力保护色|浏览次数|阅读次数|访问量|点击数|来源|发布时间|发布日期|发布机构|信息来源|索引号|文号|主题分类|发文机关|成文日期|扫一扫在手机打开当前页|扫一扫在手机上查看当前页面)[::]/,
  // A page's byline: its date and another page field on one line (时间:2025-09-19 来源:政府办), or its author.
  /^(时间|日期|更新时间|发布时间|发布日期)[::]\d{4}[-/.年]\d{1,2}.*(来源|作者|发布机构|点击数|浏览次数|阅读次数|字体|字号)[::]/,
  /^(作者|责任编辑)[::]/,
  // The page's staff and original title: 编辑:张三, (校对:李四), 原标题:….
  /^[((]?(编辑|校对|初审|复审|终审|供稿|摄影|通讯员|原标题)[::]/,
  /^[【[](字体|字号)[::]/,
  /^[【[]?\s*字[体号]\s*[::]?\s*[大中小\s|]+[】\]]?$/,
  /^(首页|当前位置[::]?\s*首页|您的位置[::]?|当前位置[::])\s*(>|>|»|›|\/|→)/,
  /^(.{1,12}(>|»|›)){2,}.{0,12}$/,
  /^[-—–─·•~]+\s*\d{1,3}\s*[-—–─·•~]+$/,
  /^第\s*\d{1,3}\s*页(\s*[,,/]?\s*共\s*\d{1,3}\s*页)?$/,
  /^共\s*\d{1,3}\s*页$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
  /^(上一篇|下一篇|相关链接|相关文件|相关阅读|附件下载)[::]?.*$/,
  // Buttons in a row (【打印】【关闭】, [收藏][打印]) and the scan prompt without a colon.
  /^([【[](打印|打印本页|关闭|关闭窗口|收藏|返回|返回顶部|纠错|分享|保存|下载)[】\]])+$/,
  /^扫一扫在手机(上)?(打开|查看)(当前页|当前页面|本页)?$/,
  // A bar of two or more page buttons, with or without separators: 打印 | 关闭, 分享到:微信 微博 QQ空间, 【大】【中】【小】.
  /^(?:[【[]?(?:打印本页|打印|关闭窗口|关闭|收藏本页|收藏|加入收藏|返回顶部|返回|纠错|分享到|分享|保存|下载|复制链接|微信|微博|QQ空间|QQ|字号|字体|大|中|小|默认)[】\]]?[::|｜/·•]?){2,}$/,
  // The site's footer: its registration numbers (网站标识码 3304000001, 浙ICP备05012345号), its copyright line.
  /网站标识码[::]?[A-Za-z0-9]{6,}|ICP[备证][A-Za-z0-9]{4,}|公网安备[A-Za-z0-9]{6,}|^(版权所有|Copyright|©)/i,
  // The rule under a table's header in a Markdown copy: |---|:---:|---|.
  /^\|?(:?-{3,}:?\|)+(:?-{3,}:?)?$/,
];

/** True when the line is web-page or print debris that never belongs to the document. */
export function isDebris(folded: string): boolean {
  // Web pages space out their labels (索 引 号:): compare without spaces.
  const squeezed = folded.replace(/\s+/g, "");
  return DEBRIS.some((re) => re.test(squeezed));
}

/**
 * A line cut at the given positions (ascending) into lines of its own, each trimmed; empty pieces dropped. With no
 * cut the line is returned as it is (its raw text, indent and all, kept).
 */
export function cutLine(line: SourceLine, cuts: readonly number[]): SourceLine[] {
  if (cuts.length === 0) return [line];
  const out: SourceLine[] = [];
  let start = 0;
  for (const cut of [...cuts, line.text.length]) {
    const text = line.text.slice(start, cut).trim();
    if (text) out.push({ no: line.no, text, folded: fold(text), raw: text });
    start = cut;
  }
  return out;
}
