"use strict";
// `npm run bench [-- --json]`: speed figures. Prints them; never asserts on time (see README).

const { execFileSync } = require("node:child_process");
const { mkdtempSync, readFileSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { generateBreakdown } = require("./generate");
const { parseBreakdown } = require("../lib/core/parse/parseBreakdown");

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
