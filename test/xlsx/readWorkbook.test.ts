import { NotXlsxError, readLedgerFile } from "../../src/xlsx/readWorkbook";
import { relativeRels, relativeTarget } from "../../src/xlsx/relativeTargets";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { withAbsoluteTargets } from "../support/openpyxl";
import { sampleLedger } from "../support/sampleLedger";
import { zipEntry } from "../support/zip";

describe("reading a ledger saved by another program", () => {
  it("reads a ledger whose relationship targets are absolute, as openpyxl saves them", async () => {
    const absolute = await withAbsoluteTargets(await writeWorkbook(sampleLedger().plan));
    // The fixture really is what openpyxl writes: the table of 任务台账 is named by its absolute part name.
    expect(zipEntry(absolute, "xl/worksheets/_rels/sheet1.xml.rels")).toContain(
      'Target="/xl/tables/table1.xml"',
    );
    const file = await readLedgerFile(absolute);
    expect(file.tasks).toMatchObject({ sheet: "任务台账", top: 0, left: 0 });
    expect(file.tasks?.rows).toHaveLength(73);
    expect(file.units?.rows).toHaveLength(51);
    expect(file.settings.year).toBe(2020);
  });

  it("makes a target relative to the part that owns the relationships", () => {
    expect(relativeTarget("xl/worksheets/_rels/sheet1.xml.rels", "/xl/tables/table1.xml")).toBe(
      "../tables/table1.xml",
    );
    expect(relativeTarget("xl/_rels/workbook.xml.rels", "/xl/worksheets/sheet2.xml")).toBe(
      "worksheets/sheet2.xml",
    );
    expect(relativeTarget("_rels/.rels", "/xl/workbook.xml")).toBe("xl/workbook.xml");
    expect(relativeTarget("xl/worksheets/_rels/sheet1.xml.rels", "/docProps/custom.xml")).toBe(
      "../../docProps/custom.xml",
    );
  });

  it("leaves relative and external targets as they are", () => {
    const xml =
      '<Relationships><Relationship Id="rId1" Type="t" Target="../tables/table1.xml"/>' +
      '<Relationship Id="rId2" Type="h" Target="/intranet/page" TargetMode="External"/></Relationships>';
    expect(relativeRels("xl/worksheets/_rels/sheet1.xml.rels", xml)).toBe(xml);
  });

  it("says that bytes which are not a zip are not a workbook, without the unzipper's details", async () => {
    const text = new TextEncoder().encode("编号,工作任务\n1.1,示例\n");
    await expect(readLedgerFile(text)).rejects.toEqual(new NotXlsxError("not-xlsx"));
    await expect(readLedgerFile(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).rejects.toMatchObject({
      reason: "bad-xlsx",
    });
  });
});
