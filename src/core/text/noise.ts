/**
 * Anti-copy and web noise that pages insert inside a document's sentences: a source note in a bracket
 * ((来源:…)), a watermark phrase (本文来自甲县政府网), a short random string between characters (x3kq).
 * None of it was written by the document's author; it is taken out before a line is read, so that it can
 * never become a unit or split a task. A link is not taken out: a task may give one as its words
 * (在“浙里办”(https://www.zjzwfw.gov.cn)完成申报), and a page's own link lines (来源:http://…) are debris already.
 */

// A bracket that only names the page's source or editor: (来源:县融媒体中心) 【来源:人民网】 [编辑:张三].
const SOURCE_BRACKET =
  /[(\uff08[\u3010\u3014][\s\u3000]*(?:来源|稿源|信息来源|消息来源|转自|编辑|责任编辑|责编|作者|记者|通讯员)[\s\u3000]*[:\uff1a][^()\uff08\uff09[\]\u3010\u3011\u3014\u3015]{1,40}[)\uff09\]\u3011\u3015]/g;
// A bracket that credits the report's author: (县教育局供稿), (记者 张三 摄) — never a task's (县委宣传部负责拍摄).
const CREDIT_BRACKET =
  /[(\uff08][^()\uff08\uff09]{2,30}(?:供稿|供图)[)\uff09]|[(\uff08]\s*(?:记者|通讯员)[^()\uff08\uff09]{1,30}[)\uff09]/g;
// A watermark phrase: 本文来自甲县政府网, 本文来源于XX公众号, 转载请注明出处 — up to the site's kind of name.
const WATERMARK =
  /(?:本文|此文|文章)(?:来自|来源于?|转自|摘自|首发于?)[:\uff1a]?[^\s,，。;；:：()（）]{1,20}?(?:网站|官网|网|平台|公众号|客户端|头条号|APP|App|app|(?:\.[a-z]{2,4}){1,3})|转载请(?:注明|保留)(?:出处|来源|链接)(?:及链接)?[。!！]?|(?:更多|查看)(?:资讯|内容|精彩内容)?请(?:访问|关注)[^\s,，。;；]{1,20}?(?:网站|官网|网|公众号|(?:\.[a-z]{2,4}){1,3})/g;
// A short run of Latin letters and digits between Chinese characters (or their punctuation), as anti-copy
// scripts insert: letters with a digit between them (x3kq, a9b2c), or four or more lower-case letters without a
// vowel (kqzx). Names such as G318, H7N9, 5G, PM2.5, app or wifi do not so look.
const RANDOM =
  /(?<=^|[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])[A-Za-z0-9]{3,12}(?=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]|$)/g;

// A forum's hidden jammer: short tokens of one or two printable ASCII characters set apart by single spaces, as
// bulletin boards insert between a post's lines (I% H9 r: m2 |* {, x& L1 ]8 N) l6 J( k); jammer() decides.
const JAMMER = /(?<![!-~])(?:[!-~]{1,2} ){3,}[!-~]{1,2}(?![!-~])/g;

/**
 * True when a run of short spaced tokens is a jammer, not a list (1 2 3 4, A B C D, | 1 | 2 |): it mixes at least
 * two letters and two punctuation marks other than the table bar.
 */
function isJammer(run: string): boolean {
  const letters = run.match(/[A-Za-z]/g)?.length ?? 0;
  const marks = run.match(/[!-/:-@[-`{-~]/g)?.filter((c) => c !== "|").length ?? 0;
  return letters >= 2 && marks >= 2;
}

/** The jammer runs of a line taken out; a closing bracket the run starts with stays (…(罗塘街道牵头)9 @! _2 …). */
function stripJammer(text: string): string {
  return text.replace(JAMMER, (run, at: number) => {
    if (!isJammer(run)) return run;
    const before = text.charCodeAt(at - 1);
    return at > 0 && before > 0x7f && /^[)\]}]/.test(run) ? (run[0] ?? "") : "";
  });
}

// A PDF copy's page mark left inside a sentence: 整治河 ―10 ― 道, 建成数据 - 3 - 中心 (a number between two dashes).
const PAGE_MARK =
  /(?<=[\u3400-\u9fff,\uff0c\u3001])[ \u3000]*[-\uff0d\u2014\u2015\u2013][ \u3000]*\d{1,3}[ \u3000]*[-\uff0d\u2014\u2015\u2013][ \u3000]*(?=[\u3400-\u9fff])/g;
// A printed page's mark run into the text of a one-line copy: 县农作第2页共4页物秸秆, 第 1 页共 5 页, 第3页/共4页.
const PAGE_OF = /第[ \u3000]*\d{1,3}[ \u3000]*页[ \u3000]*[,，/]?[ \u3000]*共[ \u3000]*\d{1,3}[ \u3000]*页/g;
// A continued page's mark (a law site's page 4 opens with it): [接上页], (接上页), 【续上页】.
const CONTINUED = /[[(（【〔]\s*(?:接|续)上页\s*[\])）】〕]\s*/g;
// A document-sharing site's stamp on each page of its copy: 下载后可任意编辑, word版本可编辑.
const SHARE_STAMP = /下载后可任意编辑|(?:word|Word|WORD)版本?(?:下载后)?可(?:任意)?编辑(?:修改)?/g;
// A law database's record header run into the text: 【法规类别】… 【发文字号】… 【发布部门】… (two or more fields).
const DATABASE_FIELD =
  /[ \u3000]*\u3010(?:法规类别|发文字号|发布部门|发布日期|实施日期|时效性|效力级别|批准日期|批准部门|失效日期|法宝联想|唯一标志|题注)\u3011[^\u3010]*/g;

// A copy site's marks after words and inside them (一@@体化发展@@,加快建设@@@@): two or more @ together, never an
// address's one.
const AT_MARKS = /@{2,}/g;

/** The text without a law database's record header (two or more of its fields on the line). */
function stripDatabaseFields(text: string): string {
  const found = text.match(DATABASE_FIELD)?.length ?? 0;
  return found >= 2 ? text.replace(DATABASE_FIELD, "") : text;
}

/** True when a Latin run looks random rather than a name: x3kq, a9b2c, kqzx. */
function looksRandom(run: string): boolean {
  if (/[a-z]/.test(run) && /[A-Za-z]\d+[A-Za-z]/.test(run)) return true;
  return run.length >= 4 && /^[a-z]+$/.test(run) && !/[aeiouy]/.test(run);
}

/**
 * The text without the page's noise inside it; text without noise is returned unchanged.
 * @example stripNoise("新建幼儿园x3kq一所(来源:县融媒体中心)。") === "新建幼儿园一所。"
 * @example stripNoise("整治河 ―10 ― 道20公里。") === "整治河道20公里。"
 * @example stripNoise("推动一@@体化发展@@。") === "推动一体化发展。"
 */
export function stripNoise(text: string): string {
  const marked = stripDatabaseFields(text)
    .replace(PAGE_MARK, "")
    // A line that is nothing but the mark is left whole: the debris filter drops such a line (text/lines.ts).
    .replace(PAGE_OF, (mark) => (mark.trim() === text.trim() ? mark : ""))
    .replace(SHARE_STAMP, "")
    .replace(CONTINUED, "")
    .replace(AT_MARKS, "");
  if (!/[A-Za-z]|来源|来自|转自|摘自|转载|编辑|作者|记者|通讯员|请访问|请关注|供稿|供图/.test(marked))
    return marked;
  return stripJammer(marked)
    .replace(SOURCE_BRACKET, "")
    .replace(CREDIT_BRACKET, "")
    .replace(WATERMARK, "")
    .replace(RANDOM, (run) => (looksRandom(run) ? "" : run));
}
