import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summary } from "../../src/cli/parseCommand";
import { emptyDocument } from "../../src/core/parse/parseBreakdown";
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

  it("prints a binary file's reason once, on stderr, claiming no encoding", async () => {
    const binary = join(tmp, "binary.txt");
    writeFileSync(binary, Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)));
    const { code, out, err } = await runCli(["parse", binary]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe("无法识别文件编码\uff0c请另存为 UTF-8 文本或 .docx 后再导入。\n");
  });

  it("claims no encoding in a summary when the text could not be read in it", () => {
    const text = summary(
      {
        document: { ...emptyDocument("gb18030").document, title: "责任分解" },
        tasks: [
          {
            id: "1",
            part: 1,
            leader: "张三",
            leaderTitle: "市长",
            text: "做好工作",
            leads: ["财政局"],
            coUnits: [],
            collectives: [],
            deadline: null,
            line: 2,
          },
        ],
        issues: [{ code: "encoding-unreadable", severity: "error", line: null, params: {} }],
      },
      "zh-CN",
    );
    expect(text).not.toContain("gb18030");
    expect(text).toContain("无法识别文件编码");
  });

  it("says in words that there are no findings, and counts one task and one leader in English", async () => {
    const one = join(tmp, "one.txt");
    writeFileSync(
      one,
      "桐乡市2020年政府工作报告重点工作责任分解\n\n一、于会游市长\n\n1.做好全市安全生产工作。\n牵头单位\uff1a应急管理局\uff1b配合单位\uff1a公安局\n",
    );
    const zhOut = (await runCli(["parse", one])).out;
    expect(zhOut).toContain("\n没有发现问题。\n");
    expect(zhOut).not.toContain("发现的问题\uff080\uff09");
    const enOut = (await runCli(["parse", one, "--lang", "en-US"])).out;
    expect(enOut).toContain("1 task, 1 leader:");
    expect(enOut).toContain("\nNo findings.\n");
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
