/**
 * A return saved by WPS matches like any other: a filled form rewritten the way WPS saves an .xlsx
 * (test/support/wpsSave.ts: its custom properties and parts, etc: namespace, hidden filter name, a one-cell
 * <dimension>, password-style protection, validations in extLst, inline strings, backslashes in entry names)
 * is read as the same form, and collect lands every filled cell.
 */

import { dispatchForms } from "../../../src/core/rounds/dispatch";
import { collectReturns } from "../../../src/core/rounds/collect";
import type { ReturnRead } from "../../../src/core/rounds/collectTypes";
import { readForm } from "../../../src/xlsx/rounds/readForm";
import { writeForm } from "../../../src/xlsx/rounds/writeForm";
import { fillForm } from "../../support/roundForms";
import { sampleLedger } from "../../support/sampleLedger";
import { savedByWps, type WpsChanges } from "../../support/wpsSave";
import { zipEntry } from "../../support/zip";

jest.setTimeout(60_000);

const { model } = sampleLedger();
const form = dispatchForms(model, "2020-03").find((f) => f.meta.unit === "经信局");
const AT = "2020-03-28T09:00:00.000Z";

/** 经信局's form, filled (progress on every row, 推进中 on the rows it leads), and what reading it gives. */
async function filled(): Promise<{ bytes: Uint8Array; cells: number; read: ReturnRead }> {
  if (!form) throw new Error("经信局 has no form");
  const { bytes, cells } = await fillForm(await writeForm(form), "经信局", "推进中");
  return { bytes, cells, read: await readForm("经信局-2020-03.xlsx", bytes, AT) };
}

const ALL_OFF: WpsChanges = {
  customProperties: false,
  wpsParts: false,
  definedNames: false,
  dimension: false,
  protection: false,
  validationsInExtLst: false,
  inlineStrings: false,
  backslashNames: false,
};

describe("a return saved by WPS", () => {
  it("carries WPS's marks (the fixture does what it says)", async () => {
    const { bytes } = await filled();
    const wps = await savedByWps(bytes, { backslashNames: false });
    expect(zipEntry(wps, "docProps/custom.xml")).toContain("KSOProductBuildVer");
    expect(zipEntry(wps, "xl/workbook.xml")).toContain("_xlnm._FilterDatabase");
    const sheet = zipEntry(wps, "xl/worksheets/sheet1.xml") ?? "";
    expect(sheet).toContain('<dimension ref="A1"/>');
    expect(sheet).toContain('t="inlineStr"');
    expect(sheet).not.toContain('t="s"');
    expect(sheet).toContain("x14:dataValidations");
    expect(sheet).not.toContain("<dataValidations");
    const back = await savedByWps(bytes);
    expect(zipEntry(back, "xl\\workbook.xml")).toContain("<sheets>");
    expect(zipEntry(back, "xl/workbook.xml")).toBeNull();
  });

  it.each([
    ["every change at once, but backslashes", { backslashNames: false }],
    ["custom properties and WPS's own parts", { ...ALL_OFF, customProperties: true, wpsParts: true }],
    ["a one-cell dimension", { ...ALL_OFF, dimension: true }],
    ["strings stored inline", { ...ALL_OFF, inlineStrings: true }],
    [
      "validations in extLst and a hashed protection",
      { ...ALL_OFF, validationsInExtLst: true, protection: true },
    ],
    ["backslashes in the zip's entry names", { ...ALL_OFF, backslashNames: true }],
    ["everything", {}],
  ] as const)("reads as the same form, with the same filled cells: %s", async (_name, changes) => {
    const { bytes, cells, read } = await filled();
    const wps = await readForm("经信局报送(WPS).xlsx", await savedByWps(bytes, changes), AT);
    if (!("meta" in wps) || !("meta" in read)) throw new Error(`not read as a form: ${JSON.stringify(wps)}`);
    expect(wps.meta).toEqual(read.meta);
    expect(wps.rows).toEqual(read.rows);
    expect(wps.rows.reduce((n, r) => n + r.fills.length, 0)).toBe(cells);

    const result = collectReturns(model, [], [wps], "2020-03");
    // Nothing refused; the one line says the 报送日期 is the day the form was saved, as the file records it.
    expect(result.findings.map((f) => [f.code, f.params.from])).toEqual([["report-date", "saved"]]);
    expect(result.landed).toBe(cells);
    expect(result.refused).toBe(0);
  });
});
