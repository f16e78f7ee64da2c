import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TOOL_VERSION } from "../../src/core/version";
import { sampleLedger } from "../support/sampleLedger";
import { buildPlan } from "../../src/core/workbook/buildPlan";
import { runCli } from "../support/runCli";

describe("the version", () => {
  it("is package.json's, and the command line prints it", async () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version: string;
    };
    expect(TOOL_VERSION).toBe(pkg.version);
    expect((await runCli(["--version"])).out).toBe(`${pkg.version}\n`);
  });

  it("is what 说明 records when the pane plans the ledger (no version passed)", () => {
    const { model } = sampleLedger();
    const about = buildPlan(model).sheets.find((s) => s.kind === "about")!;
    const cells = about.blocks.flatMap((b) => (b.kind === "values" ? b.values.flat() : []));
    expect(cells).toContain(`台账助手 ${TOOL_VERSION}`);
  });
});

describe("说明", () => {
  it("shows no internal English keys: the fixed sheets stand for nothing, unit and leader sheets for their name", () => {
    const { plan } = sampleLedger();
    const about = plan.sheets.find((s) => s.kind === "about")!;
    const cells = about.blocks.flatMap((b) => (b.kind === "values" ? b.values.flat() : []));
    const text = cells.filter((c): c is string => typeof c === "string");
    for (const key of ["ledger", "assignments", "units", "summary", "about", "leader", "unit"])
      expect(text).not.toContain(key);
    expect(text.filter((t) => /^[a-z]+$/.test(t))).toEqual([]);
    expect(text).toContain("冯中海");
  });
});
