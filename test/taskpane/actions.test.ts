import { DEFAULT_SETTINGS, STATUS_PRESETS } from "../../src/core/plan/settings";
import type { Finding } from "../../src/core/types";
import { createActions, errorMessage } from "../../src/taskpane/actions";
import { stringsFor } from "../../src/taskpane/i18n";
import type { WriteResult } from "../../src/taskpane/services";
import { suggestionKey } from "../../src/taskpane/state";
import { createStore } from "../../src/taskpane/store";
import { chunkLoadError, deferred, fakeServices, sampleText } from "./fakeServices";

const strings = stringsFor("zh-CN");

function setup(overrides: Parameters<typeof fakeServices>[0] = {}) {
  const services = fakeServices(overrides);
  const store = createStore();
  const actions = createActions(store, services, strings);
  return { services, store, actions };
}

/** Store and actions with the sample previewed. */
async function previewed(overrides: Parameters<typeof fakeServices>[0] = {}) {
  const s = setup(overrides);
  s.actions.setText(sampleText());
  await s.actions.preview();
  return s;
}

/** Previewed, every alias suggestion decided (rejected), so that writing asks nothing about them. */
async function decided(overrides: Parameters<typeof fakeServices>[0] = {}) {
  const s = await previewed(overrides);
  for (const x of s.store.getState().registry!.suggestions) s.actions.decide(x, "rejected");
  return s;
}

const fixable: Finding = {
  code: "co-separator",
  severity: "warning",
  where: { sheet: "任务台账", cell: "F3" },
  params: { found: "," },
  fix: {
    where: { sheet: "任务台账", cell: "F3" },
    action: { op: "units", renames: [], drop: [] },
    preview: "财政局、发改局",
  },
};

describe("importing", () => {
  it("previews the paste box through parseText and suggests the registry of what it parsed", async () => {
    const { services, store } = await previewed();
    const state = store.getState();
    expect(state.parsed?.tasks).toHaveLength(73);
    expect(services.suggestRegistry).toHaveBeenCalledWith(state.parsed);
    expect(state.registry).toBe(services.suggestRegistry.mock.results[0]?.value);
  });

  it("reads an opened file, busy meanwhile", async () => {
    const read = deferred<ReturnType<typeof JSON.parse>>();
    const { services, store, actions } = setup({ readDocument: () => read.promise });
    const done = actions.openFile("a.docx", new Uint8Array([1, 2]));
    expect(store.getState().busy).toMatchObject({ op: "read", label: "正在读取 a.docx…" });
    read.resolve(services.parseText(sampleText()));
    await done;
    expect(store.getState()).toMatchObject({ busy: null, fileName: "a.docx" });
    expect(store.getState().parsed?.tasks).toHaveLength(73);
  });

  it("keeps decisions by suggestion", async () => {
    const { store, actions } = await previewed();
    const s = store.getState().registry!.suggestions[0]!;
    actions.decide(s, "rejected");
    expect(store.getState().decisions[suggestionKey(s)]).toBe("rejected");
  });

  it("shows a parser crash as an error instead of losing it", async () => {
    const { store, actions } = setup({
      parseText: async () => {
        throw new Error("boom");
      },
    });
    await actions.preview();
    expect(store.getState().errors.map((e) => e.message)).toEqual(["boom"]);
    expect(store.getState().busy).toBeNull();
  });

  it("is busy while the parser is fetched for the first paste, then previews the text as it was", async () => {
    const parse = deferred<ReturnType<typeof JSON.parse>>();
    const { services, store, actions } = setup({ parseText: () => parse.promise });
    actions.setText(sampleText());
    const done = actions.preview();
    expect(store.getState().busy).toMatchObject({ op: "read", label: "正在解析…" });
    // A second click while it loads does not parse twice.
    await actions.preview();
    expect(services.parseText).toHaveBeenCalledTimes(1);
    expect(services.parseText).toHaveBeenCalledWith(sampleText());
    parse.resolve(await fakeServices().parseText(sampleText()));
    await done;
    expect(store.getState()).toMatchObject({ busy: null, fileName: null, errors: [] });
    expect(store.getState().parsed?.tasks).toHaveLength(73);
  });

  it("says in words that the parser could not be downloaded, never a stuck spinner, and a second try works", async () => {
    let offline = true;
    const { services, store, actions } = setup({
      parseText: async (text) => {
        if (offline) throw chunkLoadError("parser");
        return fakeServices().parseText(text);
      },
    });
    actions.setText(sampleText());
    await actions.preview();
    const [error] = store.getState().errors;
    expect(error?.message).toBe(strings.partNotLoaded);
    expect(error?.message).toMatch(/没有下载成功.*请检查网络后再试一次/);
    expect(error?.message).not.toMatch(/Loading chunk|http/);
    expect(store.getState()).toMatchObject({ busy: null, parsed: null });

    offline = false;
    await actions.preview();
    expect(services.parseText).toHaveBeenCalledTimes(2);
    expect(store.getState().parsed?.tasks).toHaveLength(73);
  });
});

describe("writing the ledger", () => {
  it("writes at once when nothing generated would be replaced, with the settings being edited", async () => {
    const { services, store, actions } = await decided();
    await actions.loadSettings();
    actions.editSettings({ type: "dueSoonDays", days: 5 });
    const first = store.getState().registry!.suggestions[0]!;
    actions.decide(first, null);
    actions.decide(first, "accepted");
    await actions.requestWrite();

    expect(services.writeLedger).toHaveBeenCalledTimes(1);
    const [parsed, registry, settings, progress] = services.writeLedger.mock.calls[0]!;
    expect(parsed).toBe(store.getState().parsed);
    expect(registry.units.find((u) => u.name === first.canonical)?.aliases).toContain(first.alias);
    expect(settings.dueSoonDays).toBe(5);
    expect(typeof progress).toBe("function");
    expect(store.getState()).toMatchObject({ busy: null, confirm: null, lastWrite: { sheets: 7 } });
  });

  it("asks about undecided alias suggestions first, and writes them unmerged only when told", async () => {
    const { services, store, actions } = await previewed();
    await actions.requestWrite();
    expect(store.getState().confirm).toEqual({ kind: "pending-aliases", count: 5 });
    expect(services.previewWrite).not.toHaveBeenCalled();
    actions.cancelConfirm();
    await actions.confirmPendingWrite();
    expect(services.writeLedger).toHaveBeenCalledTimes(1);
    const registry = services.writeLedger.mock.calls[0]![1];
    expect(registry.suggestions).toHaveLength(5);
    expect(registry.units.every((u) => u.aliases.length === 0)).toBe(true);
  });

  it("asks first when generated sheets would be replaced, and writes only on confirmation", async () => {
    const preview = { replaces: ["任务台账"], clashes: [] };
    const { services, store, actions } = await decided({ previewWrite: async () => preview });
    await actions.requestWrite();
    expect(store.getState().confirm).toEqual({ kind: "replace", preview });
    expect(store.getState().busy).toBeNull();
    expect(services.writeLedger).not.toHaveBeenCalled();

    actions.cancelConfirm();
    expect(store.getState().confirm).toBeNull();
    expect(services.writeLedger).not.toHaveBeenCalled();

    await actions.requestWrite();
    await actions.confirmWrite();
    expect(services.writeLedger).toHaveBeenCalledTimes(1);
  });

  it("reports progress while writing", async () => {
    const result = deferred<WriteResult>();
    const { services, store, actions } = await decided({ writeLedger: () => result.promise });
    const done = actions.requestWrite();
    await Promise.resolve();
    await Promise.resolve();
    const progress = services.writeLedger.mock.calls[0]?.[3];
    progress?.(1, 3, "生成 .xlsx 文件");
    expect(store.getState().busy).toEqual({ op: "write", done: 1, total: 3, label: "生成 .xlsx 文件" });
    result.resolve({ sheets: 2, renamed: [], notes: [] });
    await done;
    expect(store.getState().busy).toBeNull();
  });

  it("shows a failed write as an error and leaves the pane usable", async () => {
    const { store, actions } = await decided({
      writeLedger: async () => {
        throw new Error("工作表受保护");
      },
    });
    await actions.requestWrite();
    expect(store.getState()).toMatchObject({
      busy: null,
      errors: [{ message: "工作表受保护" }],
      lastWrite: null,
    });
  });

  it("does nothing without a preview, and runs one operation at a time", async () => {
    const { services, actions } = setup();
    await actions.requestWrite();
    expect(services.previewWrite).not.toHaveBeenCalled();

    const slow = deferred<Finding[]>();
    const busy = setup({ validate: () => slow.promise });
    const first = busy.actions.check();
    await busy.actions.check();
    await busy.actions.confirmGenerate();
    expect(busy.services.validate).toHaveBeenCalledTimes(1);
    expect(busy.services.generate).not.toHaveBeenCalled();
    slow.resolve([]);
    await first;
    expect(busy.store.getState().findings).toEqual([]);
  });
});

describe("validating", () => {
  it("applies one fix, then checks again", async () => {
    const { services, store, actions } = setup({ validate: async () => [fixable] });
    await actions.check();
    await actions.fix(fixable.fix!);
    expect(services.applyFixes).toHaveBeenCalledWith([fixable.fix]);
    expect(services.validate).toHaveBeenCalledTimes(2);
    expect(store.getState().findings).toEqual([fixable]);
  });

  it("applies all fixes only after confirmation", async () => {
    const { services, store, actions } = setup({
      validate: async () => [fixable, { ...fixable, fix: undefined }],
    });
    actions.requestFixAll();
    expect(store.getState().confirm).toBeNull();
    await actions.check();
    actions.requestFixAll();
    expect(store.getState().confirm).toEqual({ kind: "fix-all" });
    expect(services.applyFixes).not.toHaveBeenCalled();
    await actions.confirmFixAll();
    expect(services.applyFixes).toHaveBeenCalledWith([fixable.fix]);
    expect(store.getState().confirm).toBeNull();
  });

  it("selects a finding's cell, showing an Office failure", async () => {
    const { services, store, actions } = setup({
      selectCell: async () => {
        throw new Error("找不到该工作表");
      },
    });
    await actions.selectCell({ sheet: "任务台账", cell: "E2" });
    expect(services.selectCell).toHaveBeenCalledWith({ sheet: "任务台账", cell: "E2" });
    expect(store.getState().errors[0]?.message).toBe("找不到该工作表");
  });

  it("switches live checks on, takes the findings they report, and keeps them off when that fails", async () => {
    const { services, store, actions } = setup();
    await actions.setLiveChecks(true);
    expect(store.getState().liveChecks).toBe(true);
    services.setLiveChecks.mock.calls[0]?.[1]([fixable]);
    expect(store.getState().findings).toEqual([fixable]);
    // A background check that fails is shown once, as an error of the pane.
    services.setLiveChecks.mock.calls[0]?.[2]?.(new Error("Excel 正在编辑单元格"));
    expect(store.getState().errors.map((e) => e.message)).toEqual(["Excel 正在编辑单元格"]);

    const failing = setup({ setLiveChecks: async () => Promise.reject(new Error("需要 Excel")) });
    await failing.actions.setLiveChecks(true);
    expect(failing.store.getState()).toMatchObject({
      liveChecks: false,
      errors: [{ message: "需要 Excel" }],
    });
  });

  it("shows errors of background work", () => {
    const { store, actions } = setup();
    actions.reportError(new Error("实时检查失败"));
    expect(store.getState().errors[0]?.message).toBe("实时检查失败");
  });
});

describe("generating", () => {
  it("generates the chosen parts at once when no generated sheet would be replaced", async () => {
    const { services, store, actions } = setup();
    actions.setPart("leaders", false);
    await actions.requestGenerate();
    const parts = { units: true, leaders: false, summary: true, formatting: true };
    expect(services.previewGenerate).toHaveBeenCalledWith(parts);
    expect(store.getState().confirm).toBeNull();
    expect(services.generate).toHaveBeenCalledWith(parts, expect.any(Function));
    expect(store.getState()).toMatchObject({
      busy: null,
      lastGenerate: { sheets: 3, renamed: [], notes: [] },
    });
  });

  it("asks first when generated sheets would be replaced, with the clashes, and generates on confirmation", async () => {
    const preview = { replaces: ["汇总", "财政局"], clashes: ["说明"] };
    const { services, store, actions } = setup({ previewGenerate: async () => preview });
    await actions.requestGenerate();
    expect(store.getState()).toMatchObject({ busy: null, confirm: { kind: "generate", preview } });
    expect(services.generate).not.toHaveBeenCalled();

    actions.cancelConfirm();
    expect(services.generate).not.toHaveBeenCalled();

    await actions.requestGenerate();
    await actions.confirmGenerate();
    expect(store.getState().confirm).toBeNull();
    expect(services.generate).toHaveBeenCalledTimes(1);
  });

  it("shows a failed preview as an error and generates nothing", async () => {
    const { services, store, actions } = setup({
      previewGenerate: async () => Promise.reject(new Error("找不到表格 Tasks")),
    });
    await actions.requestGenerate();
    expect(store.getState()).toMatchObject({
      busy: null,
      confirm: null,
      errors: [{ message: "找不到表格 Tasks" }],
    });
    expect(services.generate).not.toHaveBeenCalled();
  });

  it("does nothing when no sheet is chosen", async () => {
    const { services, store, actions } = setup();
    for (const part of ["units", "leaders"] as const) actions.setPart(part, false);
    await actions.requestGenerate();
    expect(store.getState().confirm).toBeNull();
    expect(services.previewGenerate).not.toHaveBeenCalled();
    expect(services.generate).not.toHaveBeenCalled();
  });

  it("chooses unit sheets and 汇总 together, since they are regenerated together", () => {
    const { store, actions } = setup();
    actions.setPart("summary", false);
    expect(store.getState().parts).toMatchObject({ units: false, summary: false, leaders: true });
    actions.setPart("units", true);
    expect(store.getState().parts).toMatchObject({ units: true, summary: true });
  });
});

describe("settings", () => {
  it("loads them, and falls back to the defaults with the error shown when they cannot be read", async () => {
    const ok = setup();
    await ok.actions.loadSettings();
    expect(ok.store.getState().settings).toBe(DEFAULT_SETTINGS);

    const bad = setup({ loadSettings: async () => Promise.reject(new Error("读取失败")) });
    await bad.actions.loadSettings();
    expect(bad.store.getState()).toMatchObject({
      settings: DEFAULT_SETTINGS,
      errors: [{ message: "读取失败" }],
    });
  });

  it("applies a preset with the status that says done, adds a status coloured by meaning, and saves", async () => {
    const { services, store, actions } = setup();
    await actions.loadSettings();
    const rag = STATUS_PRESETS.find((p) => p.id === "rag")!;
    actions.applyPreset(rag.statuses);
    actions.addStatus("严重逾期");
    const settings = store.getState().settings!;
    expect(settings.statuses.map((s) => s.name)).toEqual([...rag.statuses.map((s) => s.name), "严重逾期"]);
    expect(settings.doneStatus).toBe("已完成");
    expect(settings.statuses.at(-1)?.fill).toBe("#FFC7CE");
    await actions.saveSettings();
    expect(services.saveSettings).toHaveBeenCalledWith(settings);
    expect(store.getState().settingsSaved).toBe(true);
  });

  it("applies the saved settings to the ledger, busy meanwhile, and says so until they change", async () => {
    const formatted = deferred<WriteResult>();
    const { services, store, actions } = setup({ reformatLedger: () => formatted.promise });
    await actions.loadSettings();
    const done = actions.applySettingsToLedger();
    expect(store.getState().busy).toMatchObject({ op: "reformat", label: "正在标注任务台账…" });
    formatted.resolve({ sheets: 1, renamed: [], notes: [] });
    await done;
    expect(services.reformatLedger).toHaveBeenCalledTimes(1);
    expect(store.getState()).toMatchObject({ busy: null, ledgerReformatted: true });
    actions.editSettings({ type: "dueSoonDays", days: 3 });
    expect(store.getState().ledgerReformatted).toBe(false);

    const failing = setup({
      reformatLedger: async () => Promise.reject(new Error("找不到任务台账的表 Tasks")),
    });
    await failing.actions.applySettingsToLedger();
    expect(failing.store.getState()).toMatchObject({
      ledgerReformatted: false,
      errors: [{ message: "找不到任务台账的表 Tasks" }],
    });
  });

  it("does not save statuses with a problem", async () => {
    const { services, actions } = setup();
    await actions.loadSettings();
    actions.editSettings({ type: "statusName", index: 0, name: "" });
    await actions.saveSettings();
    expect(services.saveSettings).not.toHaveBeenCalled();
  });
});

describe("error messages", () => {
  it("use an Office error's wording for the UI language, an Error's message, or the thrown text", () => {
    class OfficeLike extends Error {
      messageFor(locale: string) {
        return locale === "en-US" ? "Protected." : "受保护。";
      }
    }
    expect(errorMessage(new OfficeLike("受保护。 / Protected."), "en-US")).toBe("Protected.");
    expect(errorMessage(new OfficeLike("x"), "zh-CN")).toBe("受保护。");
    expect(errorMessage(new Error("坏了"), "zh-CN")).toBe("坏了");
    expect(errorMessage(new TypeError(""), "zh-CN")).toBe("TypeError");
    expect(errorMessage("文本", "zh-CN")).toBe("文本");
    expect(errorMessage({ code: "X" }, "zh-CN")).toBe('{"code":"X"}');
  });

  it("say that a part of the pane could not be downloaded, in the UI language, instead of webpack's URL", () => {
    const error = chunkLoadError("readers");
    expect(errorMessage(error, "zh-CN")).toBe(stringsFor("zh-CN").partNotLoaded);
    expect(errorMessage(error, "en-US")).toBe(stringsFor("en-US").partNotLoaded);
    expect(errorMessage(error, "en-US")).toMatch(/^Part of Taizhang could not be downloaded .*try again/);
    // Only webpack's own error is taken for one: another error mentioning a chunk keeps its words.
    expect(errorMessage(new Error("Loading chunk 7 failed."), "zh-CN")).toBe("Loading chunk 7 failed.");
  });
});
