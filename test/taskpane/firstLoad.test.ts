import { join } from "node:path";
import { importsOf, staticClosure } from "../support/importGraph";
import { ROOT } from "../support/paths";

// What the pane loads before it can be used is what its entry imports, followed through static imports;
// import() starts a chunk fetched on demand. `npm run bench` prints the size (pane.firstLoadKB.gzip).
const ENTRY = join(ROOT, "src", "taskpane", "index.tsx");
const PARSER = "src/core/parse/parseBreakdown.ts";

/** The modules of src/core/parse the first load may hold, and why the pane needs them before any document. */
const FIRST_LOAD_PARSE: ReadonlyMap<string, string> = new Map([
  [
    "src/core/parse/splitUnits.ts",
    "unit lists split as the parser splits them, for the alias suggestions (units/registry, used by the pane's state)",
  ],
  [
    "src/core/parse/vocabulary/unitNames.ts",
    "the unit suffixes and collectives splitUnits knows (the vocabulary's unit words alone, not all of it)",
  ],
  ["src/core/parse/unitNameShapes.ts", "the shapes of names splitUnits knows (moved out of it, not added)"],
  [
    "src/core/parse/unitName.ts",
    "a unit's name normalised as splitUnits reports it (moved out of it, not added)",
  ],
]);

describe("the pane's first load", () => {
  const loaded = staticClosure(ENTRY);
  const chain = (file: string): string => (loaded.get(file) ?? []).join(" > ");

  it("is followed through the pane's own imports (the walk sees the panels, the services and the registry)", () => {
    for (const file of [
      "src/taskpane/App.tsx",
      "src/taskpane/standaloneServices.ts",
      "src/taskpane/documentServices.ts",
      "src/core/units/registry.ts",
    ])
      expect(chain(file)).toMatch(/^src\/taskpane\/index\.tsx > /);
  });

  it("does not hold the parser: no chain of static imports leads from the entry to parseBreakdown", () => {
    expect(chain(PARSER)).toBe("");
  });

  it("holds of src/core/parse only the unit splitting the pane needs before a document is opened", () => {
    const parse = [...loaded.keys()].filter((f) => f.startsWith("src/core/parse/"));
    expect(parse.filter((f) => !FIRST_LOAD_PARSE.has(f)).map(chain)).toEqual([]);
  });

  it("fetches the parser with import() when a document is pasted, in its own chunk", () => {
    const services = join(ROOT, "src", "taskpane", "documentServices.ts");
    expect(importsOf(services).lazy).toContain(join(ROOT, PARSER));
  });

  it("keeps the parser out of the Excel shell's chunk too, which Excel loads as the pane starts", () => {
    const excel = staticClosure(join(ROOT, "src", "taskpane", "excelServices.ts"));
    expect((excel.get(PARSER) ?? []).join(" > ")).toBe("");
    expect(excel.has("src/core/parse/emptyDocument.ts")).toBe(true);
  });
});
