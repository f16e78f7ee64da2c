/**
 * A fake `LedgerServices` for pane tests: documents are parsed by the real core (so the sample shows its real
 * 73 tasks), everything that would touch a workbook is a jest mock the test controls and inspects.
 */

import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import { DEFAULT_SETTINGS } from "../../src/core/plan/settings";
import { suggestRegistry } from "../../src/core/units/registry";
import type { LedgerServices } from "../../src/taskpane/services";
import type { RoundServices } from "../../src/taskpane/rounds/types";
import { sampleText } from "../support/paths";

/** The services with every method a jest mock of the same signature. */
export type FakeServices = {
  -readonly [K in keyof LedgerServices]: LedgerServices[K] extends (...args: infer A) => infer R
    ? jest.Mock<R, A>
    : LedgerServices[K];
};

/**
 * Fake services in Excel (or standalone with `host: "standalone"`), Chinese unless `locale` says otherwise.
 * Each method of `overrides` replaces the default behaviour and is wrapped in a jest mock too.
 */
export function fakeServices(overrides: Partial<LedgerServices> = {}): FakeServices {
  const services: LedgerServices = {
    host: "excel",
    locale: "zh-CN",
    readDocument: async (_name, bytes) => parseBreakdown(new TextDecoder().decode(bytes)),
    parseText: async (text) => parseBreakdown(text),
    suggestRegistry,
    previewWrite: async () => ({ replaces: [], clashes: [] }),
    writeLedger: async () => ({ sheets: 7, renamed: [], notes: [] }),
    validate: async () => [],
    selectCell: async () => {},
    applyFixes: async () => {},
    previewGenerate: async () => ({ replaces: [], clashes: [] }),
    generate: async () => ({ sheets: 3, renamed: [], notes: [] }),
    reformatLedger: async () => ({ sheets: 1, renamed: [], notes: [] }),
    setLiveChecks: async () => {},
    hasLedger: async () => false,
    previewUpdate: async () => ({ lines: [], doubtful: [], unchanged: true }),
    applyUpdate: async () => ({ sheets: 60, renamed: [], notes: [] }),
    snapshot: async () => ({ archived: 73, replaced: 0 }),
    loadSettings: async () => DEFAULT_SETTINGS,
    saveSettings: async () => {},
    loadRounds: async () => fakeRounds(),
    ...overrides,
  };
  const entries = Object.entries(services).map(([k, v]) => [k, typeof v === "function" ? jest.fn(v) : v]);
  return Object.fromEntries(entries) as FakeServices;
}

/**
 * A fake round (Excel's: no ledger file needed): every action a jest mock; the dispatch lists two units, the
 * others reject until a test says what they give.
 */
export function fakeRounds(overrides: Partial<RoundServices> = {}): {
  -readonly [K in keyof RoundServices]-?: NonNullable<RoundServices[K]> extends (...args: infer A) => infer R
    ? jest.Mock<R, A>
    : RoundServices[K];
} {
  const missing = async (): Promise<never> => {
    throw new Error("not faked");
  };
  const rounds = {
    needsLedgerFile: false,
    openLedgerFile: missing,
    currentLedger: () => null,
    previewDispatch: async () => ({
      period: "2020-03",
      units: [
        { unit: "经信局", lead: 8, co: 9 },
        { unit: "财政局", lead: 3, co: 12 },
      ],
    }),
    dispatch: missing,
    collect: missing,
    report: missing,
    ...overrides,
  };
  const entries = Object.entries(rounds).map(([k, v]: [string, unknown]) => [
    k,
    typeof v === "function" ? jest.fn(v as (...args: unknown[]) => unknown) : v,
  ]);
  return Object.fromEntries(entries) as ReturnType<typeof fakeRounds>;
}

/** The sample document's text (桐乡市 2020, 73 tasks under 4 leaders). */
export { sampleText };

/** A promise with its resolve and reject, to hold a service call open while the test looks at the pane. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (v: T) => void;
  reject: (e: unknown) => void;
} {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * The error webpack's runtime rejects an import() with when the chunk's script cannot be fetched
 * (webpack/lib/web/JsonpChunkLoadingRuntimeModule.js: a URL in English, named ChunkLoadError).
 */
export function chunkLoadError(chunk: string): Error {
  const request = `http://localhost:3000/${chunk}.0123abcd.js`;
  return Object.assign(new Error(`Loading chunk ${chunk} failed.\n(error: ${request})`), {
    name: "ChunkLoadError",
    type: "error",
    request,
  });
}
