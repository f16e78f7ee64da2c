import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AppearedError, checkOutput, writeAtomically } from "../../src/cli/writeOutput";
import { runCli } from "../support/runCli";
import { SAMPLE_PATH } from "../support/paths";

const tmp = mkdtempSync(join(tmpdir(), "taizhang-out-"));

describe("writing the output file", () => {
  it("leaves the old ledger whole when writing the new one fails half way (a full disk, a kill)", async () => {
    const path = join(tmp, "old.xlsx");
    writeFileSync(path, "the old ledger");
    async function* halfWritten(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode("half of a new ledger");
      throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
    }
    await expect(writeAtomically(path, halfWritten(), true)).rejects.toMatchObject({ code: "ENOSPC" });
    expect(readFileSync(path, "utf8")).toBe("the old ledger");
    expect(readdirSync(tmp).filter((n) => n.startsWith(".old.xlsx"))).toEqual([]);
  });

  it("replaces the old file only with the complete new one under --force", async () => {
    const path = join(tmp, "replace.xlsx");
    writeFileSync(path, "old");
    await writeAtomically(path, "new", true);
    expect(readFileSync(path, "utf8")).toBe("new");
  });

  it("does not overwrite a file that appeared while the command worked, without --force", async () => {
    const path = join(tmp, "appeared.xlsx");
    expect(checkOutput(path, false)).toEqual({ path });
    writeFileSync(path, "someone else's file");
    await expect(writeAtomically(path, "ours", false)).rejects.toBeInstanceOf(AppearedError);
    expect(readFileSync(path, "utf8")).toBe("someone else's file");
  });

  it("refuses -o through a symbolic link to nothing, and writes nothing where it points", async () => {
    const link = join(tmp, "dangling.xlsx");
    const pointee = join(tmp, "elsewhere.xlsx");
    symlinkSync(pointee, link);
    const { code, err } = await runCli(["build", SAMPLE_PATH, "-o", link]);
    expect(code).toBe(2);
    expect(err).toContain("是指向不存在文件的符号链接");
    expect(existsSync(pointee)).toBe(false);
    const units = await runCli(["units", SAMPLE_PATH, "-o", link, "--force"]);
    expect(units.code).toBe(2);
    expect(existsSync(pointee)).toBe(false);
  });

  it("writes through a symbolic link to an existing file under --force, keeping the link", async () => {
    const real = join(tmp, "real.json");
    const link = join(tmp, "link.json");
    writeFileSync(real, "{}");
    symlinkSync(real, link);
    const { code } = await runCli(["units", SAMPLE_PATH, "-o", link, "--force"]);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(real, "utf8"))).toHaveProperty("units");
    expect(readFileSync(link, "utf8")).toBe(readFileSync(real, "utf8"));
  });
});
