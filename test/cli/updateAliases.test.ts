import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ledgerFromTables } from "../../src/core/ledger/fromTables";
import { readLedgerFile } from "../../src/xlsx/readWorkbook";
import { loadForRewrite } from "../../src/xlsx/rewrite";
import { runCli } from "../support/runCli";
import { ALIASED_DOCUMENT as FIRST } from "../support/aliasedDocument";

jest.setTimeout(120_000);

const tmp = mkdtempSync(join(tmpdir(), "taizhang-update-aliases-"));

async function tasksOf(file: string) {
  const read = await readLedgerFile(new Uint8Array(readFileSync(file)));
  return ledgerFromTables(read.tasks, read.units, read.settings, read.about)!.tasks;
}

/** The rows of a table of the ledger, by header. */
async function rowsOf(file: string, table: string): Promise<Array<Record<string, unknown>>> {
  const t = (await readLedgerFile(new Uint8Array(readFileSync(file)))).tables?.get(table);
  return t ? t.rows.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r[i]]))) : [];
}

/** Types on every task what a clerk types (推进中, a progress and a note marker, 40%) and 5 as 1.1's actual. */
async function typeValues(file: string): Promise<void> {
  const { wb, save } = await loadForRewrite(new Uint8Array(readFileSync(file)));
  const ws = wb.getWorksheet("任务台账")!;
  const header = (ws.getRow(1).values as unknown[]).map(String);
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const id = String(row.getCell(1).value);
    row.getCell(header.indexOf("完成状态")).value = "推进中";
    row.getCell(header.indexOf("进展情况")).value = `进展-${id}`;
    row.getCell(header.indexOf("备注")).value = `备注-${id}`;
    row.getCell(header.indexOf("完成进度(%)")).value = 40;
  });
  const targets = wb.getWorksheet("量化指标")!;
  const actual = (targets.getRow(1).values as unknown[]).map(String).indexOf("实际值2026-03");
  if (actual <= 0) throw new Error("no 实际值2026-03 column");
  targets.eachRow((row) => {
    if (row.getCell(1).value === "1.1") row.getCell(actual).value = 5;
  });
  writeFileSync(file, await save());
}

describe("taizhang update on a ledger built with accepted aliases", () => {
  it("keeps the units' names the clerk accepted when the revision spells them as the first document did", async () => {
    const first = join(tmp, "first.txt");
    const revised = join(tmp, "rev1.txt");
    writeFileSync(first, FIRST);
    // One task reworded, one with really other units; the rest spelled as before.
    writeFileSync(
      revised,
      FIRST.replace("完成投资5亿元", "完成投资6亿元").replace(
        "责任单位:民政局、开发区、财政局",
        "责任单位:民政局、卫生健康局",
      ),
    );
    const y3 = join(tmp, "y3.xlsx");
    const y4 = join(tmp, "y4.xlsx");
    const build = await runCli(["build", first, "--accept-aliases", "all", "-o", y3]);
    expect(build.code).toBe(0);
    const update = await runCli(["update", y3, revised, "-o", y4, "--yes", "--today", "2026-04-15"]);
    expect(update.code).toBe(0);
    expect(update.out.split("\n").filter((l) => l.startsWith("单位变更"))).toEqual([
      "单位变更 1.3\uff1a配合单位 开发区、财政局 → 卫生健康局",
    ]);
    expect((await tasksOf(y4)).map((t) => [t.id, t.lead, t.co])).toEqual([
      ["1.1", "开发区", "发改局、经信局"],
      ["1.2", "财政局", "发改局"],
      ["1.3", "民政局", "卫生健康局"],
      ["1.4", "发改局", "商务局"],
    ]);
    // Nothing about aliases for validate to say: the only finding is the unit the revision brought.
    const validate = await runCli(["validate", y4, "--today", "2026-04-15"]);
    expect(validate.out).not.toMatch(/别名|重复出现/);
    expect(validate.out).toContain("卫生健康局");
  });

  it("says in 撤销依据 which revision set a task aside: the document's title and the file it came from", async () => {
    const first = join(tmp, "first.txt");
    writeFileSync(first, FIRST);
    const ledger = join(tmp, "twice.xlsx");
    expect((await runCli(["build", first, "--accept-aliases", "all", "-o", ledger])).code).toBe(0);
    // Two revisions of the same document on the same day: the first drops 1.4, the second 1.3 too.
    const rev1 = join(tmp, "修订一.txt");
    const rev2 = join(tmp, "修订二.txt");
    const without4 = FIRST.replace("4.出台现代服务业三年行动计划。\n责任单位:发改局(服务业局)、商务局\n", "");
    writeFileSync(rev1, without4);
    writeFileSync(
      rev2,
      without4.replace("3.新建社区食堂10家,覆盖全部城市社区。\n责任单位:民政局、开发区、财政局\n", ""),
    );
    for (const rev of [rev1, rev2])
      expect((await runCli(["update", ledger, rev, "--yes", "--today", "2026-04-15"])).code).toBe(0);
    const revoked = await rowsOf(ledger, "Revoked");
    expect(revoked.map((r) => [r["编号"], r["撤销依据"]])).toEqual([
      ["1.4", "2026年重点工作责任分解\uff08文件 修订一.txt\uff09"],
      ["1.3", "2026年重点工作责任分解\uff08文件 修订二.txt\uff09"],
    ]);
  });

  it("gives a task that comes back what it held in 已撤销, and takes it out of there", async () => {
    const first = join(tmp, "first.txt");
    writeFileSync(first, FIRST);
    const ledger = join(tmp, "back.xlsx");
    expect((await runCli(["build", first, "--accept-aliases", "all", "-o", ledger])).code).toBe(0);
    await typeValues(ledger);
    const archived = await runCli(["snapshot", ledger, "--period", "2026-03", "--today", "2026-03-31"]);
    expect(archived.code).toBe(0);
    const before = (await tasksOf(ledger)).find((t) => t.id === "1.1")!;
    // The revision drops 1.1 (moved to 已撤销 with all it held); the next one, the first document again, has it.
    const rev1 = join(tmp, "without-1.1.txt");
    writeFileSync(
      rev1,
      FIRST.replace(
        "1.推进城东产业园建设,年内完成投资5亿元。\n责任单位:开发区(高桥街道)、发改局、经信局\n",
        "",
      ),
    );
    expect((await runCli(["update", ledger, rev1, "--yes", "--today", "2026-04-15"])).code).toBe(0);
    expect((await rowsOf(ledger, "Revoked")).map((r) => r["编号"])).toEqual(["1.1"]);
    expect((await rowsOf(ledger, "RevokedProgress")).map((r) => r["编号"])).toEqual(["1.1"]);

    const again = await runCli(["update", ledger, first, "--today", "2026-05-15"]);
    expect(again.err).toBe("");
    expect(again.code).toBe(0);
    expect(again.out).toContain("从\u201c已撤销\u201d恢复 1 项\uff0c新增 0 项");
    expect(again.out).toContain("恢复 1.1\uff082026-04-15 撤销的 1.1\uff0c填写的内容和 1 条进展记录");
    const back = (await tasksOf(ledger)).find((t) => t.id === "1.1")!;
    expect([back.status, back.progress, back.note, back.rate]).toEqual([
      "推进中",
      "进展-1.1",
      "备注-1.1",
      before.rate,
    ]);
    expect(before.rate).toBe(40);
    expect(back.extra?.["撤销日期"]).toBeUndefined();
    const progress = (await rowsOf(ledger, "Progress")).filter((r) => r["编号"] === "1.1");
    expect(progress.map((r) => [r["期次"], r["进展情况"]])).toEqual([["2026-03", "进展-1.1"]]);
    const targets = (await rowsOf(ledger, "Targets")).filter((r) => r["编号"] === "1.1");
    expect(targets.map((r) => r["实际值2026-03"])).toEqual([5]);
    // 已撤销 stays, empty (a table keeps one blank row): nothing there still looks revoked.
    const filled = (rows: Array<Record<string, unknown>>) =>
      rows.filter((r) => Object.values(r).some((v) => v !== null && v !== ""));
    expect(filled(await rowsOf(ledger, "Revoked"))).toEqual([]);
    expect(filled(await rowsOf(ledger, "RevokedProgress"))).toEqual([]);
    // Dropped again, it is the one row there, below no blank one.
    expect((await runCli(["update", ledger, rev1, "--yes", "--today", "2026-06-15"])).code).toBe(0);
    expect((await rowsOf(ledger, "Revoked")).map((r) => [r["编号"], r["进展情况"]])).toEqual([
      ["1.1", "进展-1.1"],
    ]);
    expect((await rowsOf(ledger, "RevokedProgress")).map((r) => r["编号"])).toEqual(["1.1"]);
  });
});
