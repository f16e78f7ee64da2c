import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../support/runCli";
import { ROOT, SAMPLE_PATH } from "../support/paths";

const tmp = mkdtempSync(join(tmpdir(), "taizhang-parse-"));

describe("taizhang parse", () => {
  it("prints the exact parsed object with --json and exits 0", async () => {
    const { code, out } = await runCli(["parse", SAMPLE_PATH, "--json"]);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(["document", "tasks", "issues"]);
    expect(doc.tasks).toHaveLength(73);
    expect(Object.keys(doc.tasks[0])).toEqual(
      expect.arrayContaining([
        "id",
        "leader",
        "leaderTitle",
        "text",
        "leads",
        "coUnits",
        "collectives",
        "deadline",
        "line",
      ]),
    );
  });

  it("prints a readable summary: leaders with task counts, findings with lines", async () => {
    const { code, out } = await runCli(["parse", SAMPLE_PATH]);
    expect(code).toBe(0);
    expect(out).toContain("73 项任务\uff0c4 位领导");
    expect(out).toMatch(/冯中海 常务副市长\s+25/);
    expect(out).toMatch(/错误\s+第 157 行\s+任务 4\.19 没有责任单位/);
  });

  it("speaks English on request", async () => {
    const { out } = await runCli(["parse", SAMPLE_PATH, "--lang", "en-US"]);
    expect(out).toContain("73 tasks, 4 leaders");
    expect(out).toContain("line 157");
  });

  it("exits 2 with a one-line reason when the file holds no tasks", async () => {
    const file = join(tmp, "article.txt");
    writeFileSync(file, "本报讯 今年以来,我市经济运行稳中向好。\n");
    const { code, err } = await runCli(["parse", file]);
    expect(code).toBe(2);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toContain("未找到任务");
  });

  it("exits 2 with a one-line reason when the file cannot be read", async () => {
    const { code, err } = await runCli(["parse", join(tmp, "missing.txt")]);
    expect(code).toBe(2);
    expect(err.trim()).toBe(`找不到文件\uff1a${join(tmp, "missing.txt")}`);
    const doc = join(tmp, "old.doc");
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    const old = await runCli(["parse", doc]);
    expect(old.code).toBe(2);
    expect(old.err).toContain(".docx");
  });

  it("exits 2 on a usage error", async () => {
    expect((await runCli(["parse"])).code).toBe(2);
    expect((await runCli(["frobnicate", SAMPLE_PATH])).code).toBe(2);
  });

  it("works as the installed bin, with exit codes from a real process", () => {
    const bin = join(ROOT, "bin", "taizhang.js");
    const out = execFileSync(process.execPath, [bin, "parse", SAMPLE_PATH, "--json"], { encoding: "utf8" });
    expect(JSON.parse(out).tasks).toHaveLength(73);
    const empty = join(tmp, "empty.txt");
    writeFileSync(empty, "");
    const r = spawnSync(process.execPath, [bin, "parse", empty], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe("未找到任务\uff1a文件是空的。");
  });
});
