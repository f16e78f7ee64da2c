import { generateBreakdown } from "../../../bench/generate";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseBreakdown, parseBytes } from "../../../src/core/parse/parseBreakdown";
import { splitUnitList } from "../../../src/core/parse/splitUnits";
import { normalizeUnitName } from "../../../src/core/parse/unitName";
import type { ParsedDocument } from "../../../src/core/types";
import { encodeGbk } from "../../support/gbk";
import { ROOT, sampleText } from "../../support/paths";

const FIXTURES = join(ROOT, "test", "fixtures", "parse");

// Pieces of breakdown syntax, so that random documents hit the parser's real paths, not only noise.
const fragment = fc.constantFrom(
  "一、",
  "二、",
  "(一)",
  "(二)",
  "1.",
  "2、",
  "3.",
  "13. ",
  "(1)",
  "①",
  "一是",
  "\n",
  "\r\n",
  "\n\n",
  "责任单位:",
  "牵头单位:",
  "配合单位:",
  "責任單位:",
  "牵头市领导:",
  "完成时限:",
  "分管副市长:",
  "财政局",
  "发改局(服务业局)",
  "各镇(街道)",
  "各区(县、市)政府",
  "、",
  ",",
  "\uff0c",
  ";",
  "\uff1b",
  "\uff1a",
  "(",
  ")",
  "\uff08",
  "\uff09",
  "【",
  "】",
  "[",
  "]",
  "牵头",
  "按职责分工负责",
  "会同",
  "等",
  "王某某常务副市长牵头重点工作",
  "推进城东片区改造。",
  "6月底前",
  "朗读",
  "— 3 —",
  "序号",
  "工作任务",
  "\t",
  " ",
  "\u3000",
  "\ufeff",
  "\u0001",
  "\u000b",
  "\u001f",
  "责任分解",
  "2020年5月22日",
  "列第一位者为牵头单位",
);
const documentText = fc
  .array(fc.oneof(fragment, fc.string({ maxLength: 6 })), { maxLength: 80 })
  .map((a) => a.join(""));

function checkShape(doc: ParsedDocument): void {
  const ids = doc.tasks.map((t) => t.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const t of doc.tasks) {
    expect(t.line).toBeGreaterThan(0);
    // No control characters reach the ledger: Excel would report the file as damaged.
    for (const v of [t.id, t.text, t.leader ?? "", ...t.leads, ...t.coUnits]) {
      // eslint-disable-next-line no-control-regex -- these are the characters to remove
      expect(v).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    }
    for (const u of [...t.leads, ...t.coUnits]) expect(u).not.toBe("");
    expect(t.collectives.every((c) => t.leads.includes(c) || t.coUnits.includes(c))).toBe(true);
    expect(t.coUnits.some((u) => t.leads.includes(u))).toBe(false);
  }
  if (doc.tasks.length === 0)
    expect(doc.issues.some((i) => i.code === "no-tasks" || i.severity === "error")).toBe(true);
}

describe("the parser on any input", () => {
  it("never throws on arbitrary strings and always returns a well-formed result", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => checkShape(parseBreakdown(s))),
      { numRuns: 400 },
    );
  });

  it("never throws on random documents made of breakdown syntax", () => {
    fc.assert(
      fc.property(documentText, (s) => checkShape(parseBreakdown(s))),
      { numRuns: 600 },
    );
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => checkShape(parseBytes(b))),
      { numRuns: 300 },
    );
  });
});

// Unit names as documents write them: a Han stem, an organisation suffix, maybe a bracket that may itself
// hold a 、 or a comma (各区(县、市)政府, 〈含开发区、度假区〉).
const han = fc.string({
  unit: fc.constantFrom(..."财政发改经信科技商务农业规划建设交通水利文化卫生教育"),
  minLength: 1,
  maxLength: 5,
});
const suffix = fc.constantFrom("局", "委", "办", "中心", "集团", "街道", "镇", "政府", "部");
const bracket = fc.option(
  fc.tuple(fc.constantFrom("(", "（", "〈"), han, fc.option(fc.tuple(fc.constantFrom("、", ",", "，"), han))),
);
const unitName = fc.tuple(han, suffix, bracket).map(([stem, suf, b]) => {
  if (!b) return stem + suf;
  const [open, inner, more] = b;
  const close = open === "(" ? ")" : open === "（" ? "）" : "〉";
  return `${stem}${suf}${open}${inner}${more ? more[0] + more[1] : ""}${close}`;
});

describe("splitting a list of units", () => {
  it("never cuts inside brackets, whatever the separator", () => {
    fc.assert(
      fc.property(
        fc.array(unitName, { minLength: 1, maxLength: 8 }),
        fc.constantFrom("、", ",", "\uff0c", ";", "\uff1b"),
        (names, sep) => {
          expect(splitUnitList(names.join(sep))).toEqual(names.map(normalizeUnitName));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("round-trips: split, join with 、, split again gives the same units", () => {
    fc.assert(
      fc.property(fc.array(unitName, { minLength: 1, maxLength: 8 }), (names) => {
        const once = splitUnitList(names.join(","));
        expect(splitUnitList(once.join("、"))).toEqual(once);
      }),
    );
  });
});

// What must survive every mutation of the sample: each task, its leader and its units.
const essence = (doc: ParsedDocument) =>
  doc.tasks.map((t) => ({
    id: t.id,
    leader: t.leader,
    leads: t.leads,
    coUnits: t.coUnits,
    collectives: t.collectives,
  }));
const original = parseBreakdown(sampleText());

const WIDE = "\uff0c\uff1a\uff1b\uff08\uff09\uff01\uff1f"; // ，：；（）！？
const NARROW = ",:;()!?";
function swapWidth(text: string, rate: number, rand: () => number): string {
  let out = "";
  for (const ch of text) {
    const w = WIDE.indexOf(ch);
    const n = NARROW.indexOf(ch);
    if (w >= 0 && rand() < rate) out += NARROW[w];
    else if (n >= 0 && rand() < rate) out += WIDE[n];
    else out += ch;
  }
  return out;
}

/** A deterministic random source from a fast-check seed. */
const rng = (seed: number) => {
  let x = seed >>> 0 || 1;
  return () => (x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32;
};

describe("mutations of the sample keep every task and its units", () => {
  it("survives half- and full-width punctuation swapped", () => {
    fc.assert(
      fc.property(fc.integer(), fc.double({ min: 0.1, max: 1, noNaN: true }), (seed, rate) => {
        const text = swapWidth(sampleText(), rate, rng(seed));
        expect(text).not.toBe(sampleText());
        expect(essence(parseBreakdown(text))).toEqual(essence(original));
      }),
      { numRuns: 25 },
    );
  });

  it("survives spaces after numbers, colons and separators, and CRLF line ends", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rand = rng(seed);
        const space = () => [" ", "  ", "\u3000", "\t"][Math.floor(rand() * 4)] as string;
        const mutated = sampleText()
          .split("\n")
          .map(
            (line) =>
              (rand() < 0.5 ? space() : "") +
              line
                .replace(/^(\d+)\./, (m, n: string) => (rand() < 0.5 ? `${n}.${space()}` : `${n} .`))
                .replace(/:/g, () => (rand() < 0.5 ? `:${space()}` : ":"))
                .replace(/、/g, () => (rand() < 0.3 ? ` 、 ` : "、")) +
              (rand() < 0.5 ? space() : ""),
          )
          .join(rand() < 0.5 ? "\r\n" : "\n");
        expect(essence(parseBreakdown(mutated))).toEqual(essence(original));
      }),
      { numRuns: 25 },
    );
  });

  it("survives web debris inserted between lines", () => {
    const debris = [
      "朗读",
      "听全文",
      "分享到:",
      "首页 > 政务公开 > 政府文件",
      "— 3 —",
      "- 12 -",
      "第 2 页 共 5 页",
      "【打印本页】",
      "扫一扫在手机打开当前页",
      "",
    ];
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rand = rng(seed);
        const lines: string[] = [];
        for (const line of sampleText().split("\n")) {
          lines.push(line);
          if (rand() < 0.3) lines.push(debris[Math.floor(rand() * debris.length)] as string);
        }
        expect(essence(parseBreakdown(lines.join("\n")))).toEqual(essence(original));
      }),
      { numRuns: 25 },
    );
  });

  it("never loses a task silently: deleting any task's line raises an error", () => {
    const lines = sampleText().split("\n");
    const errors = (doc: ParsedDocument) => doc.issues.filter((i) => i.severity === "error").length;
    for (const task of original.tasks.filter((t) => t.leads.length > 0)) {
      const mutated = [...lines.slice(0, task.line - 1), ...lines.slice(task.line)].join("\n");
      const doc = parseBreakdown(mutated);
      expect({ id: task.id, more: errors(doc) > errors(original) }).toEqual({ id: task.id, more: true });
    }
  });

  it("reads the sample saved as GBK, and says the encoding was guessed", () => {
    const parsed = parseBytes(encodeGbk(sampleText()));
    expect(parsed.document.encoding).toBe("gb18030");
    expect(parsed.issues[0]).toMatchObject({ code: "encoding-guessed", severity: "info", line: null });
    expect(parsed.tasks).toEqual(original.tasks);
  });

  it("reads the sample saved as UTF-8 with a BOM and as UTF-16 with a BOM exactly as the original", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sampleText())]);
    expect(parseBytes(bom).tasks).toEqual(original.tasks);
    const text = sampleText();
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      utf16[2 + i * 2] = c & 0xff;
      utf16[3 + i * 2] = c >> 8;
    }
    const parsed = parseBytes(utf16);
    expect(parsed.document.encoding).toBe("utf-16le");
    expect(parsed.tasks).toEqual(original.tasks);
    expect(parsed.issues).toEqual(original.issues);
  });
});

describe("punctuation width", () => {
  // Documents mix the two widths freely; a separator or bracket class that names only one of them
  // silently misreads every line written with the other. Every golden fixture must read the same
  // whichever width its commas, colons, semicolons and brackets are written in.
  const widen = (s: string) => s.replace(/[,:;()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const narrow = (s: string) =>
    s.replace(/[\uff0c\uff1a\uff1b\uff08\uff09]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const reading = (doc: ParsedDocument) => ({
    title: doc.document.title === null ? null : narrow(doc.document.title),
    date: doc.document.date,
    convention: doc.document.roleConvention !== null,
    parts: doc.document.parts.length,
    tasks: doc.tasks.map((t) => ({ ...t, text: narrow(t.text), deadline: t.deadline && narrow(t.deadline) })),
    issues: doc.issues.map((i) => [i.code, i.line]),
  });
  const fixtures = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".txt"))
    .filter((f) => /[,:;()\uff0c\uff1a\uff1b\uff08\uff09]/.test(readFileSync(join(FIXTURES, f), "utf8")));

  it("has fixtures to check", () => expect(fixtures.length).toBeGreaterThan(40));

  it.each(fixtures)("%s reads the same with half-width and with full-width punctuation", (name) => {
    const text = narrow(readFileSync(join(FIXTURES, name), "utf8"));
    expect(reading(parseBreakdown(widen(text)))).toEqual(reading(parseBreakdown(text)));
  });
});

describe("generated documents", () => {
  it("parse to exactly the tasks they were generated from, beyond a thousand items per section", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2500 }), fc.integer(), (tasks, seed) => {
        const { text, expected } = generateBreakdown({ tasks, units: 40, seed });
        const parsed = parseBreakdown(text);
        expect(
          parsed.tasks.map((t) => ({ id: t.id, leader: t.leader, leads: t.leads, coUnits: t.coUnits })),
        ).toEqual(expected);
        expect(parsed.issues).toEqual([]);
      }),
      { numRuns: 8 },
    );
  });
});
