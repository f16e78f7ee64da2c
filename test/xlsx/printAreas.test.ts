import ExcelJS from "exceljs";
import JSZip from "jszip";
import { boundedPrintAreas, boundedReference } from "../../src/xlsx/printAreas";
import { readLedgerFile } from "../../src/xlsx/readWorkbook";
import { loadForRewrite } from "../../src/xlsx/rewrite";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { sampleLedger } from "../support/sampleLedger";
import { zipEntry } from "../support/zip";

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
        '<definedName name="_xlnm.Print_Area" localSheetId="2">' +
        "'单位名录'!$A$1:$D$1048576,'单位名录'!$F$1:$F$1048576</definedName></definedNames>",
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
