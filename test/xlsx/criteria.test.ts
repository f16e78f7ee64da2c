import { ledgerFromParsed } from "../../src/core/ledger/fromParsed";
import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import { buildPlan } from "../../src/core/workbook/buildPlan";
import { DEFAULT_SETTINGS } from "../../src/core/plan/settings";
import { suggestRegistry } from "../../src/core/units/registry";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { recalculatedSheets } from "../support/libreoffice";
import { hasTool } from "../support/tools";

const run = hasTool("soffice") ? describe : describe.skip;

// Units whose names COUNTIFS would read as a comparison (=信访局) or a wildcard (一*科, matching 一二科 too).
const TEXT = [
  "一、稳增长",
  "1.扩大有效投资。",
  "责任单位:=信访局、财政局",
  "2.稳定外贸外资。",
  "责任单位:一*科、财政局",
  "3.促进消费升级。",
  "责任单位:财政局、=信访局、一二科",
].join("\n");

run("summaries of units whose names look like criteria, recalculated by LibreOffice", () => {
  let sheets = new Map<string, string[][]>();
  beforeAll(async () => {
    const parsed = parseBreakdown(TEXT);
    const model = ledgerFromParsed(parsed, suggestRegistry(parsed), DEFAULT_SETTINGS);
    sheets = recalculatedSheets(await writeWorkbook(buildPlan(model, { version: "test" })));
  }, 150_000);

  /** The 合计 column of the first row of `sheet` whose first cell is `first`, in the block headed `corner`. */
  const total = (sheet: string, corner: string, first: string): string | undefined => {
    const rows = sheets.get(sheet) ?? [];
    const head = rows.findIndex((r) => r[0] === corner);
    const header = rows[head] ?? [];
    const row = rows.slice(head + 1).find((r) => r[0] === first);
    return row?.[header.indexOf("合计")];
  };

  it("counts a unit named =信访局 on 汇总 and on its own sheet", () => {
    expect(total("汇总", "单位", "=信访局")).toBe("2");
    expect(total("=信访局", "角色", "合计")).toBe("2");
  });

  it("counts 一*科 only for itself, not for 一二科", () => {
    expect(total("汇总", "单位", "一*科")).toBe("1");
    expect(total("汇总", "单位", "一二科")).toBe("1");
  });
});
