import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SAMPLE_PATH } from "../support/paths";
import { fillForm } from "../support/roundForms";
import { runCli } from "../support/runCli";

// Builds the sample's ledger, dispatches 49 forms, collects and reports: many seconds on a loaded machine.
jest.setTimeout(300_000);

const tmp = mkdtempSync(join(tmpdir(), "taizhang-agree-"));
const zhPunct = (t: string): string =>
  t.replace(
    /[():;,]/g,
    (c) => ({ "(": "\uff08", ")": "\uff09", ":": "\uff1a", ";": "\uff1b", ",": "\uff0c" })[c]!,
  );

describe("collect and report on the same returns", () => {
  const ledger = join(tmp, "台账.xlsx");
  const forms = join(tmp, "forms");

  beforeAll(async () => {
    expect((await runCli(["build", SAMPLE_PATH, "-o", ledger, "--accept-aliases", "all"])).code).toBe(0);
    expect((await runCli(["dispatch", ledger, "-o", forms, "--period", "2020-03"])).code).toBe(0);
  });

  it("count a form sent back untouched as 未报送 in both, and put its unit on the 催办 list", async () => {
    const back = join(tmp, "returns");
    mkdirSync(back);
    // 经信局 fills its form; 发改局 sends its form back exactly as it went out.
    const filled = await fillForm(
      new Uint8Array(readFileSync(join(forms, "经信局-2020-03.xlsx"))),
      "经信局",
      "推进中",
    );
    writeFileSync(join(back, "经信局-2020-03.xlsx"), filled.bytes);
    copyFileSync(join(forms, "发改局-2020-03.xlsx"), join(back, "发改局-2020-03.xlsx"));

    const collected = join(tmp, "collected.xlsx");
    const run = await runCli(["collect", ledger, back, "-o", collected, "--today", "2020-03-31"]);
    expect(run.err).toBe("");
    const lines = run.out.split("\n");
    // 49 units have tasks; one reported (经信局: 17 rows, 8 of them its lead rows with a status).
    expect(lines[0]).toContain("49 个单位中 1 个已报送");
    expect(lines[0]).toContain(`${filled.cells} 项填报内容已汇总`);
    expect(run.out).toContain(zhPunct("催办(未报送 48 个单位):"));
    expect(run.out).toMatch(new RegExp(`\\n  发改局${zhPunct(":")}牵头 \\d+ 项`));
    expect(run.out).toContain(
      zhPunct("发改局-2020-03.xlsx(发改局):报送表退回时没有填写任何内容,按未报送计,已列入催办。"),
    );
    // 报送情况: 发改局's row names its file and says 未报送.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(collected);
    const rows = (wb.getWorksheet("报送情况")!.getSheetValues() as unknown[][]).filter(Boolean);
    const row = (unit: string) => rows.find((r) => r[1] === unit)!;
    expect([row("发改局")[4], row("发改局")[8]]).toEqual(["发改局-2020-03.xlsx", "未报送"]);
    expect(row("经信局")[8]).toBe("已报送");

    // report reads the same ledger: the same 48 not reported, 发改局 among them.
    const bulletin = join(tmp, "通报.docx");
    const report = await runCli([
      "report",
      collected,
      "-o",
      bulletin,
      "--period",
      "2020-03",
      "--today",
      "2020-04-01",
    ]);
    expect(report.err).toBe("");
    expect(report.out).toContain(zhPunct("未报送 48 个单位。"));
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(collected);
    const sheet = (after.getWorksheet("通报")!.getSheetValues() as unknown[][]).filter(Boolean);
    expect(sheet.some((r) => r[1] === "发改局" && r[2] === "未报送")).toBe(true);
    expect(sheet.some((r) => r[1] === "经信局" && r[2] === "未报送")).toBe(false);
  });
});
