"use strict";
// The bench's baseline: bare ExcelJS writing the same sheets and rows as `taizhang build` (values, formulas
// with their results), without styles, tables, validations, formats or page setup.
// Usage: node bench/bareExcelJS.js <cells.json> <out.xlsx>; prints {"maxRSS": KB}.

const { readFileSync } = require("node:fs");
const ExcelJS = require("exceljs");

async function main() {
  const [input, out] = process.argv.slice(2);
  const sheets = JSON.parse(readFileSync(input, "utf8"));
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const [row, cells] of sheet.rows) {
      const r = ws.getRow(row + 1);
      cells.forEach((v, k) => {
        if (v !== null) r.getCell(k + 1).value = v;
      });
    }
  }
  await wb.xlsx.writeFile(out);
  process.stdout.write(JSON.stringify({ maxRSS: process.resourceUsage().maxRSS }));
}

main().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exitCode = 1;
});
