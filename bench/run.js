"use strict";
// `npm run bench [-- --json]`: speed figures. Prints them; never asserts on time (see README).

const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { generateBreakdown } = require("./generate");
const { parseBreakdown } = require("../lib/core/parse/parseBreakdown");

/** Median of `runs` timings of `fn`, in milliseconds, after one warm-up run. */
function time(fn, runs) {
  fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return Math.round(ms[Math.floor(ms.length / 2)] * 100) / 100;
}

async function main() {
  const json = process.argv.includes("--json");
  const sample = readFileSync(join(__dirname, "..", "seeds", "tongxiang-2020-breakdown.txt"), "utf8");
  const large = generateBreakdown({ tasks: 10000, units: 200 }).text;
  const double = generateBreakdown({ tasks: 20000, units: 200 }).text;
  const figures = {
    "parse.ms.sample": time(() => parseBreakdown(sample), 20),
    "parse.ms.large": time(() => parseBreakdown(large), 5),
    "parse.ms.large2x": time(() => parseBreakdown(double), 3),
    "parse.tasks.large": parseBreakdown(large).tasks.length,
  };
  figures["parse.linearity"] =
    Math.round((figures["parse.ms.large2x"] / figures["parse.ms.large"]) * 100) / 100;
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
