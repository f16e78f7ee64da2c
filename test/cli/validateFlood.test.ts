import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../support/runCli";
import { SAMPLE_PATH } from "../support/paths";

const tmp = mkdtempSync(join(tmpdir(), "taizhang-validate-flood-"));

// The clerk trial: a 10,000-character 配合单位 pasted into F10 printed 2,500 identical lines, never capped,
// with the real findings after them.
describe("taizhang validate on a ledger with one finding many times", () => {
  it("gives a unit repeated in a cell once with its count, errors first, and a finding in many cells in its first three", async () => {
    const edited = join(tmp, "edited.xlsx");
    expect((await runCli(["build", SAMPLE_PATH, "-o", edited])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(edited);
    const ws = wb.getWorksheet("任务台账")!;
    ws.getCell("F10").value = "发改局、".repeat(2500).slice(0, 10000);
    // One wrong status in eight rows (J is 完成状态): the same words in eight cells.
    for (let r = 20; r < 28; r++) ws.getCell(`J${r}`).value = "差不多了";
    await wb.xlsx.writeFile(edited);

    const { code, out } = await runCli(["validate", edited, "--today", "2020-06-01"]);
    expect(code).toBe(1);
    const lines = out.split("\n");
    const dup = lines.filter((l) => l.includes("发改局") && l.includes("F10"));
    expect(dup).toEqual([
      "  警告  任务台账!F10  配合单位中“发改局”出现了 2500 次\uff0c应只列一次。  \uff08可修正为\uff1a发改局\uff09",
    ]);
    // Errors before warnings: the statuses come first, J20–J22 shown, the other five counted with their cells.
    const status = lines.filter((l) => l.includes("差不多了"));
    expect(status.map((l) => /任务台账!(J\d+)/.exec(l)?.[1])).toEqual(["J20", "J21", "J22"]);
    expect(lines.indexOf(status[0]!)).toBe(1);
    expect(lines[4]).toBe(
      "        另有 5 处同样的问题\uff1a任务台账!J23、任务台账!J24、任务台账!J25、任务台账!J26、任务台账!J27",
    );
    expect(lines.length).toBeLessThan(40);
    // The header still counts every finding.
    expect(lines[0]).toMatch(/\uff08错误 9\uff0c/); // the sample's 4.19 without a lead, and the eight

    // --json keeps every finding (one for F10), with the count in its params.
    const json = JSON.parse((await runCli(["validate", edited, "--json", "--today", "2020-06-01"])).out);
    const f10 = json.findings.filter((f: { where: string }) => f.where === "任务台账!F10");
    expect(f10.map((f: { params: unknown }) => f.params)).toEqual([{ unit: "发改局", count: 2500 }]);
    expect(json.counts.error).toBe(9);
  }, 60_000);

  it("says a units cell is a formula when its result (saved with the file) is no unit", async () => {
    const edited = join(tmp, "formula.xlsx");
    expect((await runCli(["build", SAMPLE_PATH, "-o", edited])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(edited);
    wb.getWorksheet("任务台账")!.getCell("E7").value = { formula: "1+1", result: 2 };
    await wb.xlsx.writeFile(edited);
    const { code, out } = await runCli(["validate", edited, "--today", "2020-06-01"]);
    expect(code).toBe(1);
    expect(out).toContain(
      "  错误  任务台账!E7  这个单元格是公式\uff08=1+1\uff09\uff0c显示的是它的结果“2”\uff0c不是单位名录中的单位\uff1b请直接填写牵头单位的名称。",
    );
  }, 60_000);
});
