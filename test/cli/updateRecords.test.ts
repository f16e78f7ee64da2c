import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadForRewrite } from "../../src/xlsx/rewrite";
import { fillForm } from "../support/roundForms";
import { runCli } from "../support/runCli";
import { keptLedger } from "../support/keptLedger";
import { revisedSample } from "../support/revisedSample";

// A round and an update of the sample's 60-sheet ledger: seconds each on a loaded machine.
jest.setTimeout(300_000);

const tmp = mkdtempSync(join(tmpdir(), "taizhang-records-"));

/** The text of a sheet's first cells, or null when the file has no such sheet. */
async function titleOf(file: string, sheet: string): Promise<string | null> {
  const { wb } = await loadForRewrite(new Uint8Array(readFileSync(file)));
  const ws = wb.getWorksheet(sheet);
  return ws ? String(ws.getCell("A1").value ?? "") : null;
}

describe("the round's records (报送情况, 通报) through update and regenerate", () => {
  let ledger = "";
  beforeAll(async () => {
    ledger = await keptLedger(join(tmp, "台账.xlsx"));
    // One unit returns its 2020-03 form; collect writes 报送情况, report writes 通报, into the ledger.
    const forms = join(tmp, "forms");
    const back = join(tmp, "back");
    mkdirSync(back);
    expect((await runCli(["dispatch", ledger, "-o", forms, "--period", "2020-03"])).code).toBe(0);
    const filled = await fillForm(
      new Uint8Array(readFileSync(join(forms, "经信局-2020-03.xlsx"))),
      "经信局",
      "推进中",
    );
    writeFileSync(join(back, "经信局-2020-03.xlsx"), filled.bytes);
    await runCli(["collect", ledger, back, "--period", "2020-03", "--received", "2020-03-30"]);
    const report = await runCli([
      "report",
      ledger,
      "-o",
      join(tmp, "通报.docx"),
      "--period",
      "2020-03",
      "--today",
      "2020-04-01",
    ]);
    expect(report.code).toBe(0);
    expect(await titleOf(ledger, "报送情况")).toContain("2020-03");
    expect(await titleOf(ledger, "通报")).not.toBeNull();
  });

  it("update keeps them as the tool's records of that round, with the numbering of their time, never as the clerk's own sheets", async () => {
    const revised = join(tmp, "revised.txt");
    writeFileSync(revised, revisedSample());
    const out = join(tmp, "updated.xlsx");
    const run = await runCli(["update", ledger, revised, "-o", out, "--yes", "--today", "2020-04-15"]);
    expect(run.code).toBe(0);
    const lines = run.out.split("\n");
    // The clerk's own sheet is named as theirs, and only it.
    expect(lines.filter((l) => l.startsWith("自建的工作表"))).toEqual(["自建的工作表 我的备忘 已原样带入。"]);
    // The revision renumbers 2.4–2.x and 3.9–3.x (2.3 and 3.8 dropped): the records keep the 编号 of their time.
    const renumbered = Number(/改编号 (\d+)/.exec(run.out)?.[1]);
    expect(renumbered).toBeGreaterThan(0);
    expect(lines).toContain(
      `报送情况、通报 是此前汇总各单位报送、生成通报时写入的记录,不是自建的工作表,按原样保留;表中的编号是当时的编号,本次有 ${renumbered} 项任务改了编号(见上)。再次汇总或生成通报时换成新的。`
        .replace(/,/g, "\uff0c")
        .replace(/;/g, "\uff1b")
        .replace(/\(/g, "\uff08")
        .replace(/\)/g, "\uff09"),
    );
    // Both are still there, under their own names, as they were.
    expect(await titleOf(out, "报送情况")).toBe(await titleOf(ledger, "报送情况"));
    expect(await titleOf(out, "通报")).toBe(await titleOf(ledger, "通报"));
  });

  it("regenerate names them as records too, without a word of renumbering", async () => {
    const out = join(tmp, "regenerated.xlsx");
    const run = await runCli(["regenerate", ledger, "-o", out, "--today", "2020-04-15"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("自建的工作表 我的备忘 已原样带入新文件");
    expect(run.out).not.toMatch(/^ *自建的工作表[^\n]*(报送情况|通报)/m);
    expect(run.out).toContain("报送情况、通报 是此前汇总各单位报送、生成通报时写入的记录");
    expect(run.out).not.toContain("改了编号");
    expect(await titleOf(out, "通报")).toBe(await titleOf(ledger, "通报"));
  });
});
