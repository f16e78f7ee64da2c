"use strict";
// `npm run bench [-- --json]`: speed figures. Prints them; never asserts on time (see README).

const { execFileSync } = require("node:child_process");
const { mkdtempSync, readFileSync, readdirSync, writeFileSync } = require("node:fs");
const { gzipSync } = require("node:zlib");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { generateBreakdown, unitNames } = require("./generate");
const { parseBreakdown } = require("../lib/core/parse/parseBreakdown");
const { roundFigures } = require("./rounds");

const ROOT = join(__dirname, "..");
const SAMPLE = join(ROOT, "seeds", "tongxiang-2020-breakdown.txt");

/** Median of `runs` timings of `fn`, in milliseconds, after one warm-up run. */
function time(fn, runs) {
  fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(ms);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] * 100) / 100;
}

/** A node process run `runs` times: wall time (median) and peak resident memory (largest), its JSON output. */
function processFigures(args, runs) {
  const ms = [];
  let peak = 0;
  let out = null;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    out = JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26 }));
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    peak = Math.max(peak, out.maxRSS);
  }
  return { ms: median(ms), peakMB: Math.round(peak / 1024), out };
}

/** `taizhang build` as a whole process: wall time (median of `runs`) and the peak resident memory. */
function buildProcess(input, runs, extra = []) {
  const dir = mkdtempSync(join(tmpdir(), "taizhang-bench-"));
  const args = ["build", input, "-o", join(dir, "ledger.xlsx"), "--force", ...extra];
  const script = `require(${JSON.stringify(join(ROOT, "lib", "cli", "main.js"))})
    .main(${JSON.stringify(args)}, { out() {}, err() {} })
    .then((code) => { process.stdout.write(JSON.stringify({ code, maxRSS: process.resourceUsage().maxRSS })); });`;
  const r = processFigures(["-e", script], runs);
  if (r.out.code !== 0) throw new Error(`build exited ${r.out.code}`);
  return { ms: r.ms, peakMB: r.peakMB };
}

/**
 * The cells `taizhang build` writes for a document, sheet by sheet (values, formulas with their results,
 * dates as serial numbers), saved as JSON for the bare-ExcelJS baseline. Made with the build's own code.
 */
function ledgerCells(input, file) {
  const { readFileSync: read } = require("node:fs");
  const { ledgerFromParsed } = require("../lib/core/ledger/fromParsed");
  const { buildPlan } = require("../lib/core/workbook/buildPlan");
  const { DEFAULT_SETTINGS, dateToSerial } = require("../lib/core/plan/settings");
  const { acceptSuggestions, suggestRegistry } = require("../lib/core/units/registry");
  const parsed = parseBreakdown(read(input, "utf8"));
  const suggested = suggestRegistry(parsed);
  const registry = acceptSuggestions(suggested, suggested.suggestions);
  const plan = buildPlan(ledgerFromParsed(parsed, registry, DEFAULT_SETTINGS), { pivots: false });
  const cell = (v) =>
    v === null || typeof v !== "object"
      ? v
      : "date" in v
        ? dateToSerial(v.date)
        : { formula: v.formula, result: v.result };
  const sheets = plan.sheets.map((s) => {
    const rows = new Map();
    const put = (r, c, v) => {
      if (!rows.has(r)) rows.set(r, []);
      const line = rows.get(r);
      while (line.length < c) line.push(null);
      line[c] = v;
    };
    const blocks = [
      ...s.blocks,
      ...s.pivots.flatMap((p) => [
        ...p.fallback.blocks,
        { kind: "values", row: p.fallback.noteRow, col: p.fallback.noteCol, values: [[p.fallback.note]] },
      ]),
    ];
    for (const b of blocks) {
      if (b.kind === "values")
        b.values.forEach((cells, i) => cells.forEach((v, k) => put(b.row + i, b.col + k, cell(v))));
      else
        b.results.forEach((result, i) =>
          put(b.row + i, b.col, { formula: b.a1.replace(/\{r\}/g, String(b.row + i + 1)), result }),
        );
    }
    return { name: s.name, rows: [...rows].sort((a, b) => a[0] - b[0]) };
  });
  writeFileSync(file, JSON.stringify(sheets));
}

/** Bare ExcelJS writing the same sheets and rows, as a whole process (see bareExcelJS.js). */
function bareProcess(cellsFile, runs, stream = false) {
  const dir = mkdtempSync(join(tmpdir(), "taizhang-bench-bare-"));
  const args = [join(__dirname, "bareExcelJS.js"), cellsFile, join(dir, "bare.xlsx")];
  return processFigures(stream ? [...args, "--stream"] : args, runs);
}

/** `taizhang parse` of the sample as a whole process, against node loading the compiled parser and parsing it. */
function parseProcesses(runs) {
  const cli = join(ROOT, "bin", "taizhang.js");
  const bare = `const { parseBreakdown } = require(${JSON.stringify(join(ROOT, "lib", "core", "parse", "parseBreakdown.js"))});
    parseBreakdown(require("node:fs").readFileSync(${JSON.stringify(SAMPLE)}, "utf8"));`;
  const once = (args) => {
    const t0 = process.hrtime.bigint();
    execFileSync(process.execPath, args, { stdio: "ignore" });
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const cliMs = [];
  const bareMs = [];
  // Interleaved, so that a busy moment of the machine weighs on both.
  for (let i = 0; i < runs; i++) {
    cliMs.push(once([cli, "parse", SAMPLE]));
    bareMs.push(once(["-e", bare]));
  }
  return { cli: median(cliMs), bare: median(bareMs) };
}

/** Round trips and the largest request of writing a generated ledger into Excel, measured through the host double. */
async function excelFigures() {
  require("./tsRequire");
  const { measureApply } = require("../test/support/excelMeasure.ts");
  const { ledgerFromParsed } = require("../src/core/ledger/fromParsed.ts");
  const { buildPlan } = require("../src/core/workbook/buildPlan.ts");
  const { DEFAULT_SETTINGS } = require("../src/core/plan/settings.ts");
  const { acceptSuggestions, suggestRegistry } = require("../src/core/units/registry.ts");
  const planOf = (text) => {
    const parsed = parseBreakdown(text);
    const suggested = suggestRegistry(parsed);
    const registry = acceptSuggestions(suggested, suggested.suggestions);
    return buildPlan(ledgerFromParsed(parsed, registry, DEFAULT_SETTINGS));
  };
  const sample = await measureApply(planOf(readFileSync(SAMPLE, "utf8")));
  const large = await measureApply(planOf(generateBreakdown({ tasks: 2000, units: 150 }).text));
  return {
    "excel.syncs.sample": sample.syncs,
    "excel.syncs.large": large.syncs,
    "excel.maxRequestBytes.sample": sample.maxRequestBytes,
    "excel.maxRequestBytes.large": large.maxRequestBytes,
  };
}

/**
 * The pane's first load: the scripts taskpane.html references, gzipped, from a production build — all the
 * pane runs before it can be used; the chunks it fetches on demand (the parser, readers, ExcelJS) are apart.
 */
function paneFigures() {
  const dist = mkdtempSync(join(tmpdir(), "taizhang-bench-dist-"));
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"),
      "--mode",
      "production",
      "--output-path",
      dist,
      "--devtool",
      "false",
    ],
    {
      cwd: ROOT,
      stdio: "ignore",
    },
  );
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  // Minified HTML leaves attributes unquoted: src=taskpane.1234abcd.js
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] || m[2])
    .filter((src) => !/^https?:/.test(src));
  if (scripts.length === 0) throw new Error("no scripts found in taskpane.html");
  const gz = scripts.reduce((n, src) => n + gzipSync(readFileSync(join(dist, src))).length, 0);
  const raw = scripts.reduce((n, src) => n + readFileSync(join(dist, src)).length, 0);
  const chunk = (name) => readdirSync(dist).find((f) => f.startsWith(`${name}.`) && f.endsWith(".js"));
  const gzOf = (name) =>
    chunk(name) ? Math.round(gzipSync(readFileSync(join(dist, chunk(name)))).length / 1024) : null;
  return {
    "pane.firstLoadKB.raw": Math.round(raw / 1024),
    "pane.firstLoadKB.gzip": Math.round(gz / 1024),
    "pane.exceljsKB.gzip": gzOf("exceljs"),
    "pane.mammothKB.gzip": gzOf("mammoth"),
    // The parser, fetched with the first document pasted or opened (not part of the first load).
    "pane.parserKB.gzip": gzOf("parser"),
    // The panels past the first screen (校验, 生成, 设置, 更新现有台账, a document's preview), fetched when one shows.
    "pane.panelsKB.gzip": gzOf("panels"),
  };
}

async function main() {
  const json = process.argv.includes("--json");
  const sample = readFileSync(SAMPLE, "utf8");
  const large = generateBreakdown({ tasks: 10000, units: 200 }).text;
  const double = generateBreakdown({ tasks: 20000, units: 200 }).text;
  const figures = {
    "parse.ms.sample": time(() => parseBreakdown(sample), 20),
    "parse.ms.large": time(() => parseBreakdown(large), 5),
    "parse.ms.large2x": time(() => parseBreakdown(double), 3),
  };
  figures["parse.linearity"] =
    Math.round((figures["parse.ms.large2x"] / figures["parse.ms.large"]) * 100) / 100;
  // A page copied as one line and hard-wrapped at a width (the wrapped-lines stage joins it again), at two sizes.
  const wrapped = (tasks) => {
    const page = generateBreakdown({ tasks, units: 200 }).text.replace(/\n/g, "");
    return page.match(/[^]{1,40}/g).join("\n");
  };
  const wrappedPage = wrapped(2000);
  const wrappedPage2x = wrapped(4000);
  figures["parse.ms.wrapped"] = time(() => parseBreakdown(wrappedPage), 3);
  figures["parse.ms.wrapped2x"] = time(() => parseBreakdown(wrappedPage2x), 3);
  figures["parse.linearity.wrapped"] =
    Math.round((figures["parse.ms.wrapped2x"] / figures["parse.ms.wrapped"]) * 100) / 100;

  const parse = parseProcesses(9);
  figures["cli.parse.ms"] = parse.cli;
  figures["cli.parse.bareMs"] = parse.bare;
  figures["cli.parse.ratio"] = Math.round((parse.cli / parse.bare) * 100) / 100;

  const dir = mkdtempSync(join(tmpdir(), "taizhang-bench-doc-"));
  const largeDoc = join(dir, "large.txt");
  writeFileSync(largeDoc, generateBreakdown({ tasks: 5000, units: 200 }).text);
  const sampleBuild = buildProcess(SAMPLE, 5);
  const largeBuild = buildProcess(largeDoc, 1);
  figures["build.ms.sample"] = sampleBuild.ms;
  figures["build.ms.large"] = largeBuild.ms;
  figures["build.peakMB.large"] = largeBuild.peakMB;
  const cells = join(dir, "large-cells.json");
  ledgerCells(largeDoc, cells);
  const bare = bareProcess(cells, 1);
  figures["build.bareExcelJS.ms.large"] = bare.ms;
  figures["build.bareExcelJS.peakMB.large"] = bare.peakMB;
  figures["build.ratio.large"] = Math.round((largeBuild.ms / bare.ms) * 100) / 100;
  // The same with ExcelJS's streaming writer, which the build uses: the stricter baseline.
  const bareStream = bareProcess(cells, 1, true);
  figures["build.bareExcelJSStream.ms.large"] = bareStream.ms;
  figures["build.bareExcelJSStream.peakMB.large"] = bareStream.peakMB;
  figures["build.ratioToStream.large"] = Math.round((largeBuild.ms / bareStream.ms) * 100) / 100;

  // A 20,000-unit registry (--units) for a 500-task document over 200 of its units.
  const units = join(dir, "units20k.json");
  const names = unitNames(20000);
  writeFileSync(
    units,
    JSON.stringify({
      version: 1,
      units: names.map((name) => ({ name, aliases: [], kind: "部门", groups: [] })),
    }),
  );
  const smallDoc = join(dir, "small.txt");
  writeFileSync(smallDoc, generateBreakdown({ tasks: 500, units: 200 }).text);
  figures["build.ms.units20k"] = buildProcess(smallDoc, 1, ["--units", units]).ms;

  // As many distinct units as tasks (each leads one task), 2,500 and 5,000: a unit sheet each. Twice the units
  // should take about twice the time (linearity near 2); comparing every unit name with every other for alias
  // suggestions made it grow with their square (5,000 units: about 95 s, 34 s now). No 各镇(街道) here: it gives every task that names it to each town, so
  // 任务分工 grows with tasks × towns, a size the document asks for.
  for (const count of [2500, 5000]) {
    const doc = join(dir, `units${count}.txt`);
    writeFileSync(
      doc,
      generateBreakdown({ tasks: count, units: count, everyUnit: true, groupShare: 0 }).text,
    );
    figures[`build.ms.units${count}`] = buildProcess(doc, 1).ms;
  }
  figures["build.linearity.units"] =
    Math.round((figures["build.ms.units5000"] / figures["build.ms.units2500"]) * 100) / 100;

  // A 5 MB text document: 40,000 tasks.
  const hugeDoc = join(dir, "5mb.txt");
  const huge = generateBreakdown({ tasks: 40000, units: 200 }).text;
  writeFileSync(hugeDoc, huge);
  figures["build.docMB.5mb"] =
    Math.round((require("node:buffer").Buffer.byteLength(huge) / 1048576) * 10) / 10;
  const hugeBuild = buildProcess(hugeDoc, 1);
  figures["build.ms.5mb"] = hugeBuild.ms;
  figures["build.peakMB.5mb"] = hugeBuild.peakMB;
  Object.assign(figures, await excelFigures(), paneFigures(), await roundFigures());

  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return;
  }
  for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(30)} ${v}\n`);
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e.stack || e}\n`);
    process.exitCode = 1;
  });
}

module.exports = { bareProcess, buildProcess, ledgerCells, paneFigures, parseProcesses };
