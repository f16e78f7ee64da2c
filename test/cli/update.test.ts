import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ledgerFromTables } from "../../src/core/ledger/fromTables";
import type { LedgerTable } from "../../src/core/types";
import { progressFromTable } from "../../src/core/year/progress";
import { readLedgerFile } from "../../src/xlsx/readWorkbook";
import { loadForRewrite } from "../../src/xlsx/rewrite";
import { recalculatedSheets } from "../support/libreoffice";
import { runCli } from "../support/runCli";
import { hasTool } from "../support/tools";
import { SAMPLE_PATH, sampleText } from "../support/paths";
import { revisedSample } from "../support/revisedSample";
import { keptLedger as keptSample } from "../support/keptLedger";

// Each case builds and rewrites a 60-sheet workbook several times: seconds each on a loaded machine.
jest.setTimeout(300_000);

const tmp = mkdtempSync(join(tmpdir(), "taizhang-update-"));

/** The sample's ledger as a clerk keeps it, in this test's folder. */
const keptLedger = (name: string): Promise<string> => keptSample(join(tmp, name));

const cellsOf = (t: LedgerTable | null | undefined): Array<Record<string, unknown>> =>
  t ? t.rows.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r[i]]))) : [];

async function readBack(file: string) {
  const read = await readLedgerFile(new Uint8Array(readFileSync(file)));
  const model = ledgerFromTables(read.tasks, read.units, read.settings, read.about)!;
  return {
    read,
    tasks: model.tasks,
    progress: progressFromTable(read.progress ?? null),
    revoked: cellsOf(read.tables?.get("Revoked")),
    revokedProgress: cellsOf(read.tables?.get("RevokedProgress")),
    targets: cellsOf(read.tables?.get("Targets")),
    assignments: cellsOf(read.assignments),
  };
}

/** Where each text of a sheet stands, row by row: "A63 各牵头单位任务亮灯情况". */
async function textLayout(file: string, sheet: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  wb.getWorksheet(sheet)!.eachRow((row) =>
    row.eachCell((c) => {
      if (typeof c.value === "string") out.push(`${c.address} ${c.value}`);
    }),
  );
  return out;
}

/** The row of the first text of a layout that `pattern` matches (NaN when none does). */
const rowOf = (layout: readonly string[], pattern: RegExp): number =>
  Number(/^[A-Z]+(\d+) /.exec(layout.find((l) => pattern.test(l)) ?? "")?.[1]);

describe("taizhang update", () => {
  const revised = join(tmp, "revised.txt");
  beforeAll(() => writeFileSync(revised, revisedSample()));

  it("keeps every typed value on its task or in 已撤销 through a revision that drops, renumbers, rewords, changes units and adds", async () => {
    const file = await keptLedger("a.xlsx");
    const before = readFileSync(file);
    const { tasks: oldTasks } = await readBack(file);
    expect(oldTasks).toHaveLength(73);

    const run = await runCli(["update", file, revised, "--today", "2020-04-15"]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toContain("修订后的文件有 72 项任务;台账原有 73 项".replace(";", "\uff1b"));
    expect(run.out).toContain("2.4 → 2.3");
    expect(run.out).toContain("单位变更 4.6");
    expect(run.out).toContain("新增 4.20");
    expect(run.out).toContain("单位名录中没有:公路与运输管理中心".replace(":", "\uff1a"));
    expect(run.out).toContain("撤销 2.3");
    expect(run.out).toContain("撤销 3.8");
    // The previous file is kept beside it, as it was.
    expect(readFileSync(join(tmp, "a.更新前.xlsx")).equals(before)).toBe(true);

    const after = await readBack(file);
    expect(after.tasks).toHaveLength(72);
    expect(run.out).toContain("自建的工作表 我的备忘 已原样带入");
    const { wb } = await loadForRewrite(new Uint8Array(readFileSync(file)));
    const memo = wb.getWorksheet("我的备忘")!;
    expect([memo.getCell("A1").value, memo.getCell("B2").value, memo.getCell("C3").isMerged]).toEqual([
      "督查组 4 月来访",
      12,
      true,
    ]);
    for (const old of oldTasks) {
      const here = after.tasks.find((t) => t.note === `备注-${old.id}`);
      const gone = after.revoked.find((r) => r["备注"] === `备注-${old.id}`);
      // Exactly one place holds each task's values: its row, or its row in 已撤销.
      expect([old.id, here === undefined, gone === undefined]).toEqual([
        old.id,
        gone !== undefined,
        here !== undefined,
      ]);
      if (here)
        expect([here.status, here.progress, here.rate, here.extra?.["核实人"]]).toEqual([
          "推进中",
          `进展-${old.id}`,
          40,
          `人-${old.id}`,
        ]);
      else
        expect([gone?.["完成状态"], gone?.["进展情况"], gone?.["完成进度(%)"], gone?.["核实人"]]).toEqual([
          "推进中",
          `进展-${old.id}`,
          40,
          `人-${old.id}`,
        ]);
      // Its archived row of 2020-03: under its new 编号, or beside it in 已撤销.
      const history = [
        ...after.progress.filter((r) => r.progress === `进展-${old.id}`).map((r) => r.id),
        ...after.revokedProgress.filter((r) => r["进展情况"] === `进展-${old.id}`).map(() => "已撤销"),
      ];
      expect([old.id, history]).toEqual([old.id, [here ? here.id : "已撤销"]]);
    }
    expect(after.revoked.map((r) => r["编号"])).toEqual(["2.3", "3.8"]);

    // Renumbered: the old 2.4 is 2.3 now, with its values.
    expect(after.tasks.find((t) => t.id === "2.3")?.note).toBe("备注-2.4");
    // Reworded: 3.1 takes the new words, keeps its values and its target's actual.
    const t31 = after.tasks.find((t) => t.id === "3.1")!;
    expect([t31.text.includes("健全政策性融资担保体系"), t31.note]).toEqual([true, "备注-3.1"]);
    expect(after.targets.find((r) => r["编号"] === "3.1" && r["目标值"] === 60)?.["实际值2020-03"]).toBe(18);
    // Added: 4.20 as the document writes it, starting as every new task starts.
    const added = after.tasks.find((t) => t.id === "4.20")!;
    expect([added.text, added.lead, added.co, added.status, added.note]).toEqual([
      revisedSample().split("\n").at(-2)?.replace(/^20\./, ""),
      "自然资源和规划局",
      "农业农村局",
      "未启动",
      "",
    ]);
    // Units changed: 4.6 led by 公路与运输管理中心 now, in 任务分工 and with a sheet of its own.
    const t46 = after.tasks.find((t) => t.id === "4.6")!;
    expect([t46.lead, t46.note]).toEqual(["公路与运输管理中心", "备注-4.6"]);
    const roles46 = after.assignments
      .filter((a) => a["编号"] === "4.6")
      .map((a) => `${String(a["单位"])}:${String(a["角色"])}`);
    expect(roles46).toContain("公路与运输管理中心:牵头");
    expect(roles46).toContain("交通运输局:配合");
    expect(after.read.sheetNames).toContain("公路与运输管理中心");
    // 任务分工 holds the tasks of the revision only: no row for the dropped numbers past the sections' ends.
    const ids = new Set(after.tasks.map((t) => t.id));
    expect(after.assignments.every((a) => ids.has(String(a["编号"])))).toBe(true);
    expect(after.assignments.some((a) => a["编号"] === "4.20")).toBe(true);

    // A later revision drops 4.20 too: 已撤销 keeps the earlier rows and adds it.
    const later = join(tmp, "revised-later.txt");
    writeFileSync(later, revisedSample().split("\n").slice(0, -2).join("\n"));
    const again = await runCli(["update", file, later, "--today", "2020-06-01"]);
    expect(again.code).toBe(0);
    expect(existsSync(join(tmp, "a.更新前(2).xlsx"))).toBe(true);
    const third = await readBack(file);
    expect(third.revoked.map((r) => [r["编号"], r["撤销日期"]])).toEqual([
      ["2.3", { date: "2020-04-15" }],
      ["3.8", { date: "2020-04-15" }],
      ["4.20", { date: "2020-06-01" }],
    ]);
    expect(third.revokedProgress).toHaveLength(2);
  });

  it("gives back what was typed as typed: text in 截止日期 and 完成进度(%), 0% on 0.5, a date in a clerk's column, a formula unless its cells move", async () => {
    const file = await keptLedger("typed.xlsx");
    const { wb, save } = await loadForRewrite(new Uint8Array(readFileSync(file)));
    const ws = wb.getWorksheet("任务台账")!;
    const rowOfId = new Map<string, number>();
    ws.eachRow((row, r) => rowOfId.set(String(row.getCell(1).value), r));
    const [r11, r12, r23, r24] = ["1.1", "1.2", "2.3", "2.4"].map((id) => rowOfId.get(id)!);
    // The sample's rows: 1.1 on row 2, 1.2 on row 3; 2.3 (dropped by the revision) just above 2.4 (→ 2.3).
    expect([r11, r12, r24! - r23!]).toEqual([2, 3, 1]);
    ws.getCell(`M${r11}`).value = 0.5; // 50% as Excel keeps it typed: 0.5, formatted 0%
    ws.getCell(`M${r11}`).style = { ...ws.getCell(`M${r11}`).style, numFmt: "0%" };
    ws.getCell(`O${r11}`).value = new Date(Date.UTC(2020, 4, 6)); // a date in 核实人, the clerk's column
    ws.getCell(`O${r11}`).style = { ...ws.getCell(`O${r11}`).style, numFmt: "yyyy/m/d" };
    // 1.1's 编号 stays on row 2: this formula still means what it meant.
    ws.getCell(`K${r12}`).value = { formula: 'A2&"-跟进"', result: "1.1-跟进" };
    ws.getCell(`I${r23}`).value = "年底前";
    ws.getCell(`I${r24}`).value = "长期坚持";
    ws.getCell(`M${r24}`).value = "50%";
    // 2.4's own 编号, on the row it leaves (2.3 is dropped above it): in the new file A{r24} is another task's.
    ws.getCell(`L${r24}`).value = { formula: `A${r24}`, result: "2.4" };
    writeFileSync(file, await save());

    const run = await runCli(["update", file, revised, "--today", "2020-04-15"]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    const r = r24! - 1; // 2.4, now 2.3, one row up
    expect(run.out).toContain(
      `任务台账!I${r}\uff1a截止日期中填写的\u201c长期坚持\u201d不是日期\uff0c已按文字原样保留`,
    );
    expect(run.out).toContain(`任务台账!M${r}\uff1a完成进度(%)中填写的\u201c50%\u201d是文字`);
    expect(run.out).toContain(
      `任务台账!L${r}\uff1a公式 =A${r24} 引用的单元格在新文件中位置已变\uff0c保留为它的值\u201c2.4\u201d`,
    );
    // Nothing else is named: the formula of 1.2 stays, and so do 0.5 and the date.
    expect(run.out.split("\n").filter((l) => /^任务台账!/.test(l))).toHaveLength(3);

    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(file);
    const led = after.getWorksheet("任务台账")!;
    expect([led.getCell(`A${r}`).value, led.getCell(`I${r}`).value, led.getCell(`M${r}`).value]).toEqual([
      "2.3",
      "长期坚持",
      "50%",
    ]);
    expect(led.getCell(`L${r}`).value).toBe("2.4");
    expect(led.getCell(`K${r12}`).value).toEqual({ formula: 'A2&"-跟进"', result: "1.1-跟进" });
    expect([led.getCell(`M${r11}`).value, led.getCell(`M${r11}`).numFmt]).toEqual([0.5, "0%"]);
    expect([led.getCell(`O${r11}`).value, led.getCell(`O${r11}`).numFmt]).toEqual([
      new Date(Date.UTC(2020, 4, 6)),
      "yyyy/m/d",
    ]);
    // The dropped 2.3 keeps its 年底前 in 已撤销.
    const revokedRows = cellsOf((await readBack(file)).read.tables?.get("Revoked"));
    expect(revokedRows.find((x) => x["编号"] === "2.3")?.["截止日期"]).toBe("年底前");
  });

  it("keeps the number format of a row moved to 已撤销 through a second update", async () => {
    const file = await keptLedger("twice.xlsx");
    const { wb, save } = await loadForRewrite(new Uint8Array(readFileSync(file)));
    const ws = wb.getWorksheet("任务台账")!;
    let r23 = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === "2.3") r23 = r;
    });
    expect(ws.getCell("M1").value).toBe("完成进度(%)");
    // 2.3, which the revision drops: 50% as Excel keeps it typed, 0.5 formatted 0%.
    ws.getCell(`M${r23}`).value = 0.5;
    ws.getCell(`M${r23}`).style = { ...ws.getCell(`M${r23}`).style, numFmt: "0%" };
    writeFileSync(file, await save());
    const revokedRate = async () => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const sheet = book.getWorksheet("已撤销")!;
      const header = sheet.getRow(1).values as unknown[];
      const [idCol, rateCol] = [header.indexOf("编号"), header.indexOf("完成进度(%)")];
      let found: unknown[] = [];
      sheet.eachRow((row) => {
        if (row.getCell(idCol).value === "2.3")
          found = [row.getCell(rateCol).value, row.getCell(rateCol).numFmt];
      });
      return found;
    };

    expect((await runCli(["update", file, revised, "--today", "2020-04-15"])).code).toBe(0);
    expect(await revokedRate()).toEqual([0.5, "0%"]);
    // A later revision drops 4.20 too: 2.3's row is an earlier row of 已撤销 now, read back and written again.
    const later = join(tmp, "revised-twice.txt");
    writeFileSync(later, revisedSample().split("\n").slice(0, -2).join("\n"));
    expect((await runCli(["update", file, later, "--today", "2020-06-01"])).code).toBe(0);
    expect(await revokedRate()).toEqual([0.5, "0%"]);
  });

  it("lays out 汇总 and the unit sheets as regenerate does: formula counts, no rows kept for PivotTables a file cannot hold", async () => {
    const file = join(tmp, "e.xlsx");
    expect((await runCli(["build", SAMPLE_PATH, "-o", file])).code).toBe(0);
    expect((await runCli(["update", file, revised, "--today", "2020-04-15"])).code).toBe(0);
    const again = join(tmp, "e-regenerated.xlsx");
    expect((await runCli(["regenerate", file, "-o", again, "--today", "2020-04-15"])).code).toBe(0);
    for (const sheet of ["汇总", "财政局", "公路与运输管理中心"])
      expect([sheet, await textLayout(file, sheet)]).toEqual([sheet, await textLayout(again, sheet)]);
    // As build lays them out (checked by hand): each table one empty row below the 合计 row of the one above.
    const summary = await textLayout(file, "汇总");
    expect(rowOf(summary, /^A\d+ 各牵头单位任务亮灯情况$/)).toBe(rowOf(summary, /^A\d+ 合计$/) + 2);
    const unit = await textLayout(file, "财政局");
    expect(rowOf(unit, /^A\d+ 编号$/)).toBe(rowOf(unit, /^A\d+ 合计$/) + 2);
  });

  it("cuts a task longer than Excel holds to 32,767 characters and names its cell, as build and regenerate do", async () => {
    const file = join(tmp, "f.xlsx");
    expect((await runCli(["build", SAMPLE_PATH, "-o", file])).code).toBe(0);
    const doc = join(tmp, "long.txt");
    // A task 4.20 added after the sample's last one (4.19): 40,001 characters with its full stop.
    writeFileSync(doc, `${sampleText().trimEnd()}\n20.${"推".repeat(40000)}。\n责任单位:发改局\n`);
    const run = await runCli(["update", file, doc, "--today", "2020-04-15"]);
    expect(run.code).toBe(0);
    // 73 tasks below the header row, then 4.20: row 75; its text in column D (工作任务).
    expect(run.out).toContain("  警告  任务台账!D75  这个单元格有 40001 个字符");
    const added = (await readBack(file)).tasks.find((t) => t.id === "4.20")!;
    // Cut to 32,767 characters, the last of them saying it was cut.
    expect(added.text).toMatch(/^推+……【原有\d+字,超出单元格上限,以下已截断】$/);
    expect(added.text.length).toBe(32767);
  });

  it("changes nothing when the document is the one the ledger holds", async () => {
    const file = await keptLedger("b.xlsx");
    const before = readFileSync(file);
    const run = await runCli(["update", file, SAMPLE_PATH]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("台账未作修改");
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(join(tmp, "b.更新前.xlsx"))).toBe(false);
  });

  it("writes nothing while a doubtful match is unconfirmed, and applies it with --yes to -o", async () => {
    const file = join(tmp, "c.xlsx");
    expect((await runCli(["build", SAMPLE_PATH, "-o", file])).code).toBe(0);
    const before = readFileSync(file);
    // 1.1 half rewritten: alike enough to be the same task, not surely.
    const doc = join(tmp, "doubtful.txt");
    writeFileSync(
      doc,
      sampleText().replace(
        "建立企业参与的政策决策机制,用更有含金量、更具精准性、更多获得感的政策,与企业共克时艰。",
        "建立企业家参与涉企政策制定机制,出台更精准的惠企政策。",
      ),
    );
    const held = await runCli(["update", file, doc]);
    expect(held.code).toBe(1);
    expect(held.out).toMatch(/1\.1 “.*” ⇒ 1\.1 “.*”/);
    expect(held.err).toContain("台账未作修改");
    expect(held.err).toContain("--yes");
    expect(readFileSync(file).equals(before)).toBe(true);

    const out = join(tmp, "c-updated.xlsx");
    const applied = await runCli(["update", file, doc, "--yes", "-o", out]);
    expect(applied.code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    const after = await readBack(out);
    expect(after.tasks.find((t) => t.id === "1.1")?.text).toContain("出台更精准的惠企政策");
    expect(after.revoked).toEqual([]);
  });
});

(hasTool("soffice") ? describe : describe.skip)("an updated ledger in LibreOffice", () => {
  it("recalculates 亮灯 on every task with the clerk's column after it, and shows 已撤销", async () => {
    const file = await keptLedger("d.xlsx");
    const revised = join(tmp, "revised-d.txt");
    writeFileSync(revised, revisedSample());
    expect((await runCli(["update", file, revised, "--today", "2020-04-15"])).code).toBe(0);
    const sheets = recalculatedSheets(new Uint8Array(readFileSync(file)));
    const [header = [], ...rows] = sheets.get("任务台账") ?? [];
    expect(header.slice(12)).toEqual(["完成进度(%)", "亮灯", "核实人"]);
    const lights = rows.filter((r) => r[0] !== "").map((r) => r[13]);
    expect(lights).toHaveLength(72);
    // Every task has a light word: 推进中 at 40% (the added 4.20 not started) — never an error or blank.
    expect(lights.every((l) => ["绿", "黄", "红"].includes(l ?? ""))).toBe(true);
    expect(rows.find((r) => r[0] === "2.3")?.[14]).toBe("人-2.4");
    expect((sheets.get("已撤销") ?? []).slice(1).map((r) => r[2])).toEqual(["2.3", "3.8"]);
  });
});
