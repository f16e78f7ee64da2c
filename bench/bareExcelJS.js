"use strict";
// The bench's baseline: bare ExcelJS writing the same sheets and rows as `taizhang build` (values, formulas
// with their results), without styles, tables, validations, formats or page setup.
// Usage: node bench/bareExcelJS.js <cells.json> <out.xlsx> [--stream]; prints {"maxRSS": KB}. With --stream
// it uses ExcelJS's streaming WorkbookWriter, as `taizhang build` does.

const { readFileSync } = require("node:fs");
const ExcelJS = require("exceljs");

async function main() {
  const [input, out] = process.argv.slice(2);
  const stream = process.argv.includes("--stream");
  const sheets = JSON.parse(readFileSync(input, "utf8"));
  const wb = stream
    ? new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: true, useSharedStrings: true })
    : new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const [row, cells] of sheet.rows) {
      const r = ws.getRow(row + 1);
      cells.forEach((v, k) => {
        if (v !== null) r.getCell(k + 1).value = v;
      });
      if (stream) r.commit();
    }
    if (stream) ws.commit();
  }
  if (stream) await wb.commit();
  else await wb.xlsx.writeFile(out);
  process.stdout.write(JSON.stringify({ maxRSS: process.resourceUsage().maxRSS }));
}

main().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exitCode = 1;
});
