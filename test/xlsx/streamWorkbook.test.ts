import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { deriveAssignments } from "../../src/core/workbook/assignments";
import { buildPlan } from "../../src/core/workbook/buildPlan";
import { summarySheet } from "../../src/core/workbook/summarySheet";
import { readLedgerFile } from "../../src/xlsx/readWorkbook";
import { writeWorkbookFile } from "../../src/xlsx/streamWorkbook";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { sampleLedger } from "../support/sampleLedger";
import { zipEntry } from "../support/zip";

// The command line streams the ledger to its file; the pane writes it in memory. Both must be one ledger.
const { model } = sampleLedger((m) => ({
  ...m,
  tasks: m.tasks.map((t, i) => (i === 0 ? { ...t, text: "=1+1 不是公式", due: "2020-06-30" } : t)),
}));
const plan = buildPlan(model, { pivots: false });
const file = join(mkdtempSync(join(tmpdir(), "taizhang-stream-")), "ledger.xlsx");
let streamed: Uint8Array;
let inMemory: Uint8Array;
beforeAll(async () => {
  await writeWorkbookFile(plan, file);
  streamed = new Uint8Array(readFileSync(file));
  inMemory = await writeWorkbook(plan);
}, 30_000);

describe("the ledger streamed to a file", () => {
  it("reads back as the same ledger as the one written in memory: tables, statuses, settings, 说明", async () => {
    const a = await readLedgerFile(streamed);
    const b = await readLedgerFile(inMemory);
    expect(a.tasks?.rows).toHaveLength(73);
    expect(a).toEqual(b);
  });

  it("has the same sheets, cell values and formulas in every cell", async () => {
    const load = async (bytes: Uint8Array) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      return wb;
    };
    const [a, b] = await Promise.all([load(streamed), load(inMemory)]);
    expect(a.worksheets.map((w) => w.name)).toEqual(plan.sheets.map((s) => s.name));
    for (const ws of b.worksheets) {
      const other = a.getWorksheet(ws.name) as ExcelJS.Worksheet;
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          const mine = other.getCell(r, c);
          // A shared formula in memory is the same formula written whole in the stream.
          const formula = (x: ExcelJS.Cell) => x.formula ?? null;
          expect({ at: `${ws.name}!${cell.address}`, v: formula(mine) ?? mine.text }).toEqual({
            at: `${ws.name}!${cell.address}`,
            v: formula(cell) ?? cell.text,
          });
        }),
      );
    }
  }, 60_000);

  it("gives every cell the number format, font, fill and wrapping it has in memory, and every row its height", async () => {
    const load = async (bytes: Uint8Array) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      return wb;
    };
    const [a, b] = await Promise.all([load(streamed), load(inMemory)]);
    const look = (x: ExcelJS.Cell) => ({
      numFmt: x.numFmt ?? null,
      bold: x.font?.bold ?? false,
      italic: x.font?.italic ?? false,
      fill: (x.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null,
      wrap: x.alignment?.wrapText ?? false,
    });
    let checked = 0;
    for (const ws of b.worksheets) {
      const other = a.getWorksheet(ws.name) as ExcelJS.Worksheet;
      ws.eachRow((row, r) => {
        expect({ at: `${ws.name}!${r}`, height: other.getRow(r).height ?? null }).toEqual({
          at: `${ws.name}!${r}`,
          height: row.height ?? null,
        });
        row.eachCell((cell, c) => {
          checked += 1;
          expect({ at: `${ws.name}!${cell.address}`, ...look(other.getCell(r, c)) }).toEqual({
            at: `${ws.name}!${cell.address}`,
            ...look(cell),
          });
        });
      });
    }
    expect(checked).toBeGreaterThan(1000);
  }, 60_000);

  it("names the table parts in its content types and refers to them from their sheets", async () => {
    const types = zipEntry(streamed, "[Content_Types].xml") ?? "";
    expect(types.match(/\/xl\/tables\/table\d+\.xml/g)?.length).toBe(
      plan.sheets.flatMap((s) => s.tables).length,
    );
    expect(zipEntry(streamed, "xl/worksheets/sheet1.xml") ?? "").toMatch(/<tableParts count="1">/);
  });

  it("keeps the ledger's font, print titles, page setup and full calculation on load", async () => {
    expect(zipEntry(streamed, "xl/styles.xml") ?? "").toMatch(/<fonts[^>]*><font>.*?<name val="等线"\/>/);
    const book = zipEntry(streamed, "xl/workbook.xml") ?? "";
    expect(book).toContain('<definedName name="UnitList">Units[单位]</definedName>');
    expect(book).toMatch(/_xlnm\.Print_Titles" localSheetId="0">&apos;任务台账&apos;!\$1:\$1/);
    expect(book).toContain('fullCalcOnLoad="1"');
    expect(zipEntry(streamed, "xl/worksheets/sheet1.xml") ?? "").toMatch(
      /<pageSetup[^>]*paperSize="9"[^>]*orientation="landscape"/,
    );
  });

  it("writes a sheet's manual page breaks and fixed scale as the in-memory writer does", async () => {
    // 汇总 with twelve leaders and, for some numbers of units, a heading at a page's foot: the plan breaks the
    // page above it (print.ts); the first such number from 10.
    const leaders = Array.from({ length: 12 }, (_, i) => `领导${i + 1}`);
    const assignments = deriveAssignments(model.tasks, model.registry);
    const summaryOf = (n: number) =>
      summarySheet(
        model,
        assignments,
        Array.from({ length: n }, (_, i) => `单位${i + 1}`),
        leaders,
        "汇总",
        false,
      );
    const n = Array.from({ length: 90 }, (_, i) => i + 10).find((k) => summaryOf(k).print?.rowBreaks);
    const summary = summaryOf(n ?? 0);
    expect(summary.print?.rowBreaks?.length).toBeGreaterThan(0);
    const out = join(mkdtempSync(join(tmpdir(), "taizhang-stream-")), "summary.xlsx");
    await writeWorkbookFile({ names: [], sheets: [summary] }, out);
    const streamedSheet = zipEntry(new Uint8Array(readFileSync(out)), "xl/worksheets/sheet1.xml") ?? "";
    const memorySheet =
      zipEntry(await writeWorkbook({ ...plan, names: [], sheets: [summary] }), "xl/worksheets/sheet1.xml") ??
      "";
    const breaks = (xml: string) => [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(breaks(streamedSheet)).toEqual(summary.print?.rowBreaks);
    expect(breaks(memorySheet)).toEqual(summary.print?.rowBreaks);
    for (const xml of [streamedSheet, memorySheet])
      expect(xml).toMatch(new RegExp(`<pageSetup[^>]*scale="${summary.print?.scale}"`));
  });

  it("fails with the system's error when its folder does not exist, writing nothing", async () => {
    await expect(writeWorkbookFile(plan, join(file, "..", "no-such", "x.xlsx"))).rejects.toMatchObject({
      code: "ENOENT",
    });
  });

  // /dev/full accepts the file and refuses every write with ENOSPC, as a full disk does.
  (existsSync("/dev/full") ? it : it.skip)(
    "fails when the disk is full instead of waiting forever",
    async () => {
      await expect(writeWorkbookFile(plan, "/dev/full")).rejects.toMatchObject({ code: "ENOSPC" });
    },
  );
});

describe("a unit sheet's count table", () => {
  it("centres the counts and their headers, so a count in the wide 工作任务 column sits under its own header", async () => {
    const load = async (bytes: Uint8Array) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      return wb;
    };
    const unit = plan.sheets.find((s) => s.kind === "unit")?.name as string;
    for (const wb of await Promise.all([load(streamed), load(inMemory)])) {
      const ws = wb.getWorksheet(unit) as ExcelJS.Worksheet;
      // Row 4: 角色 | 未启动 … ; rows 5–6 牵头, 配合; row 7 合计. Column D is 工作任务 (38 wide or more).
      expect(ws.getCell("A4").value).toBe("角色");
      expect(ws.getCell("A5").alignment?.horizontal).toBeUndefined();
      for (const cell of ["B4", "D4", "D5", "D6", "D7", "E5"])
        expect({ cell, align: ws.getCell(cell).alignment?.horizontal }).toEqual({ cell, align: "center" });
    }
  });
});
