"use strict";
// The reporting round's speed: dispatch a 1,000-task ledger, fill 50 returns, collect them (see `npm run bench`).

const { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const ExcelJS = require("exceljs");
const { generateBreakdown } = require("./generate");
const { main } = require("../lib/cli/main");

const quiet = { out() {}, err() {} };

/** Milliseconds `fn` takes once. */
async function timed(fn) {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return { ms: Math.round(Number(process.hrtime.bigint() - t0) / 1e6), value };
}

/** Fills a form as a unit would: status on its lead rows, progress on every row. */
async function fill(bytes) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const ws = wb.getWorksheet("填报");
  let h = 1;
  while (ws.getCell(h, 1).value !== "编号") h++;
  const col = {};
  ws.getRow(h).eachCell((c, i) => (col[c.value] = i));
  let cells = 0;
  for (let r = h + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (!row.getCell(1).value) continue;
    row.getCell(col["进展情况"]).value = "按计划推进";
    cells++;
    if (row.getCell(col["角色"]).value === "牵头") {
      row.getCell(col["完成状态"]).value = "推进中";
      cells++;
    }
  }
  return { bytes: await wb.xlsx.writeBuffer(), cells };
}

/** Dispatch and collect times of 50 returns of a 1,000-task ledger. */
async function roundFigures() {
  const dir = mkdtempSync(join(tmpdir(), "taizhang-bench-rounds-"));
  const doc = join(dir, "large.txt");
  writeFileSync(doc, generateBreakdown({ tasks: 1000, units: 120 }).text);
  const ledger = join(dir, "ledger.xlsx");
  if ((await main(["build", doc, "-o", ledger, "--force"], quiet)) !== 0) throw new Error("build failed");
  const forms = join(dir, "forms");
  const dispatch = await timed(() => main(["dispatch", ledger, "-o", forms, "--period", "2020-03"], quiet));
  if (dispatch.value !== 0) throw new Error(`dispatch exited ${dispatch.value}`);
  const names = readdirSync(forms).sort().slice(0, 50);
  const back = join(dir, "returns");
  mkdirSync(back);
  let cells = 0;
  for (const name of names) {
    const filled = await fill(readFileSync(join(forms, name)));
    cells += filled.cells;
    writeFileSync(join(back, name), new Uint8Array(filled.bytes));
  }
  let printed = "";
  const collect = await timed(() =>
    main(["collect", ledger, back, "-o", join(dir, "collected.xlsx")], {
      out: (t) => (printed += t),
      err() {},
    }),
  );
  if (collect.value !== 0) throw new Error(`collect exited ${collect.value}: ${printed}`);
  if (!printed.includes(`${cells} 项填报内容已汇总`))
    throw new Error(`collect did not land all ${cells} cells`);
  return {
    "rounds.forms": readdirSync(forms).length,
    "rounds.returns": names.length,
    "rounds.cells": cells,
    "rounds.dispatch.ms": dispatch.ms,
    "rounds.collect.ms": collect.ms,
  };
}

module.exports = { roundFigures };
