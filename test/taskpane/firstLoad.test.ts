import { join } from "node:path";
import { importsOf, namedImportsFrom, staticClosure } from "../support/importGraph";
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

/**
 * What the first load does not hold, and why the pane can wait for each: fetched with import() when it is first
 * needed (bench's pane.firstLoadKB.gzip went from 217 to 187 KB when they moved out). No chain of static imports
 * may lead to any of them from the entry.
 */
const ON_DEMAND: ReadonlyMap<string, string> = new Map([
  [
    "src/taskpane/components/ValidatePanel.tsx",
    '校验 is another tab: the "panels" chunk, at its first showing',
  ],
  ["src/taskpane/components/GeneratePanel.tsx", '生成 is another tab ("panels")'],
  ["src/taskpane/components/SettingsPanel.tsx", '设置 is another tab ("panels")'],
  [
    "src/taskpane/components/YearPanel.tsx",
    '更新现有台账/存档本期 show only once Excel says the workbook holds a ledger ("panels")',
  ],
  [
    "src/taskpane/components/ImportPreview.tsx",
    'a document\'s preview shows after the parser (itself fetched) read it; "panels" is fetched beside the parser',
  ],
  [
    "src/taskpane/components/LeaderPreview.tsx",
    "the preview's tasks per leader (Fluent's accordion, badges)",
  ],
  ["src/taskpane/components/AliasSuggestions.tsx", "the preview's alias suggestions"],
  ["src/taskpane/components/FindingList.tsx", "findings: the preview's and 校验's"],
  [
    "src/taskpane/components/ConfirmDialog.tsx",
    "asked only after 写入台账, 生成, 全部修正 or 存档本期 (Fluent's dialog)",
  ],
  ["src/taskpane/components/SheetChanges.tsx", "what a write would replace, in a confirmation"],
  ["src/core/ledger/fromParsed.ts", 'the ledger model written: the "plan" chunk, at 下载台账 (standalone)'],
  ["src/core/ledger/fromTables.ts", 'a ledger read back, at 重新生成台账 ("plan")'],
  ["src/core/ledger/regenerate.ts", 'what a regeneration says of units and cells ("plan")'],
  ["src/core/plan/longCells.ts", 'cells cut to Excel\'s limit as a ledger is written ("plan")'],
  ["src/core/workbook/assignments.ts", '任务分工\'s rows, planned with the ledger ("plan")'],
  ["src/core/targets/extractTargets.ts", 'the targets read from the tasks as the ledger is planned ("plan")'],
]);

/** Fluent controls only the parts past the first screen use: in the "panels" chunk, not the first load. */
const LATER_CONTROLS = ["Dialog", "Accordion", "Badge", "Checkbox", "Switch", "Select", "ProgressBar"];

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

  it("holds none of the panels and planning it fetches on demand: no chain of static imports leads to them", () => {
    const found = [...ON_DEMAND.keys()].filter((f) => loaded.has(f)).map(chain);
    expect(found).toEqual([]);
  });

  it("fetches the panels past the first screen with import(), in one chunk (components/later.ts)", () => {
    const later = join(ROOT, "src", "taskpane", "components", "later.ts");
    const panels = join(ROOT, "src", "taskpane", "components", "laterPanels.ts");
    expect(importsOf(later).lazy).toEqual([panels]);
    const inChunk = [...staticClosure(panels).keys()];
    for (const file of [...ON_DEMAND.keys()].filter((f) => f.startsWith("src/taskpane/components/")))
      expect([file, inChunk.includes(file)]).toEqual([file, true]);
    // The import tab and the tabs reach them through later.ts alone.
    for (const file of ["App.tsx", "components/ImportPanel.tsx"])
      expect(importsOf(join(ROOT, "src", "taskpane", file)).static).toContain(later);
  });

  it("fetches what writing or regenerating a ledger plans with in the planner's chunk (standalone)", () => {
    const services = join(ROOT, "src", "taskpane", "standaloneServices.ts");
    const planning = join(ROOT, "src", "taskpane", "standalonePlanning.ts");
    expect(importsOf(services).lazy).toContain(planning);
    const inChunk = [...staticClosure(planning).keys()];
    for (const file of [...ON_DEMAND.keys()].filter((f) => f.startsWith("src/core/")))
      expect([file, inChunk.includes(file)]).toEqual([file, true]);
  });

  it("imports none of the Fluent controls only the later panels use", () => {
    const used = [...loaded.keys()].flatMap((f) =>
      namedImportsFrom(join(ROOT, f), "@fluentui/react-components")
        .filter((name) => LATER_CONTROLS.some((c) => name.startsWith(c)))
        .map((name) => `${f}: ${name}`),
    );
    expect(used).toEqual([]);
  });
});
