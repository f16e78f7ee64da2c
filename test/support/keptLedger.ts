/**
 * The sample's ledger as a clerk keeps it, for the commands that rewrite a ledger (update, regenerate): typed
 * values on every task, a column they added to a table, an actual typed for a target, a sheet of their own and
 * a period archived into 进展记录.
 */

import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { ledgerFromTables } from "../../src/core/ledger/fromTables";
import type { LedgerTable, LedgerValue } from "../../src/core/types";
import { readLedgerFile } from "../../src/xlsx/readWorkbook";
import { loadForRewrite } from "../../src/xlsx/rewrite";
import { runCli } from "./runCli";
import { SAMPLE_PATH } from "./paths";

/** The column letters after `col` (A → B, Z → AA). */
function nextColumn(col: string): string {
  let n = 0;
  for (const ch of col) n = n * 26 + (ch.charCodeAt(0) - 64);
  let out = "";
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26))
    out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

/**
 * Widens the table `table` (starting in column A) over one more column, `header`, as Excel does when a clerk
 * types beside the table: the table part's ref, its filter and its column list. The header cell itself is the
 * caller's to type.
 */
export async function widenTable(file: string, table: string, header: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  let widened = 0;
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    if (!new RegExp(`\\bname="${table}"`).test(xml)) continue;
    const [, last = "", rows = ""] = /ref="A1:([A-Z]+)(\d+)"/.exec(xml) ?? [];
    const count = Number(/<tableColumns count="(\d+)">/.exec(xml)?.[1]);
    const next = xml
      .split(`ref="A1:${last}${rows}"`)
      .join(`ref="A1:${nextColumn(last)}${rows}"`)
      .replace(`<tableColumns count="${count}">`, `<tableColumns count="${count + 1}">`)
      .replace("</tableColumns>", `<tableColumn id="${count + 1}" name="${header}"/></tableColumns>`);
    if (next === xml || !last) throw new Error(`table ${table} not widened`);
    zip.file(path, next);
    widened++;
  }
  if (widened !== 1) throw new Error(`table ${table} found ${widened} times`);
  writeFileSync(file, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

/**
 * Builds the sample's ledger into `file` as a clerk keeps it: on every task 推进中, a progress and a note marker,
 * 40 in 完成进度(%) and a marker in a column they added (核实人); an actual typed for 3.1's target (60 亿元); a
 * sheet of their own (我的备忘, with a merged cell); 2020-03 archived into 进展记录.
 */
export async function keptLedger(file: string): Promise<string> {
  if ((await runCli(["build", SAMPLE_PATH, "-o", file])).code !== 0) throw new Error("build failed");
  const { wb, save } = await loadForRewrite(new Uint8Array(readFileSync(file)));
  const ws = wb.getWorksheet("任务台账")!;
  if (ws.getRow(1).getCell(13).value !== "完成进度(%)") throw new Error("完成进度(%) is not column M");
  ws.getRow(1).getCell(15).value = "核实人";
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const id = String(row.getCell(1).value);
    row.getCell(10).value = "推进中";
    row.getCell(11).value = `进展-${id}`;
    row.getCell(12).value = `备注-${id}`;
    row.getCell(13).value = 40;
    row.getCell(15).value = `人-${id}`;
  });
  const targets = wb.getWorksheet("量化指标")!;
  const header = (targets.getRow(1).values as unknown[]).map(String);
  const actual = header.indexOf("实际值2020-03");
  if (actual <= 0) throw new Error("no 实际值2020-03 column");
  targets.eachRow((row) => {
    if (row.getCell(1).value === "3.1" && row.getCell(4).value === 60) row.getCell(actual).value = 18;
  });
  const memo = wb.addWorksheet("我的备忘");
  memo.getCell("A1").value = "督查组 4 月来访";
  memo.getCell("B2").value = 12;
  memo.mergeCells("A3:C3");
  memo.getCell("A3").value = "合并的说明";
  writeFileSync(file, await save());
  await widenTable(file, "Tasks", "核实人");
  const archived = await runCli(["snapshot", file, "--period", "2020-03", "--today", "2020-03-31"]);
  if (archived.code !== 0) throw new Error(archived.err);
  return file;
}

/**
 * The kept ledger (`keptLedger`) with more typed by hand: a column added to 单位名录's Units table (联系人, a
 * value on every unit), and words typed into two archived rows of 进展记录 (存在问题 of 1.1, 下步计划 of 2.2).
 */
export async function typedLedger(file: string): Promise<string> {
  await keptLedger(file);
  const { wb, save } = await loadForRewrite(new Uint8Array(readFileSync(file)));
  const units = wb.getWorksheet("单位名录")!;
  if (units.getRow(1).getCell(4).value !== "所属组" || units.getCell("E1").value) throw new Error("not A–D");
  units.getCell("E1").value = "联系人";
  units.eachRow((row, r) => {
    if (r > 1 && row.getCell(1).value) row.getCell(5).value = `联系-${String(row.getCell(1).value)}`;
  });
  const progress = wb.getWorksheet("进展记录")!;
  const header = (progress.getRow(1).values as unknown[]).map(String);
  progress.eachRow((row) => {
    const id = row.getCell(1).value;
    if (id === "1.1") row.getCell(header.indexOf("存在问题")).value = "资金未到位";
    if (id === "2.2") row.getCell(header.indexOf("下步计划")).value = "五月底前完成";
  });
  writeFileSync(file, await save());
  await widenTable(file, "Units", "联系人");
  return file;
}

const rowsOf = (t: LedgerTable | null | undefined): Array<Record<string, LedgerValue>> =>
  t ? t.rows.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r[i] ?? null]))) : [];

/**
 * What people typed in a ledger, read back with ExcelJS: the tasks as the model reads them (their columns
 * added too), the Units rows, the Progress rows, each target's 实际值 columns, and the cells of 我的备忘.
 */
export async function typedValues(bytes: Uint8Array) {
  const read = await readLedgerFile(bytes);
  const model = ledgerFromTables(read.tasks, read.units, read.settings, read.about);
  const actuals = rowsOf(read.targets).map((r) =>
    Object.fromEntries(
      Object.entries(r).filter(([h]) => ["编号", "目标值"].includes(h) || h.startsWith("实际值")),
    ),
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const memo = wb.getWorksheet("我的备忘");
  return {
    tasks: model?.tasks ?? [],
    units: rowsOf(read.units),
    progress: rowsOf(read.progress),
    actuals,
    memo: memo ? [memo.getCell("A1").value, memo.getCell("B2").value, memo.getCell("C3").isMerged] : null,
  };
}
