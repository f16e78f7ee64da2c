import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, SAMPLE_PATH } from "../support/paths";

/** The packages under node_modules a compiled `taizhang <args>` run has loaded by the time it exits. */
function packagesLoaded(args: readonly string[]): string[] {
  const script = `require(${JSON.stringify(join(ROOT, "lib", "cli", "main.js"))})
    .main(${JSON.stringify(args)}, { out() {}, err() {} })
    .then(() => {
      const names = Object.keys(require.cache)
        .map((k) => /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(k)?.[1])
        .filter(Boolean);
      process.stdout.write(JSON.stringify([...new Set(names)].sort()));
    });`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" })) as string[];
}

// lib/ is compiled by `npm test`'s pretest step.
describe("the command line loads what its command needs", () => {
  it("parses a text breakdown without loading ExcelJS or any other package", () => {
    expect(packagesLoaded(["parse", SAMPLE_PATH])).toEqual([]);
  }, 30_000);

  it("loads ExcelJS for build, which writes a workbook", () => {
    const out = join(tmpdir(), `taizhang-lean-${process.pid}.xlsx`);
    try {
      expect(packagesLoaded(["build", SAMPLE_PATH, "-o", out, "--force"])).toContain("exceljs");
    } finally {
      rmSync(out, { force: true });
    }
  }, 60_000);
});
