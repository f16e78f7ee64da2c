/**
 * Variants of a list document (a table or a numbered list with unit labels) as another city would write the same
 * document: its label words, punctuation, numbering, unit names, a table's separators and column order. Each
 * variant is a rewrite of the whole text and the same rewrite of the reading's words and units, so the expected
 * reading of a variant is computed from the document's own reading, never from what the parser reads.
 */

/** One variant: the family it belongs to, its name, and how it rewrites the text, a task's words and a unit. */
export interface Variant {
  readonly family: string;
  readonly name: string;
  readonly text: (s: string) => string;
  readonly words: (s: string) => string;
  readonly unit: (u: string) => string;
}

const same = (s: string): string => s;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// ---- label words ------------------------------------------------------------------------------------------------

// The words other offices write for the same role, class by class: units listed without roles (the first leads),
// the lead, the co-units.
export const LABEL_CLASSES: Readonly<Record<string, readonly string[]>> = {
  list: ["责任单位", "责任部门", "承办单位", "落实单位", "实施单位", "责任主体"],
  lead: ["牵头单位", "主办单位", "主责单位", "牵头部门"],
  co: ["配合单位", "协办单位", "参与单位", "协同单位", "配合部门", "协作单位"],
  data: ["数据提供单位", "数据来源单位"],
};

// A label: its word not run on from other Han characters, followed by its colon, a cell's end or the line's end.
const labelAt = (words: readonly string[]): RegExp =>
  new RegExp(`(?<![\\u4e00-\\u9fff])(${words.join("|")})(?=\\s*(?:[:：】|\\t)）]|为|$|\\s{2,}))`, "gm");

function labelVariants(text: string): Variant[] {
  const out: Variant[] = [];
  for (const [cls, words] of Object.entries(LABEL_CLASSES)) {
    const used = words.filter((w) => labelAt([w]).test(text));
    if (used.length !== 1) continue;
    const from = used[0] as string;
    for (const to of words) {
      if (to === from) continue;
      const re = labelAt([from]);
      const rw = (s: string): string => s.replace(re, to);
      out.push({ family: "labels", name: `${cls} ${from}→${to}`, text: rw, words: rw, unit: same });
    }
  }
  return out;
}

// ---- the label's colon ------------------------------------------------------------------------------------------

const ALL_LABELS = Object.values(LABEL_CLASSES).flat();
const COLON_AFTER = new RegExp(`(?<![\\u4e00-\\u9fff])(${ALL_LABELS.join("|")})\\s*[:：]`, "g");

function colonVariants(text: string): Variant[] {
  if (!COLON_AFTER.test(text)) return [];
  return [":", "：", "： ", " :"].map((c) => {
    const rw = (s: string): string => s.replace(COLON_AFTER, (_, l: string) => l + c);
    return { family: "colon", name: `label${JSON.stringify(c)}`, text: rw, words: rw, unit: same };
  });
}

// ---- the separator between units ----------------------------------------------------------------------------------

/** The reading's unit names, longest first, as an alternation (those of two characters or more). */
function unitAlternation(units: readonly string[]): string {
  const names = [...new Set(units)].filter((u) => u.length >= 2).sort((a, b) => b.length - a.length);
  return names.map(escape).join("|");
}

function separatorVariants(text: string, units: readonly string[]): Variant[] {
  const alt = unitAlternation(units);
  if (alt === "") return [];
  const re = new RegExp(`(${alt})、(?=(?:${alt}))`, "g");
  if (!re.test(text)) return [];
  return ["，", ",", "；", ";", " ", "/"].map((sep) => {
    const rw = (s: string): string => s.replace(re, (_, u: string) => u + sep);
    return { family: "unitSeparator", name: `、→${JSON.stringify(sep)}`, text: rw, words: rw, unit: same };
  });
}

// ---- punctuation ----------------------------------------------------------------------------------------------------

const PUNCT: ReadonlyArray<readonly [string, Readonly<Record<string, string>>]> = [
  ["half", { "：": ":", "，": ",", "（": "(", "）": ")", "；": ";" }],
  ["full", { ":": "：", ",": "，", "(": "（", ")": "）", ";": "；" }],
];

function punctVariants(): Variant[] {
  return PUNCT.map(([name, map]) => {
    const re = new RegExp(`[${Object.keys(map).map(escape).join("")}]`, "g");
    const rw = (s: string): string => s.replace(re, (c) => map[c] ?? c);
    return { family: "punct", name, text: rw, words: rw, unit: rw };
  });
}

// ---- numbering ------------------------------------------------------------------------------------------------------

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const CN = "一二三四五六七八九十";

// Arabic styles of an item's number at a line's start: how to find one and how to write number n.
const ARABIC: ReadonlyArray<readonly [string, RegExp, (n: number) => string]> = [
  // Not a decimal (1.5万元 at a line's start), but a number whose dot comes before a year (4.2011年底…) is one.
  ["1.", /^(\s*)(\d{1,2})[.．](?:(?!\d)|(?=(?:19|20)\d{2}年))\s*/, (n) => `${n}.`],
  ["1、", /^(\s*)(\d{1,2})、\s*/, (n) => `${n}、`],
  ["(1)", /^(\s*)\((\d{1,2})\)\s*/, (n) => `(${n})`],
  ["（1）", /^(\s*)（(\d{1,2})）\s*/, (n) => `（${n}）`],
  ["①", /^(\s*)([①-⑳])\s*/, (n) => CIRCLED[n - 1] ?? `${n}.`],
  ["1)", /^(\s*)(\d{1,2})[)）]\s*/, (n) => `${n})`],
];
const CHINESE: ReadonlyArray<readonly [string, RegExp, (n: string) => string]> = [
  ["一、", new RegExp(`^(\\s*)([${CN}]{1,3})、\\s*`), (n) => `${n}、`],
  ["(一)", new RegExp(`^(\\s*)\\(([${CN}]{1,3})\\)\\s*`), (n) => `(${n})`],
  ["（一）", new RegExp(`^(\\s*)（([${CN}]{1,3})）\\s*`), (n) => `（${n}）`],
];

const arabicOf = (m: string): number => {
  const k = CIRCLED.indexOf(m);
  return k >= 0 ? k + 1 : Number(m);
};

function numberingVariants(text: string): Variant[] {
  const lines = text.split("\n");
  const out: Variant[] = [];
  const present = <T extends readonly [string, RegExp, unknown]>(styles: readonly T[]) =>
    styles.filter(([, re]) => lines.some((l) => re.test(l)));
  const arabic = present(ARABIC);
  const chinese = present(CHINESE);
  for (const [fromName, fromRe] of arabic)
    for (const [toName, , write] of ARABIC) {
      if (arabic.some(([n]) => n === toName)) continue;
      const big = lines.some((l) => arabicOf(fromRe.exec(l)?.[2] ?? "0") > 20);
      if (toName === "①" && big) continue;
      const rw = (s: string): string =>
        s
          .split("\n")
          .map((l) => l.replace(fromRe, (_, sp: string, n: string) => sp + write(arabicOf(n))))
          .join("\n");
      out.push({ family: "numbering", name: `${fromName}→${toName}`, text: rw, words: same, unit: same });
    }
  for (const [fromName, fromRe] of chinese)
    for (const [toName, , write] of CHINESE) {
      if (chinese.some(([n]) => n === toName)) continue;
      const rw = (s: string): string =>
        s
          .split("\n")
          .map((l) => l.replace(fromRe, (_, sp: string, n: string) => sp + write(n)))
          .join("\n");
      out.push({ family: "numbering", name: `${fromName}→${toName}`, text: rw, words: same, unit: same });
    }
  return out;
}

// ---- unit names -----------------------------------------------------------------------------------------------------

// Another county's offices, by the kind of name: bureaus, commissions, offices, centres, companies, streets, towns.
const OTHER_NAMES = [
  "发展和改革局",
  "财政局",
  "住房和城乡建设局",
  "教育体育局",
  "卫生健康委员会",
  "农业农村局",
  "融媒体中心",
  "城市建设投资有限公司",
  "政务服务中心",
  "市场监督管理局",
  "人力资源和社会保障局",
  "交通运输局",
  "自然资源局",
  "文化和旅游局",
  "商务局",
  "统计局",
  "应急管理局",
  "水利局",
  "工业和信息化局",
  "科学技术局",
  "民政局",
  "司法局",
  "医疗保障局",
  "城市管理局",
  "林业和草原局",
  "数据资源管理中心",
  "税务局",
  "委宣传部",
  "委组织部",
  "总工会",
  "妇联",
  "政府办",
  "住建委",
  "卫健委",
  "公安局",
  "生态环境分局",
  "投资促进中心",
  "供销合作社",
  "退役军人事务局",
  "乡村振兴局",
];
const TOWNS = ["城关街道办事处", "河口镇人民政府", "东城街道", "新华镇"];
const PREFIXED = /^[市县区旗]/;

/** Rewrites every name of `map` in a string at once, longest first, so no name is rewritten inside another. */
function renamer(map: ReadonlyMap<string, string>): (s: string) => string {
  if (map.size === 0) return same;
  const re = new RegExp(unitAlternation([...map.keys()]), "g");
  return (s) => s.replace(re, (u) => map.get(u) ?? u);
}

function unitNameVariants(units: readonly string[]): Variant[] {
  // A name with a bracket (县地方金融局(市财政局)) is left as written: the names inside it are renamed.
  const named = [...new Set(units)].filter((u) => PREFIXED.test(u) && u.length >= 3 && !/[(（]/.test(u));
  if (named.length === 0) return [];
  const out: Variant[] = [];
  // The same offices of another level of government: 市 → 县, 区, 旗; 县, 区, 旗 → 市.
  for (const to of ["县", "区", "旗", "市"]) {
    const map = new Map(named.filter((u) => u[0] !== to).map((u) => [u, to + u.slice(1)] as const));
    if (map.size === 0) continue;
    const rw = renamer(map);
    out.push({ family: "unitNames", name: `prefix ${to}`, text: rw, words: rw, unit: rw });
  }
  // Another county's offices: each office named otherwise (a street or town for some).
  for (const [k, to] of ["县", "区", "旗"].entries()) {
    const map = new Map(
      named.map((u, i) => {
        const n = (i * 7 + k * 3) % (OTHER_NAMES.length + TOWNS.length);
        const name =
          n < OTHER_NAMES.length
            ? to + (OTHER_NAMES[n] as string)
            : (TOWNS[n - OTHER_NAMES.length] as string);
        return [u, name] as const;
      }),
    );
    // Two offices given one name would merge them: keep the variant only where the names stay apart.
    if (new Set(map.values()).size !== map.size) continue;
    const rw = renamer(map);
    out.push({ family: "unitNames", name: `other ${to}`, text: rw, words: rw, unit: rw });
  }
  return out;
}

// ---- a table's separators and column order --------------------------------------------------------------------------

type Sep = "pipe" | "tab";
const rowSep = (line: string): Sep | null =>
  (line.match(/\|/g) ?? []).length >= 2 ? "pipe" : line.includes("\t") ? "tab" : null;
const cellsOf = (line: string, sep: Sep): string[] =>
  sep === "pipe"
    ? line
        .replace(/^\s*\|/, "")
        .replace(/\|\s*$/, "")
        .split("|")
        .map((c) => c.trim())
    : line.split("\t").map((c) => c.trim());

/** The table's rows: the lines whose cells one separator sets apart (the text's kind of table, if any). */
function tableOf(text: string): { sep: Sep; rows: number[] } | null {
  const lines = text.split("\n");
  const pipes = lines.flatMap((l, i) => (rowSep(l) === "pipe" ? [i] : []));
  const tabs = lines.flatMap((l, i) => (rowSep(l) === "tab" ? [i] : []));
  if (pipes.length >= 3) return { sep: "pipe", rows: pipes };
  if (tabs.length >= 3) return { sep: "tab", rows: tabs };
  return null;
}

function rewriteRows(text: string, table: { sep: Sep; rows: number[] }, write: (cells: string[]) => string) {
  const lines = text.split("\n");
  for (const i of table.rows) lines[i] = write(cellsOf(lines[i] as string, table.sep));
  return lines.join("\n");
}

function tableVariants(text: string): Variant[] {
  const table = tableOf(text);
  if (!table) return [];
  const out: Variant[] = [];
  const add = (name: string, write: (cells: string[]) => string) =>
    out.push({
      family: "tableSeparator",
      name,
      text: (s) => rewriteRows(s, table, write),
      words: same,
      unit: same,
    });
  if (table.sep === "pipe") {
    add("tab", (c) => c.join("\t"));
    add("pipe, no outer bars", (c) => c.join(" | "));
  } else {
    add("pipe", (c) => `| ${c.join(" | ")} |`);
  }
  const cells = table.rows.map((i) => cellsOf(text.split("\n")[i] as string, table.sep));
  // Runs of spaces only where no cell is empty and none holds a space (else the cells could not be told apart).
  if (cells.every((row) => row.every((c) => c !== "" && !/\s/.test(c)))) add("spaces", (c) => c.join("    "));
  // Column order: two unit columns of the header side by side, swapped, where every row has the header's cells.
  const header = cells[0] as string[];
  const width = header.length;
  if (cells.every((row) => row.length === width)) {
    const unitCol = (c: string) => /单位|部门|处室|科室/.test(c.replace(/\s/g, ""));
    for (let k = 1; k + 1 < width; k++) {
      if (!unitCol(header[k] as string) && !unitCol(header[k + 1] as string)) continue;
      if (/序号/.test(header[k] ?? "")) continue;
      const swap = (c: string[]) => {
        const d = [...c];
        [d[k], d[k + 1]] = [d[k + 1] as string, d[k] as string];
        return table.sep === "pipe" ? `| ${d.join(" | ")} |` : d.join("\t");
      };
      out.push({
        family: "columnOrder",
        name: `swap ${header[k]}/${header[k + 1]}`,
        text: (s) => rewriteRows(s, table, swap),
        words: same,
        unit: same,
      });
    }
  }
  return out;
}

// ---- headings -------------------------------------------------------------------------------------------------------

const HEADING = new RegExp(`^(\\s*)([${CN}]{1,3})、([\\u4e00-\\u9fff]{2,16})$`);

function headingVariants(text: string): Variant[] {
  if (!text.split("\n").some((l) => HEADING.test(l))) return [];
  const styles: ReadonlyArray<readonly [string, (n: string, h: string) => string]> = [
    ["第一部分", (n, h) => `第${n}部分 ${h}`],
    ["spaced", (n, h) => `${n}、${[...h].join(" ")}`],
    ["【】", (n, h) => `${n}、【${h}】`],
  ];
  return styles.map(([name, write]) => {
    const rw = (s: string): string =>
      s
        .split("\n")
        .map((l) => l.replace(HEADING, (_, sp: string, n: string, h: string) => sp + write(n, h)))
        .join("\n");
    return { family: "heading", name, text: rw, words: same, unit: same };
  });
}

// ---- where the units stand: a bracket after the task, a line under it, a label alone over its names ----------------

const LABEL_LINE = new RegExp(`^\\s*((?:${ALL_LABELS.join("|")})\\s*[:：].*?)\\s*$`);
const LABEL_BRACKET = new RegExp(
  `^(.*?\\S)\\s*[(（]((?:${ALL_LABELS.join("|")})\\s*[:：][^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*)[)）]\\s*[。;；]?\\s*$`,
);

/** Each unit bracket closing a task's line written as a line of its own under it. */
function bracketsToLines(s: string): string {
  return s
    .split("\n")
    .flatMap((l) => {
      const m = LABEL_BRACKET.exec(l);
      if (!m || /[|\t]/.test(l)) return [l];
      return [m[1] as string, (m[2] as string).replace(/[；;]\s*(?=\S)/g, "\n")];
    })
    .join("\n");
}

/** Each run of unit lines under a task written as a bracket closing the task's line. */
function linesToBrackets(s: string): string {
  const lines = s.split("\n");
  const out: string[] = [];
  let held: string[] = [];
  let at = -1;
  const flush = () => {
    if (held.length > 0 && at >= 0)
      out[at] = `${(out[at] as string).replace(/\s+$/, "")}（${held.join("；")}）`;
    held = [];
  };
  for (const l of lines) {
    const m = LABEL_LINE.exec(l);
    if (m && at >= 0 && !LABEL_LINE.test(out[at] as string)) {
      held.push(m[1] as string);
      continue;
    }
    if (l.trim() === "" && held.length === 0) {
      out.push(l);
      continue;
    }
    if (l.trim() === "") continue;
    flush();
    out.push(l);
    at = out.length - 1;
  }
  flush();
  return out.join("\n");
}

/** Each unit label line written as the label alone on its line over its names. */
function labelsAlone(s: string): string {
  return s
    .split("\n")
    .map((l) => {
      const m = LABEL_LINE.exec(l);
      if (!m) return l;
      const [label, value] = (m[1] as string).split(/[:：]/, 2) as [string, string];
      return value.trim() === "" ? l : `${label.trim()}\n${value.trim()}`;
    })
    .join("\n");
}

function placeVariants(text: string): Variant[] {
  const out: Variant[] = [];
  const lines = text.split("\n");
  if (lines.some((l) => LABEL_BRACKET.test(l) && !/[|\t]/.test(l)))
    out.push({ family: "unitPlace", name: "bracket → line", text: bracketsToLines, words: same, unit: same });
  if (lines.some((l) => LABEL_LINE.test(l))) {
    out.push({ family: "unitPlace", name: "line → bracket", text: linesToBrackets, words: same, unit: same });
    out.push({ family: "unitPlace", name: "label alone", text: labelsAlone, words: same, unit: same });
  }
  return out;
}

/** Every variant of a document: its text and the unit names its reading gives. */
export function listVariants(text: string, units: readonly string[]): Variant[] {
  return [
    ...labelVariants(text),
    ...colonVariants(text),
    ...separatorVariants(text, units),
    ...punctVariants(),
    ...numberingVariants(text),
    ...unitNameVariants(units),
    ...tableVariants(text),
    ...headingVariants(text),
    ...placeVariants(text),
  ];
}
