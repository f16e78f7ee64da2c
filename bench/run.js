"use strict";
// `npm run bench [-- --json]`: speed figures. Prints them; never asserts on time (see README).

const { execFileSync } = require("node:child_process");
const { mkdtempSync, readFileSync, readdirSync, writeFileSync } = require("node:fs");
const { gzipSync } = require("node:zlib");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { generateBreakdown } = require("./generate");
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

/** `taizhang build` as a whole process: wall time (median of `runs`) and the peak resident memory. */
function buildProcess(input, runs) {
  const dir = mkdtempSync(join(tmpdir(), "taizhang-bench-"));
  const script = `require(${JSON.stringify(join(ROOT, "lib", "cli", "main.js"))})
    .main(["build", ${JSON.stringify(input)}, "-o", ${JSON.stringify(join(dir, "ledger.xlsx"))}, "--force"], { out() {}, err() {} })
    .then((code) => { process.stdout.write(JSON.stringify({ code, maxRSS: process.resourceUsage().maxRSS })); });`;
  const ms = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const out = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (out.code !== 0) throw new Error(`build exited ${out.code}`);
    peak = Math.max(peak, out.maxRSS);
  }
  return { ms: median(ms), peakMB: Math.round(peak / 1024) };
}

/** Round trips and the largest request of writing a generated ledger into Excel, measured through the host double. */
async function excelFigures() {
  require("./tsRequire");
  const { measureApply } = require("../test/support/excelMeasure.ts");
  const { ledgerFromParsed } = require("../src/core/ledger/fromParsed.ts");
  const { buildPlan } = require("../src/core/plan/buildPlan.ts");
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

/** The pane's first load: the scripts taskpane.html references, gzipped, from a production build. */
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

  const dir = mkdtempSync(join(tmpdir(), "taizhang-bench-doc-"));
  const largeDoc = join(dir, "large.txt");
  writeFileSync(largeDoc, generateBreakdown({ tasks: 5000, units: 200 }).text);
  const sampleBuild = buildProcess(SAMPLE, 5);
  const largeBuild = buildProcess(largeDoc, 1);
  figures["build.ms.sample"] = sampleBuild.ms;
  figures["build.ms.large"] = largeBuild.ms;
  figures["build.peakMB.large"] = largeBuild.peakMB;
  Object.assign(figures, await excelFigures(), paneFigures(), await roundFigures());

  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return;
  }
  for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(24)} ${v}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exitCode = 1;
});
