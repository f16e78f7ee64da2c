import ExcelJS from "exceljs";
import JSZip from "jszip";
import { boundedPrintAreas, boundedReference } from "../../src/xlsx/printAreas";
import { readLedgerFile } from "../../src/xlsx/readWorkbook";
import { loadForRewrite } from "../../src/xlsx/rewrite";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { sampleLedger } from "../support/sampleLedger";
import { zipEntry } from "../support/zip";
import { columnLetter } from "../../src/core/plan/formulas";
import { bulletinDoc } from "../../src/core/rounds/bulletinDoc";
import { bulletinFigures } from "../../src/core/rounds/bulletinFigures";
import { bulletinSheetPlan } from "../../src/core/rounds/reportSheets";
import { revokedSheet } from "../../src/core/year/revokedSheet";
import { withRelativeTargets } from "../../src/xlsx/relativeTargets";

describe("print areas of whole columns or rows, read back", () => {
  it("writes a whole-column area as the cell range it stands for, and a whole-row one likewise", () => {
    expect(boundedReference("'量化指标'!$A:$V")).toBe("'量化指标'!$A$1:$V$1048576");
    expect(boundedReference("Sheet1!$1:$40")).toBe("Sheet1!$A$1:$XFD$40");
    expect(boundedReference("'单位名录'!$A$1:$D$52")).toBe("'单位名录'!$A$1:$D$52");
  });

  it("mends only print areas, every range of one, and leaves the other names as they are", () => {
    const xml =
      '<definedNames><definedName name="UnitList">Units[单位]</definedName>' +
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'任务台账\'!$1:$1</definedName>' +
      "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"2\">'单位名录'!$A:$D,'单位名录'!$F:$F</definedName>" +
      "</definedNames>";
    expect(boundedPrintAreas(xml)).toBe(
      '<definedNames><definedName name="UnitList">Units[单位]</definedName>' +
        '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'任务台账\'!$1:$1</definedName>' +
        // A print area of several ranges becomes a name per range: ExcelJS reads a name's first range only,
        // and joins a sheet's names into its areas (joinPrintAreas writes them as one name again).
        '<definedName name="_xlnm.Print_Area" localSheetId="2">' +
        "'单位名录'!$A$1:$D$1048576</definedName>" +
        '<definedName name="_xlnm.Print_Area" localSheetId="2">' +
        "'单位名录'!$F$1:$F$1048576</definedName></definedNames>",
    );
  });

  describe("a ledger whose sheets print whole columns", () => {
    let bytes: Uint8Array;
    beforeAll(async () => {
      bytes = await writeWorkbook(sampleLedger().plan);
    });

    it("holds the whole-column area, which ExcelJS alone reads as ANaN:VNaN", async () => {
      expect(zipEntry(bytes, "xl/workbook.xml")).toContain("&apos;量化指标&apos;!$A:$V");
      const raw = new ExcelJS.Workbook();
      await raw.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      expect(raw.getWorksheet("量化指标")?.pageSetup.printArea).toBe("ANaN:VNaN");
    });

    it("is read back, and rewritten with its print area kept", async () => {
      const file = await readLedgerFile(bytes);
      expect(file.tasks?.rows).toHaveLength(73);
      const { wb, save } = await loadForRewrite(bytes);
      expect(wb.getWorksheet("量化指标")?.pageSetup.printArea).toBe("A1:V1048576");
      const again = await save();
      expect((await readLedgerFile(again)).tasks?.rows).toHaveLength(73);
    });

    it("reads a ledger whose print area Excel saved as whole rows", async () => {
      const zip = await JSZip.loadAsync(bytes);
      const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
      const whole = "&apos;量化指标&apos;!$A:$V";
      expect(xml).toContain(whole);
      zip.file("xl/workbook.xml", xml.replace(whole, "&apos;量化指标&apos;!$1:$41"));
      const rows = await zip.generateAsync({ type: "uint8array" });
      expect((await readLedgerFile(rows)).tasks?.rows).toHaveLength(73);
    });

    it("reads and rewrites a ledger an ExcelJS write already mangled ($ANaN:$VNaN): the area is dropped", async () => {
      // The bytes an earlier ExcelJS save leaves (a tool built on it, or a version of this one before printAreas.ts).
      const raw = new ExcelJS.Workbook();
      await raw.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      const mangled = new Uint8Array((await raw.xlsx.writeBuffer()) as ArrayBuffer);
      expect(zipEntry(mangled, "xl/workbook.xml")).toContain("NaN");
      expect(boundedPrintAreas(zipEntry(mangled, "xl/workbook.xml") ?? "")).not.toContain("NaN");
      const { wb, save } = await loadForRewrite(mangled);
      expect(wb.getWorksheet("量化指标")?.pageSetup.printArea).toBeUndefined();
      const again = await save();
      expect(zipEntry(again, "xl/workbook.xml")).not.toContain("NaN");
      expect((await readLedgerFile(again)).tasks?.rows).toHaveLength(73);
    });

    it("rewrites a ledger whose tables lost their style, as LibreOffice saves them (no tableStyleInfo)", async () => {
      const zip = await JSZip.loadAsync(bytes);
      const tables = Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n));
      expect(tables.length).toBeGreaterThan(3);
      for (const name of tables) {
        const xml = (await zip.file(name)?.async("string")) ?? "";
        zip.file(name, xml.replace(/<tableStyleInfo\b[^>]*\/>/, ""));
      }
      const saved = await zip.generateAsync({ type: "uint8array" });
      expect(zipEntry(saved, tables[0] as string)).not.toContain("tableStyleInfo");
      const { save } = await loadForRewrite(saved);
      const again = await save(); // threw "Cannot read properties of null (reading 'theme')"
      const file = await readLedgerFile(again);
      expect(file.tasks?.rows).toHaveLength(73);
      expect(file.units?.rows.length).toBeGreaterThan(0);
    });
  });
});

describe("sheets printed in parts, written and read back", () => {
  const { model, plan } = sampleLedger();
  // 已撤销 with two tasks set aside (two tables side by side), and the 通报 sheet (broken into pages).
  const revoked = revokedSheet(
    ["2.3", "3.8"].map((id) => ({ task: model.tasks.find((t) => t.id === id)!, targets: [], progress: [] })),
    { tasks: null, progress: null },
    "2020-04-15",
    "修订稿",
  )!;
  const doc = bulletinDoc(bulletinFigures(model, [], [], "2020-03", "2020-04-15"), "2020年重点工作", "某办");
  const bulletin = bulletinSheetPlan(doc);
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeWorkbook({ ...plan, sheets: [...plan.sheets, revoked, bulletin] });
  });
  const areaNames = (xml: string, sheet: string): string[] =>
    [...xml.matchAll(/<definedName name="_xlnm\.Print_Area"[^>]*>([^<]*)<\/definedName>/g)]
      .map((m) => m[1] ?? "")
      .filter((r) => r.includes(sheet));

  it("gives 已撤销 one print area of two ranges, one per table, and keeps it through a rewrite", async () => {
    const [tasks, progress] = revoked.tables.map((t) => t.range);
    const span = (r: { col: number; cols: number }): string =>
      `&apos;已撤销&apos;!$${columnLetter(r.col)}:$${columnLetter(r.col + r.cols - 1)}`;
    // One name (two with the same sheet make Excel repair the file), the 说明 beside them left out.
    expect(areaNames(zipEntry(bytes, "xl/workbook.xml") ?? "", "已撤销")).toEqual([
      `${span(tasks!)},${span(progress!)}`,
    ]);
    const { wb, save } = await loadForRewrite(bytes);
    expect(wb.getWorksheet("已撤销")?.pageSetup.printArea?.split("&&")).toHaveLength(2);
    // Written again as whole columns: LibreOffice ignored '已撤销'!$A1:$Q1048576 and printed the 说明 too.
    expect(areaNames(zipEntry(await save(), "xl/workbook.xml") ?? "", "已撤销")).toEqual([
      `${span(tasks!)},${span(progress!)}`,
    ]);
  });

  it("writes the 通报's manual page breaks and its fixed scale, which ExcelJS reads back", async () => {
    const breaks = bulletin.print?.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await withRelativeTargets(bytes)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("通报")!;
    expect(ws.pageSetup).toMatchObject({ scale: bulletin.print?.scale, fitToPage: false });
    // Each break sits below the last row of a page (OOXML's brk id is that row's 1-based number), and the
    // row after it is a table's header written again, or a section's heading.
    const sheetXml = zipEntry(bytes, `xl/worksheets/sheet${ws.id}.xml`) ?? "";
    const ids = [...sheetXml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids).toEqual(breaks);
    for (const id of ids) expect(ws.getRow(id + 1).getCell(1).font?.bold).toBe(true);
  });
});
