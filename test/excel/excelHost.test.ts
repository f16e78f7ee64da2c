/**
 * The Excel double (test/support/excelHost.ts) enforces what the shell's tests rely on: it replaces
 * office-addin-mock, which returns a string for an unloaded read and applies writes at once.
 */

import {
  FakeOfficeError,
  HostMisuse,
  installExcelHost,
  parseAddress,
  r1c1ToA1,
  subtractRect,
} from "../support/excelHost";
import type { ExcelHost } from "../support/excelHost";

let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => ({ host, uninstall } = installExcelHost()));
afterEach(() => uninstall());

test("reading a property that was not loaded and synced throws", async () => {
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    expect(() => sheets.items).toThrow(/not available/);
    sheets.load("items/name");
    expect(() => sheets.items).toThrow(/not available/);
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(() => sheets.items[0]?.id).toThrow(/not available/);
  });
});

test("writes are applied only at sync, in order", async () => {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    range.values = [["财政局"]];
    expect(host.cell("Sheet1", "A1").value).toBe("");
    await context.sync();
    expect(host.cell("Sheet1", "A1").value).toBe("财政局");
  });
  expect(host.syncCount).toBe(1);
});

test("a member the double does not implement throws instead of being undefined", async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1") as unknown as Record<string, unknown>;
    expect(() => sheet.charts).toThrow(HostMisuse);
    expect(() => {
      sheet.visibility = "Hidden";
    }).toThrow(HostMisuse);
    await context.sync();
  });
});

test("a scalar fills a whole range and R1C1 formulas are relative to each cell; a 1x1 array does not fit", async () => {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(1, 1, 3, 1);
    (range as unknown as { formulasR1C1: string }).formulasR1C1 = "=RC1*2";
    await context.sync();
    range.values = [["x"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
  expect(host.formulaA1("Sheet1", "B2")).toBe("=$A2*2");
  expect(host.formulaA1("Sheet1", "B4")).toBe("=$A4*2");
});

test("typed input: = makes a formula, '@' cells keep text, the quote prefix keeps text, numbers convert", async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:A4").values = [["=1+1"], ["'=1+1"], ["1.10"], ["+86"]];
    const text = sheet.getRange("B1");
    text.numberFormat = [["@"]];
    text.values = [["=1+1"]];
    await context.sync();
  });
  expect(host.cell("Sheet1", "A1").formula).toBe("=1+1");
  expect(host.cell("Sheet1", "A2")).toMatchObject({ value: "=1+1", formula: null, quotePrefix: true });
  expect(host.cell("Sheet1", "A3").value).toBe(1.1);
  expect(host.cell("Sheet1", "A4").formula).toBe("=+86");
  expect(host.cell("Sheet1", "B1")).toMatchObject({ value: "=1+1", formula: null });
});

test("a request over 5 MB is refused, and calls above the Excel's requirement set fail with ApiNotFound", async () => {
  host.apiVersion = "1.8";
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRangeByIndexes(0, 0, 1, 1).values = [["财".repeat(1_700_000)]];
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    sheet.customProperties.add("k", "v");
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });
  expect(Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
  expect(Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(false);
});

test("a chosen call fails like Excel: earlier calls of the request stay applied, later ones are dropped", async () => {
  host.failOn("Worksheet.tabColor", "GeneralException");
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [["before"]];
    sheet.tabColor = "#FF0000";
    sheet.getRange("A2").values = [["after"]];
    const error: unknown = await context.sync().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FakeOfficeError);
  });
  expect(host.cell("Sheet1", "A1").value).toBe("before");
  expect(host.cell("Sheet1", "A2").value).toBe("");
});

test("a formula referring to a table that does not exist is refused", async () => {
  await Excel.run(async (context) => {
    const cell = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    cell.formulas = [['=INDEX(Tasks[编号],1)&"x[y]"']];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
  host.placeTable("Sheet1", "Tasks", "C1", ["编号"], [["'1.1"]]);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [
      ['=INDEX(Tasks[编号],1)&"x[y]"'],
    ];
    await context.sync();
  });
  expect(host.formulaA1("Sheet1", "A1")).toBe('=INDEX(Tasks[编号],1)&"x[y]"');
});

test("calls queued but never synced are reported", async () => {
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["lost"]];
    }),
  ).rejects.toThrow(/never synced/);
});

test("R1C1 references render as A1 for the cell they are in; strings and structured references are left alone", () => {
  expect(r1c1ToA1('IFERROR(INDEX(Tasks[完成状态],MATCH(RC1,Tasks[编号],0))&"RC1","")', 4, 5)).toBe(
    'IFERROR(INDEX(Tasks[完成状态],MATCH($A5,Tasks[编号],0))&"RC1","")',
  );
  expect(r1c1ToA1("R[-1]C+R2C3+RC[1]", 9, 1)).toBe("B9+$C$2+C10");
});

test("clearing rules or validation from a range keeps the cells of a rule outside it", async () => {
  const sheet = host.sheet("Sheet1");
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Sheet1");
    ws.getRange("B1:B10").dataValidation.rule = { list: { inCellDropDown: true, source: "甲,乙" } };
    ws.getRange("A1:C3").conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
    await context.sync();
    ws.getRange("B4:B6").dataValidation.clear();
    ws.getRange("A2:C3").conditionalFormats.clearAll();
    await context.sync();
  });
  expect(sheet.validations.map((v) => v.rect)).toEqual([parseAddress("B1:B3"), parseAddress("B7:B10")]);
  expect(sheet.conditionalFormats.map((c) => c.rect)).toEqual([parseAddress("A1:C1")]);
  expect(subtractRect(parseAddress("A1:C3"), parseAddress("B2"))).toEqual(
    ["A1:C1", "A3:C3", "A2", "C2"].map(parseAddress),
  );
});

test("workbook.settings and Office.context.document.settings are one bag: saving the copy loaded at start drops keys added since", async () => {
  uninstall();
  host.settings.set("early", "1");
  uninstall = host.install(); // the add-in starts: Office loads its copy of the bag
  await Excel.run(async (context) => {
    context.workbook.settings.add("later", "2");
    await context.sync();
  });
  expect(Office.context.document.settings.get("early")).toBe("1");
  expect(Office.context.document.settings.get("later")).toBeNull();
  await new Promise<void>((resolve) => Office.context.document.settings.saveAsync(() => resolve()));
  expect([...host.settings.keys()]).toEqual(["early"]);
});

test("a proxy from a finished Excel.run fails with InvalidObjectPath when used again", async () => {
  const range = await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    r.load("values");
    await context.sync();
    return r;
  });
  expect(range.values).toEqual([[""]]);
  expect(() => {
    range.values = [["late"]];
  }).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
});

test("a selection of several areas: getSelectedRange fails the request (InvalidSelection), getSelectedRanges (1.9) lists them", async () => {
  host.activeSheetId = host.sheets[0]?.id ?? null;
  host.selection = { sheet: "Sheet1", address: "A1:B2,D4" };
  await expect(
    Excel.run(async (context) => {
      context.workbook.getSelectedRange().load("rowIndex");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidSelection" });
  await expect(
    Excel.run(async (context) => {
      context.workbook.getSelectedRanges().load("areaCount");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ApiNotFound" });
  host.apiVersion = "1.9";
  await Excel.run(async (context) => {
    const areas = context.workbook.getSelectedRanges();
    areas.load("areaCount,areas/items/rowIndex");
    await context.sync();
    expect(areas.areaCount).toBe(2);
    expect(areas.areas.items.map((a) => a.rowIndex)).toEqual([0, 3]);
    expect(() => areas.areas.items[0]?.columnIndex).toThrow(/not available/);
  });
});

test("merged areas (1.13): a null object where there are none, refused past 512", async () => {
  host.apiVersion = "1.13";
  host.userEdit("Sheet1", "A1", [["标题"]]);
  await Excel.run(async (context) => {
    const none = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C3").getMergedAreasOrNullObject();
    none.load("areaCount");
    await context.sync();
    expect(none.isNullObject).toBe(true);
  });
  host.userMerge("Sheet1", "A1:C1");
  expect(host.cell("Sheet1", "A1").value).toBe("标题");
  for (let r = 3; r < 3 + 2 * 513; r += 2) host.userMerge("Sheet1", `A${r}:A${r + 1}`);
  await Excel.run(async (context) => {
    const top = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C2").getMergedAreasOrNullObject();
    top.load("areas/items/rowCount,areas/items/columnCount");
    await context.sync();
    expect(top.areas.items.map((a) => [a.rowCount, a.columnCount])).toEqual([[1, 3]]);
  });
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:C2000")
        .getMergedAreasOrNullObject()
        .load("areaCount");
      await context.sync();
    }),
  ).rejects.toBeInstanceOf(FakeOfficeError);
});
