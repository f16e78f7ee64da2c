import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { loadForRewrite } from "../../src/xlsx/rewrite";
import { fillForm } from "../support/roundForms";
import { SAMPLE_PATH } from "../support/paths";
import { runCli } from "../support/runCli";

// Comments (批注) a clerk put on 进展记录's rows, through `snapshot --replace` and `collect`, which write the
// Progress table's rows in another order: each stays on its row, or is named when its row is replaced.
// Several rewrites of a 60-sheet workbook: many seconds on a loaded machine.
jest.setTimeout(300_000);

const tmp = mkdtempSync(join(tmpdir(), "taizhang-progress-notes-"));

const textOf = (note: unknown): string =>
  typeof note === "string"
    ? note
    : ((note as { texts?: Array<{ text: string }> } | undefined)?.texts ?? []).map((t) => t.text).join("");

/** 进展记录 opened for editing: the row of a task's period and unit (by 编号, 期次, 单位), and its columns. */
async function progressSheet(file: string) {
  const { wb, save } = await loadForRewrite(new Uint8Array(readFileSync(file)));
  const ws = wb.getWorksheet("进展记录")!;
  const col = new Map<string, number>();
  ws.getRow(1).eachCell((c, i) => col.set(String(c.value), i));
  const rowOf = (id: string, period: string, unit?: string): ExcelJS.Row => {
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      if (
        String(row.getCell(col.get("编号")!).value) === id &&
        String(row.getCell(col.get("期次")!).value) === period &&
        (unit === undefined || String(row.getCell(col.get("单位")!).value) === unit)
      )
        return row;
    }
    throw new Error(`no row ${id} ${period} ${unit ?? ""}`);
  };
  /** Every comment of the sheet: [编号, 期次, 单位, column, text]. */
  const notes = (): string[][] => {
    const out: string[][] = [];
    ws.eachRow((row) =>
      row.eachCell((c, i) => {
        if (c.note)
          out.push([
            ...["编号", "期次", "单位"].map((h) => String(row.getCell(col.get(h)!).value)),
            [...col].find(([, k]) => k === i)?.[0] ?? "",
            textOf(c.note),
          ]);
      }),
    );
    return out.sort();
  };
  return { ws, col: (h: string) => col.get(h)!, rowOf, notes, save };
}

describe("comments on 进展记录 through the command line", () => {
  const ledger = join(tmp, "台账.xlsx");

  beforeAll(async () => {
    expect((await runCli(["build", SAMPLE_PATH, "-o", ledger, "--accept-aliases", "all"])).code).toBe(0);
  });

  it("snapshot --replace: a comment stays on its row, and one on a replaced row is named", async () => {
    for (const period of ["2020-03", "2020-04"])
      expect((await runCli(["snapshot", ledger, "--period", period, "--today", "2020-04-30"])).code).toBe(0);
    const before = await progressSheet(ledger);
    before.rowOf("2.4", "2020-04").getCell(before.col("进展情况")).note = "四月待核";
    before.rowOf("3.1", "2020-03").getCell(before.col("完成状态")).note = "三月已核实";
    writeFileSync(ledger, await before.save());

    // 2020-03's rows are written anew after 2020-04's: 2020-04's move up 73 rows.
    const { code, out } = await runCli([
      "snapshot",
      ledger,
      "--period",
      "2020-03",
      "--replace",
      "--today",
      "2020-05-02",
    ]);
    expect(code).toBe(0);
    const after = await progressSheet(ledger);
    expect(after.notes()).toEqual([["2.4", "2020-04", "梧桐街道", "进展情况", "四月待核"]]);
    expect(out).toMatch(/进展记录!D\d+ 的批注“三月已核实”未能保留/);
  });

  it("collect: a comment stays on its row when a unit's earlier return is replaced, and one on a replaced row is named", async () => {
    const forms = join(tmp, "forms");
    expect((await runCli(["dispatch", ledger, "-o", forms, "--period", "2020-05"])).code).toBe(0);
    const collect = async (unit: string, status: string) => {
      const back = join(tmp, `back-${unit}-${status}`);
      mkdirSync(back);
      const filled = await fillForm(
        new Uint8Array(readFileSync(join(forms, `${unit}-2020-05.xlsx`))),
        unit,
        status,
      );
      writeFileSync(join(back, `${unit}.xlsx`), filled.bytes);
      return runCli(["collect", ledger, back, "--received", "2020-05-20"]);
    };
    expect((await collect("经信局", "推进中")).code).toBe(0);
    expect((await collect("发改局", "推进中")).code).toBe(0);
    const before = await progressSheet(ledger);
    const jingxin = before.rowOf("1.1", "2020-05", "经信局");
    jingxin.getCell(before.col("存在问题")).note = "经信局首次报送";
    before.rowOf("1.1", "2020-05", "发改局").getCell(before.col("进展情况")).note = "发改局已核实";
    before.rowOf("2.4", "2020-04").getCell(before.col("进展情况")).note = "四月待核";
    writeFileSync(ledger, await before.save());

    // 经信局 returns again: its rows are replaced and written after 发改局's, which move up.
    const { out } = await collect("经信局", "已完成");
    const after = await progressSheet(ledger);
    expect(after.notes()).toEqual([
      ["1.1", "2020-05", "发改局", "进展情况", "发改局已核实"],
      ["2.4", "2020-04", "梧桐街道", "进展情况", "四月待核"],
    ]);
    expect(out).toMatch(/进展记录!F\d+ 的批注“经信局首次报送”未能保留/);
  });
});
