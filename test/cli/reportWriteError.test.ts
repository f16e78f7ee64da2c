import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SAMPLE_PATH } from "../support/paths";
import { runCli } from "../support/runCli";

// The ledger's rewrite fails after the bulletin is written (a full disk, a file locked by Excel): stand-in below.
jest.mock("../../src/cli/besideName", () => {
  const actual = jest.requireActual("../../src/cli/besideName");
  return {
    ...actual,
    rewriteLedger: jest.fn(
      async (file: string, out: string | undefined, label: string, bytes: Uint8Array) => {
        if (label.startsWith("通报前")) throw Object.assign(new Error("locked"), { code: "EBUSY" });
        return actual.rewriteLedger(file, out, label, bytes);
      },
    ),
  };
});

jest.setTimeout(120_000);

describe("taizhang report, when the ledger cannot be rewritten after the bulletin is written", () => {
  it("names the ledger it could not write, not the bulletin it wrote", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "taizhang-report-error-"));
    const ledger = join(tmp, "台账.xlsx");
    expect((await runCli(["build", SAMPLE_PATH, "-o", ledger])).code).toBe(0);
    const docx = join(tmp, "通报.docx");
    const { code, out, err } = await runCli(["report", ledger, "-o", docx, "--period", "2020-06"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(existsSync(docx)).toBe(true);
    expect(err).toContain(ledger);
    expect(err).not.toContain(docx);
  });
});
