import ExcelJS from "exceljs";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { readLedgerFile } from "../../src/xlsx/readWorkbook";
import { sampleLedger } from "../support/sampleLedger";
import { zipEntry } from "../support/zip";

// Tasks whose text would be a formula if written carelessly; and a deadline with a date.
const { plan } = sampleLedger((m) => ({
  ...m,
  tasks: m.tasks.map((t, i) =>
    i === 0
      ? { ...t, text: "=1+1 不是公式" }
      : i === 1
        ? { ...t, text: "+86 热线" }
        : i === 2
          ? { ...t, text: "-负面清单" }
          : i === 3
            ? { ...t, text: "@提及" }
            : i === 4
              ? { ...t, deadline: "6月底前", due: "2020-06-30" }
              : t,
  ),
}));

let bytes: Uint8Array;
const wb = new ExcelJS.Workbook();
beforeAll(async () => {
  bytes = await writeWorkbook(plan);
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
}, 60_000); // writing and reading the whole workbook takes seconds on a loaded machine

describe("the ledger file written with ExcelJS", () => {
  it("has every planned sheet, in order", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(plan.sheets.map((s) => s.name));
  });

  it("holds the Tasks, Assignments, Units, Statuses and Sheets tables where the plan put them", () => {
    const refs = new Map<string, string>();
    wb.eachSheet((ws) => {
      for (const t of ws.getTables() as unknown as Array<{ table: { name: string; tableRef: string } }>) {
        refs.set(t.table.name, `${ws.name}!${t.table.tableRef}`);
      }
    });
    expect(refs.get("Tasks")).toBe("任务台账!A1:N74"); // 12 columns of the document, 完成进度(%), 亮灯
    expect(refs.get("Units")).toMatch(/^单位名录!A1:D\d+$/);
    expect(refs.get("Assignments")).toMatch(/^任务分工!A1:F\d+$/);
    expect(refs.get("Statuses")).toMatch(/^说明!/);
    expect(refs.get("Sheets")).toMatch(/^说明!/);
  });

  it("writes the defined name UnitList as the structured reference Units[单位]", () => {
    expect(zipEntry(bytes, "xl/workbook.xml")).toContain(
      '<definedName name="UnitList">Units[单位]</definedName>',
    );
  });

  it("has the dropdowns on 牵头单位 and 完成状态", () => {
    const ws = wb.getWorksheet("任务台账")!;
    const lead = ws.getCell("E2").dataValidation;
    expect(lead).toMatchObject({ type: "list", formulae: ["UnitList"], errorStyle: "warning" });
    expect(ws.getCell("E74").dataValidation).toMatchObject({ formulae: ["UnitList"] });
    expect(ws.getCell("J40").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"未启动,推进中,已完成,滞后"'],
      errorStyle: "stop",
    });
  });

  it("colours statuses and overdue rows", () => {
    const ws = wb.getWorksheet("任务台账")! as unknown as {
      conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string; formulae: string[] }> }>;
    };
    const rules = ws.conditionalFormattings.flatMap((cf) =>
      cf.rules.map((r) => [cf.ref, r.type, r.formulae[0]]),
    );
    expect(rules).toContainEqual(["J2:J74", "cellIs", '"已完成"']);
    expect(rules).toContainEqual(["A2:N74", "expression", 'AND(ISNUMBER($I2),$I2<TODAY(),$J2<>"已完成")']);
  });

  it("keeps text that starts with = + - @ as text, never a formula", () => {
    const ws = wb.getWorksheet("任务台账")!;
    expect([2, 3, 4, 5].map((r) => ws.getCell(`D${r}`).value)).toEqual([
      "=1+1 不是公式",
      "+86 热线",
      "-负面清单",
      "@提及",
    ]);
    expect([2, 3, 4, 5].map((r) => ws.getCell(`D${r}`).type)).toEqual(
      [3, 3, 3, 3].map(() => ExcelJS.ValueType.String),
    );
    const sheetXml = zipEntry(bytes, "xl/worksheets/sheet1.xml") ?? "";
    expect(sheetXml).not.toMatch(/<c r="D2"[^>]*>\s*<f>/);
  });

  it("writes 编号 as text and 截止日期 as a real date", () => {
    const ws = wb.getWorksheet("任务台账")!;
    expect(ws.getCell("A2").value).toBe("1.1");
    expect(ws.getCell("A2").numFmt).toBe("@");
    expect(ws.getCell("I6").value).toEqual(new Date(Date.UTC(2020, 5, 30)));
    expect(ws.getCell("I6").numFmt).toBe("yyyy-mm-dd");
  });

  it("writes per-unit lists as formulas reading the ledger row, with the values as cached results", () => {
    const ws = wb.getWorksheet("梧桐街道")!;
    let header = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === "编号" && row.getCell(2).value === "角色") header = n;
    });
    expect(header).toBeGreaterThan(0);
    // The column is one shared formula; each row reads as its own, relative to the row.
    const cell = ws.getRow(header + 2).getCell(10);
    expect(ws.getRow(header + 2).getCell(1).value).toBe("2.4");
    expect(cell.formula).toBe(`IFERROR(INDEX(Tasks[完成状态],MATCH($A${header + 2},Tasks[编号],0))&"","")`);
    expect(cell.result).toBe("未启动");
  });

  it("says on the sheet where formula counts stand in for a pivot", () => {
    expect(String(wb.getWorksheet("汇总")!.getCell("A3").value)).toContain("公式汇总");
    expect(String(wb.getWorksheet("财政局")!.getCell("A3").value)).toContain("公式汇总");
  });

  it("reads back as the tables the checks need, with the settings 说明 records", async () => {
    const file = await readLedgerFile(bytes);
    expect(file.tasks).toMatchObject({ sheet: "任务台账", top: 0, left: 0 });
    expect(file.tasks?.rows).toHaveLength(73);
    expect(file.tasks?.rows[4]?.[8]).toEqual({ date: "2020-06-30" });
    expect(file.units?.rows.length).toBe(51);
    expect(file.settings).toMatchObject({ year: 2020, doneStatus: "已完成", dueSoonDays: 15 });
    expect(file.settings.statuses.map((s) => s.name)).toEqual(["未启动", "推进中", "已完成", "滞后"]);
  });
});
