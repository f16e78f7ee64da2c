/** Numbering at the start of a line: 第一部分 一、 (一) 一是 1. 1、 1。 1 . (1) 1) ① 第一条, and Chinese numerals. */

/** The numbering styles; nesting is decided by the order in which styles first appear. */
export type NumStyle = "part" | "cn" | "pcn" | "shi" | "di" | "ar" | "par" | "arp" | "circ";

export interface Numbering {
  readonly style: NumStyle;
  /** The number, in Arabic numerals. */
  readonly n: number;
  /** Length of the numbering prefix (with the spaces after it) in the line. */
  readonly length: number;
  /**
   * True for a marker followed by a number (6、98年元旦…, but also 1、2月份…): an item only where the numbering
   * expects it (the outline decides).
   */
  readonly doubtful?: boolean;
  /** True for a number glued to the words (1大力发展…): an item only where the item above has ended, too. */
  readonly glued?: boolean;
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Reads a Chinese numeral up to 999.
 * @example chineseNumber("十二") === 12; chineseNumber("二十") === 20; chineseNumber("一百零五") === 105
 */
export function chineseNumber(s: string): number | null {
  if (s.length === 0) return null;
  let total = 0;
  let digit = 0;
  let seenUnit = false;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch] as number;
    } else if (ch === "十") {
      total += (digit === 0 && !seenUnit ? 1 : digit) * 10;
      digit = 0;
      seenUnit = true;
    } else if (ch === "百") {
      total += (digit === 0 ? 1 : digit) * 100;
      digit = 0;
      seenUnit = true;
    } else {
      return null;
    }
  }
  return total + digit;
}

const CN = "[一二三四五六七八九十百零〇两]{1,4}";
const PATTERNS: ReadonlyArray<{ style: NumStyle; re: RegExp; cn: boolean }> = [
  { style: "pcn", re: new RegExp(`^[((]\\s*(${CN})\\s*[))]\\s*`), cn: true },
  { style: "cn", re: new RegExp(`^(${CN})\\s*[、.,]\\s*`), cn: true },
  { style: "shi", re: /^([一二三四五六七八九十]{1,3})是[,,::]?\s*/, cn: true },
  // 第一部分 / 第二章 / 第三篇: parts above 一、.
  { style: "part", re: new RegExp(`^第(${CN}|\\d{1,2})(部分|章|篇)[、.,::]?\\s*`), cn: true },
  { style: "di", re: new RegExp(`^第(${CN}|\\d{1,3})[条项][、.,::]?\\s*`), cn: true },
  // 第一组由A牵头,B配合,重点… / 第二组:…: groups numbered in a report's paragraphs (a name with a field after it is
  // a group record first, groupRecords.ts).
  { style: "di", re: new RegExp(`^第(${CN}|\\d{1,3})组(?=由|[,,::\\s])[,,::]?\\s*`), cn: true },
  { style: "par", re: /^[((]\s*(\d{1,4})\s*[))]\s*/, cn: false },
  { style: "arp", re: /^(\d{1,4})\s*[))]\s*/, cn: false },
  // 1. 1、 1 . 1。 (the Chinese full stop, as some copies' input methods write the dot) — but not a decimal (1.5万)
  // and not a year or a quantity (2020年, 3个)
  { style: "ar", re: /^(\d{1,4})\s*[.、。](?!\d)\s*/, cn: false },
];

/**
 * Reads the numbering prefix of a folded line, or null when the line is not numbered.
 * @example readNumbering("13. 推进") → { style: "ar", n: 13, length: 4 }
 * @example readNumbering("(二)建成区域冷链物流中心") → { style: "pcn", n: 2, length: 3 }
 * @example readNumbering("6、98年元旦", { doubtful: true }) → { style: "ar", n: 6, length: 2, doubtful: true }
 */
export function readNumbering(folded: string, options: { doubtful?: boolean } = {}): Numbering | null {
  const first = folded.charCodeAt(0);
  if (first >= 0x2460 && first <= 0x2473) {
    const rest = folded.slice(1).match(/^\s*/);
    return { style: "circ", n: first - 0x2460 + 1, length: 1 + (rest?.[0].length ?? 0) };
  }
  for (const { style, re, cn } of PATTERNS) {
    const m = re.exec(folded);
    if (!m) continue;
    const raw = m[1] as string;
    const n = cn && !/^\d+$/.test(raw) ? chineseNumber(raw) : Number(raw);
    if (n === null || n === 0) continue;
    return { style, n, length: m[0].length };
  }
  // 6、98年元旦…: a number right after 、 (never a decimal point) — an item or a list of numbers (1、2月份); so is
  // one whose dot comes before a year (4.2011年底主体施工: no figure has four decimals before 年).
  const m = options.doubtful
    ? /^(\d{1,3})\s*(?:、\s*(?=\d)|[.。]\s*(?=(?:19|20)\d{2}年))/.exec(folded)
    : null;
  if (m && Number(m[1]) > 0) return { style: "ar", n: Number(m[1]), length: m[0].length, doubtful: true };
  // 1大力发展…: a number glued to the words (a copy that lost the 、), never before a measure (3个, 2季度, 2020年).
  const g = options.doubtful ? (GLUED.exec(folded) ?? GLUED_ON_DIGITS.exec(folded)) : null;
  return g && Number(g[1]) > 0
    ? { style: "ar", n: Number(g[1]), length: g[0].length, doubtful: true, glued: true }
    : null;
}

/** A number of one or two digits glued to a sentence's first word: no measure, date or counted thing after it. */
const MEASURE =
  "[年月日号时季个项万亿千百十元角届次条件家所座名人户亩吨台辆米里批期层栋套张部起周天岁倍成种类轮处位支场级公小分秒毫厘%%]";
// Verbs that open with a measure's character (4支持…, 2部署…, 3成立…): words, not a counted thing.
const MEASURE_VERB = "支持|支撑|部署|成立|处置|处理|起草|种植";
// Six characters of words after it, quotation marks among them allowed (4“一企一策”帮扶…).
const GLUED = new RegExp(
  `^(\\d{1,2})(?=(?:[“”‘’《》「」]?[\\u4e00-\\u9fff]){6})(?!(?!${MEASURE_VERB})${MEASURE})`,
);
/**
 * A damaged copy's number glued to digits that begin its words (212完成投资… for 2 and 12完成投资…): one digit, then one or two
 * more and a word that is no measure; the outline takes it only where the numbering expects that number.
 */
const GLUED_ON_DIGITS = new RegExp(`^(\\d)(?=\\d{1,2}[\\u4e00-\\u9fff]{4})(?!\\d*${MEASURE})`);

/** A line that is nothing but a number (a 序号 cell of a table flattened to one cell per line). */
export function bareNumber(folded: string): number | null {
  // 1* : a star after the number marks a task (one the city leads), it is not part of the number.
  const m = /^(\d{1,4})\s*[*★]?\s*[.、]?$/.exec(folded);
  return m ? Number(m[1]) : null;
}

/** The standard order of numbering levels in Chinese official documents (GB/T 9704): lower is higher. */
export const RANK: Readonly<Record<NumStyle, number>> = {
  part: -1,
  cn: 0,
  di: 0,
  pcn: 1,
  ar: 2,
  arp: 2.5,
  par: 3,
  circ: 4,
  shi: 5,
};
