import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as mammoth from "mammoth";
import { loadDocument, type DocxConverter } from "../../../src/core/files/loadDocument";
import { ROOT } from "../../support/paths";

// Golden files: each input beside its hand-written expected result (see test/fixtures/parse/README.md).
const DIR = join(ROOT, "test", "fixtures", "parse");
const inputs = readdirSync(DIR).filter((f) => /\.(txt|docx)$/.test(f));
const converter = async (): Promise<DocxConverter> => mammoth as unknown as DocxConverter;

describe("golden fixtures", () => {
  it("cover every layout family F1–F10 and hold error cases", () => {
    for (let f = 1; f <= 10; f++) {
      expect(
        inputs.filter((name) => new RegExp(`^(error\\.)?f${f}-`).test(name)).length,
      ).toBeGreaterThanOrEqual(2);
    }
    expect(inputs.some((n) => n.startsWith("error."))).toBe(true);
  });

  it.each(inputs)("%s", async (name) => {
    const expected = JSON.parse(
      readFileSync(join(DIR, name.replace(/\.(txt|docx)$/, ".expected.json")), "utf8"),
    );
    const actual = await loadDocument(new Uint8Array(readFileSync(join(DIR, name))), converter);
    expect(actual.tasks).toEqual(expected.tasks);
    for (const key of Object.keys(expected.document)) {
      expect({ [key]: (actual.document as unknown as Record<string, unknown>)[key] }).toEqual({
        [key]: expected.document[key],
      });
    }
    expect(actual.issues.map((i) => ({ code: i.code, line: i.line }))).toEqual(expected.issues);
    if (name.startsWith("error.")) expect(actual.issues.some((i) => i.severity === "error")).toBe(true);
    else expect(actual.tasks.length).toBeGreaterThan(0);
  });
});
