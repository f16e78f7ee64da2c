import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, SAMPLE_PATH } from "../support/paths";
import { runCli } from "../support/runCli";

describe("taizhang options", () => {
  it("prints the usage in Chinese on --help and -h, exiting 0", async () => {
    for (const args of [["--help"], ["-h"], ["build", "--help"], ["help"]]) {
      const r = await runCli(args);
      expect({ args, code: r.code, err: r.err }).toEqual({ args, code: 0, err: "" });
      expect(r.out).toContain("用法\uff1a");
      expect(r.out).toContain("npx taizhang build <file> -o <ledger.xlsx>");
      expect(r.out).toContain("每项任务从第一个不算已完成的状态开始");
    }
  });

  it("shows --today on every command that takes it, as the README does", async () => {
    const r = await runCli(["--help"]);
    const usage = (command: string) =>
      r.out.split("\n").find((l) => l.startsWith(`  npx taizhang ${command} `));
    for (const command of ["validate", "regenerate", "snapshot", "update", "report"])
      expect({ command, usage: usage(command) }).toEqual({
        command,
        usage: expect.stringContaining("[--today YYYY-MM-DD]"),
      });
  });

  it("prints the usage in English with --lang en-US", async () => {
    const r = await runCli(["--help", "--lang", "en-US"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Usage:");
    expect(r.out).toContain("every task starts at the first status that is not done");
    expect(r.out).not.toContain("用法");
  });

  it("prints the version from package.json on --version", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(await runCli(["--version"])).toEqual({ code: 0, out: `${version}\n`, err: "" });
  });

  it("refuses a --lang other than zh-CN or en-US, saying which values it takes", async () => {
    const r = await runCli(["parse", SAMPLE_PATH, "--lang", "fr"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe(
      '--lang 应为 zh-CN 或 en-US\uff0c不是“fr”。 / --lang must be zh-CN or en-US, not "fr".\n',
    );
    expect((await runCli(["parse", SAMPLE_PATH, "--lang", "en-us", "--json"])).code).toBe(0);
  });

  it("refuses a --today that is not a real yyyy-mm-dd day", async () => {
    for (const today of ["2020-13-45", "2021-02-29", "2020-6-1", "tomorrow"]) {
      const r = await runCli(["validate", "ledger.xlsx", "--today", today]);
      expect({ today, code: r.code }).toEqual({ today, code: 2 });
      expect(r.err).toBe(
        `--today 应为实际存在的日期\uff0c写作 YYYY-MM-DD\uff08如 2020-06-30\uff09\uff0c不是“${today}”。\n`,
      );
    }
    // 2020 is a leap year: the day exists, and the command goes on to the (missing) file.
    const leap = await runCli(["validate", join(ROOT, "missing.xlsx"), "--today", "2020-02-29"]);
    expect(leap.err).toContain("找不到文件");
  });

  it("prints the usage on stderr and exits 2 without a command", async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("用法\uff1a");
  });
});

describe("options the command does not know", () => {
  it("are an error with exit 2, naming the option, before anything is read or written", async () => {
    const r = await runCli(["build", "nothing.txt", "-o", "x.xlsx", "--forse"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("没有这个选项\uff1a--forse");
    const en = await runCli(["parse", "nothing.txt", "--jsno", "-x", "--lang", "en-US"]);
    expect(en.code).toBe(2);
    expect(en.err).toBe("Unknown option: --jsno -x. See npx taizhang --help for the options.\n");
  });
});
