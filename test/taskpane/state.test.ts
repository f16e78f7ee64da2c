import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import { DEFAULT_SETTINGS, STATUS_PRESETS } from "../../src/core/plan/settings";
import type { Finding } from "../../src/core/types";
import { suggestRegistry } from "../../src/core/units/registry";
import type { Registry } from "../../src/core/units/types";
import {
  anyPart,
  documentFindings,
  fixesOf,
  groupBySeverity,
  initialState,
  leaderGroups,
  pendingSuggestions,
  reducer,
  registryForWrite,
  settingsProblems,
  suggestionKey,
  withPart,
} from "../../src/taskpane/state";
import type { Action, PaneState } from "../../src/taskpane/state";
import { sampleText } from "../support/paths";

const sample = parseBreakdown(sampleText());
const run = (actions: Action[], from: PaneState = initialState): PaneState => actions.reduce(reducer, from);
const withSettings = run([{ type: "settingsLoaded", settings: DEFAULT_SETTINGS }]);

const registry: Registry = {
  units: [
    { name: "发改局", aliases: [], kind: "部门", groups: [] },
    { name: "发改局(服务业局)", aliases: [], kind: "部门", groups: [] },
    { name: "财政局", aliases: [], kind: "部门", groups: [] },
    { name: "市财政局", aliases: [], kind: "部门", groups: [] },
    { name: "商务局", aliases: [], kind: "部门", groups: [] },
  ],
  suggestions: [
    { alias: "发改局(服务业局)", canonical: "发改局", reason: "bracket" },
    { alias: "市财政局", canonical: "财政局", reason: "prefix" },
    { alias: "商务局", canonical: "财政局", reason: "similar" },
  ],
};

describe("the preview selectors", () => {
  it("group the sample's 73 tasks under its 4 leaders, in document order", () => {
    const groups = leaderGroups(sample);
    expect(groups.map((g) => [g.leader, g.title, g.tasks.length])).toEqual([
      ["于会游", "市长", 3],
      ["冯中海", "常务副市长", 25],
      ["朱伟强", "常委", 26],
      ["徐刚", "副市长", 19],
    ]);
    expect(groups.flatMap((g) => g.tasks)).toHaveLength(73);
  });

  it("turn the document's issues into findings that point at their line", () => {
    const [only] = documentFindings(sample);
    expect(only).toEqual({
      code: "task-no-units",
      severity: "error",
      where: { line: sample.tasks[72]?.line },
      params: { id: "4.19" },
    });
    const empty = parseBreakdown("");
    expect(documentFindings(empty)[0]).toMatchObject({ code: "no-tasks", where: null });
  });

  it("group findings by severity, keeping their order, and collect their fixes", () => {
    const f = (code: Finding["code"], severity: Finding["severity"], fix = false): Finding => ({
      code,
      severity,
      where: { sheet: "任务台账", cell: "E2" },
      params: {},
      ...(fix
        ? {
            fix: {
              where: { sheet: "任务台账", cell: "E2" },
              action: { op: "units", renames: [], drop: [] },
              preview: "x",
            },
          }
        : {}),
    });
    const list = [
      f("overdue", "info"),
      f("lead-alias", "warning", true),
      f("lead-empty", "error"),
      f("co-alias", "warning"),
    ];
    const groups = groupBySeverity(list);
    expect(groups.error.map((x) => x.code)).toEqual(["lead-empty"]);
    expect(groups.warning.map((x) => x.code)).toEqual(["lead-alias", "co-alias"]);
    expect(groups.info.map((x) => x.code)).toEqual(["overdue"]);
    expect(fixesOf(list)).toEqual([list[1]?.fix]);
  });
});

describe("the import state", () => {
  it("keeps the pasted text, and a new preview forgets the old decisions and result", () => {
    const parsed: Action = { type: "parsed", parsed: sample, registry, fileName: null };
    let s = run([{ type: "text", text: "一、…" }, parsed]);
    expect(s.text).toBe("一、…");
    s = run(
      [
        { type: "decide", key: suggestionKey(registry.suggestions[0]!), decision: "accepted" },
        { type: "written", result: { sheets: 1, renamed: [], notes: [] } },
      ],
      s,
    );
    expect(Object.keys(s.decisions)).toHaveLength(1);
    s = reducer(s, { ...parsed, fileName: "a.docx" });
    expect(s.decisions).toEqual({});
    expect(s.lastWrite).toBeNull();
    expect(s.fileName).toBe("a.docx");
  });

  it("writes accepted aliases into their canonical unit, drops rejected suggestions, keeps undecided ones", () => {
    const [bracket, prefix, similar] = registry.suggestions;
    const s = run([
      { type: "parsed", parsed: sample, registry, fileName: null },
      { type: "decide", key: suggestionKey(bracket!), decision: "accepted" },
      { type: "decide", key: suggestionKey(similar!), decision: "rejected" },
    ]);
    expect(pendingSuggestions(s)).toEqual([prefix]);
    const out = registryForWrite(s);
    expect(out?.units.map((u) => u.name)).toEqual(["发改局", "财政局", "市财政局", "商务局"]);
    expect(out?.units[0]?.aliases).toEqual(["发改局(服务业局)"]);
    expect(out?.suggestions).toEqual([prefix]);
  });

  it("undoes a decision", () => {
    const key = suggestionKey(registry.suggestions[0]!);
    const s = run([
      { type: "parsed", parsed: sample, registry, fileName: null },
      { type: "decide", key, decision: "accepted" },
      { type: "decide", key, decision: null },
    ]);
    expect(s.decisions).toEqual({});
    expect(registryForWrite(s)?.units).toHaveLength(5);
  });

  it("writes the sample's own registry unchanged when nothing is decided", () => {
    const own = suggestRegistry(sample);
    const s = run([{ type: "parsed", parsed: sample, registry: own, fileName: null }]);
    expect(registryForWrite(s)).toEqual(own);
    expect(registryForWrite(initialState)).toBeNull();
  });
});

describe("busy, progress and errors", () => {
  it("tracks one operation's progress and forgets it when idle", () => {
    let s = run([{ type: "progress", done: 1, total: 2, label: "x" }]);
    expect(s).toBe(initialState);
    s = run([
      { type: "busy", op: "generate", label: "正在生成…" },
      { type: "progress", done: 2, total: 5, label: "单位工作表" },
    ]);
    expect(s.busy).toEqual({ op: "generate", done: 2, total: 5, label: "单位工作表" });
    expect(reducer(s, { type: "idle" }).busy).toBeNull();
  });

  it("shows each error with its own id until it is dismissed", () => {
    const s = run([
      { type: "error", message: "一" },
      { type: "error", message: "二" },
    ]);
    expect(s.errors).toEqual([
      { id: 1, message: "一" },
      { id: 2, message: "二" },
    ]);
    expect(reducer(s, { type: "dismiss", id: 1 }).errors).toEqual([{ id: 2, message: "二" }]);
  });

  it("keeps the findings of the last check, the live switch and the chosen parts", () => {
    const s = run([
      { type: "findings", findings: [] },
      { type: "live", on: true },
      { type: "part", part: "leaders", on: false },
      { type: "tab", tab: "generate" },
    ]);
    expect(s.findings).toEqual([]);
    expect(s.liveChecks).toBe(true);
    expect(s.parts).toEqual({ units: true, leaders: false, summary: true, formatting: true });
    expect(s.tab).toBe("generate");
  });

  it("switches unit sheets and 汇总 together, other parts alone", () => {
    const all = initialState.parts;
    expect(withPart(all, "units", false)).toEqual({ ...all, units: false, summary: false });
    expect(withPart(all, "summary", false)).toEqual({ ...all, units: false, summary: false });
    const none = { units: false, leaders: false, summary: false, formatting: false };
    expect(withPart(none, "summary", true)).toEqual({ ...none, units: true, summary: true });
    expect(withPart(all, "leaders", false)).toEqual({ ...all, leaders: false });
    expect(withPart(all, "formatting", false)).toEqual({ ...all, formatting: false });
  });

  it("needs some sheet chosen to generate; formatting alone makes none", () => {
    expect(anyPart({ units: false, leaders: false, summary: false, formatting: true })).toBe(false);
    expect(anyPart({ units: false, leaders: false, summary: true, formatting: false })).toBe(true);
  });
});

describe("editing the settings", () => {
  it("ignores edits before the settings have loaded", () => {
    expect(reducer(initialState, { type: "dueSoonDays", days: 3 })).toBe(initialState);
  });

  it("renames a status, and renaming the done status keeps it the done status", () => {
    const s = run([{ type: "statusName", index: 2, name: "已办结" }], withSettings);
    expect(s.settings?.statuses.map((x) => x.name)).toEqual(["未启动", "推进中", "已办结", "滞后"]);
    expect(s.settings?.doneStatus).toBe("已办结");
    expect(s.settingsDirty).toBe(true);
  });

  it("recolours, adds, moves and removes statuses", () => {
    const s = run(
      [
        { type: "statusColour", index: 0, which: "fill", colour: "#112233" },
        { type: "statusAdd", status: { name: "暂缓", fill: "#FFFFFF", font: "#000000" } },
        { type: "statusMove", index: 4, by: -1 },
        { type: "statusMove", index: 0, by: -1 },
        { type: "statusRemove", index: 1 },
      ],
      withSettings,
    );
    expect(s.settings?.statuses.map((x) => x.name)).toEqual(["未启动", "已完成", "暂缓", "滞后"]);
    expect(s.settings?.statuses[0]?.fill).toBe("#112233");
  });

  it("moves the done status elsewhere when it is removed", () => {
    const s = run([{ type: "statusRemove", index: 2 }], withSettings);
    expect(s.settings?.doneStatus).toBe("滞后");
  });

  it("switches to a preset's statuses and done status", () => {
    const five = STATUS_PRESETS.find((p) => p.id === "five")!;
    const s = run([{ type: "statusPreset", statuses: five.statuses, doneStatus: "已完成" }], withSettings);
    expect(s.settings?.statuses).toEqual(five.statuses);
    expect(s.settings?.doneStatus).toBe("已完成");
  });

  it("keeps due-soon days a whole number from 0 to 365", () => {
    const days = (n: number) => run([{ type: "dueSoonDays", days: n }], withSettings).settings?.dueSoonDays;
    expect(days(7.4)).toBe(7);
    expect(days(-3)).toBe(0);
    expect(days(1000)).toBe(365);
    expect(days(Number.NaN)).toBe(DEFAULT_SETTINGS.dueSoonDays);
  });

  it("is saved once, and a later edit makes it unsaved again", () => {
    let s = run([{ type: "doneStatus", name: "滞后" }, { type: "settingsSaved" }], withSettings);
    expect([s.settingsDirty, s.settingsSaved]).toEqual([false, true]);
    s = reducer(s, { type: "dueSoonDays", days: 3 });
    expect([s.settingsDirty, s.settingsSaved]).toEqual([true, false]);
  });

  it("is applied to the ledger until it changes, is saved or is loaded again", () => {
    const applied = run([{ type: "settingsSaved" }, { type: "ledgerReformatted" }], withSettings);
    expect(applied.ledgerReformatted).toBe(true);
    expect(reducer(applied, { type: "dueSoonDays", days: 3 }).ledgerReformatted).toBe(false);
    expect(reducer(applied, { type: "settingsSaved" }).ledgerReformatted).toBe(false);
    expect(reducer(applied, { type: "settingsLoaded", settings: DEFAULT_SETTINGS }).ledgerReformatted).toBe(
      false,
    );
  });

  it("finds empty and repeated status names", () => {
    const s = run(
      [
        { type: "statusName", index: 0, name: " " },
        { type: "statusName", index: 3, name: "推进中" },
      ],
      withSettings,
    );
    expect(settingsProblems(s.settings!)).toEqual([
      { kind: "empty", index: 0 },
      { kind: "duplicate", name: "推进中" },
    ]);
    expect(settingsProblems(DEFAULT_SETTINGS)).toEqual([]);
  });
});
