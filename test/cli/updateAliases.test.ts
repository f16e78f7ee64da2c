import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ledgerFromTables } from "../../src/core/ledger/fromTables";
import { readLedgerFile } from "../../src/xlsx/readWorkbook";
import { runCli } from "../support/runCli";

jest.setTimeout(120_000);

const tmp = mkdtempSync(join(tmpdir(), "taizhang-update-aliases-"));

/** A small document spelled as the sample is: units with their brackets, and the same units without. */
const FIRST = [
  "2026年重点工作责任分解",
  "一、张三副市长牵头重点工作",
  "1.推进城东产业园建设,年内完成投资5亿元。",
  "责任单位:开发区(高桥街道)、发改局、经信局",
  "2.落实国有资产管理改革,完成行政事业单位资产清查。",
  "责任单位:财政局(国资办)、发改局、服务业局",
  "3.新建社区食堂10家,覆盖全部城市社区。",
  "责任单位:民政局、开发区、财政局",
  "4.出台现代服务业三年行动计划。",
  "责任单位:发改局(服务业局)、商务局",
  "",
].join("\n");

async function tasksOf(file: string) {
  const read = await readLedgerFile(new Uint8Array(readFileSync(file)));
  return ledgerFromTables(read.tasks, read.units, read.settings, read.about)!.tasks;
}

/** The rows of a table of the ledger, by header. */
async function rowsOf(file: string, table: string): Promise<Array<Record<string, unknown>>> {
  const t = (await readLedgerFile(new Uint8Array(readFileSync(file)))).tables?.get(table);
  return t ? t.rows.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r[i]]))) : [];
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
});
