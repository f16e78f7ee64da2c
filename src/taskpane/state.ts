/**
 * The pane's UI state as a pure reducer: which tab is open, the import (source text, parsed preview, unit
 * registry with the clerk's alias decisions), the latest findings, what to generate, the settings being
 * edited, what is running, and the errors shown to the user (what it shows is derived in selectors.ts). No I/O
 * here: `actions.ts` calls the services and dispatches what happened; components read the state and call actions.
 */

import { doneStatusOf } from "../core/plan/settings";
import type { Registry } from "../core/units/types";
import type { LedgerSettings, StatusStyle } from "../core/plan/types";
import type { Finding, ParsedDocument } from "../core/types";
import type { GenerateParts, WritePreview, WriteResult } from "./services";

export type Tab = "import" | "validate" | "generate" | "settings";

/** What is running; one operation at a time, so buttons that would start another are disabled. */
export type Operation = "read" | "write" | "validate" | "fix" | "generate" | "settings" | "reformat";

export interface Busy {
  readonly op: Operation;
  /** Steps done of `total` (0 of 0 until the operation reports progress). */
  readonly done: number;
  readonly total: number;
  readonly label: string;
}

/** An error shown to the user until dismissed. `id` is unique within a session. */
export interface ShownError {
  readonly id: number;
  readonly message: string;
}

/** The clerk's decision on an alias suggestion. Undecided suggestions have no entry. */
export type Decision = "accepted" | "rejected";

/** What waits for the clerk's confirmation in a dialog. */
export type Confirm =
  | { readonly kind: "replace"; readonly preview: WritePreview }
  | { readonly kind: "fix-all" }
  /** Writing while this many alias suggestions are undecided. */
  | { readonly kind: "pending-aliases"; readonly count: number }
  | { readonly kind: "generate"; readonly preview: WritePreview };

export interface PaneState {
  readonly tab: Tab;
  /** The text in the paste box. */
  readonly text: string;
  /** The file the current preview came from, or null when it came from the paste box. */
  readonly fileName: string | null;
  readonly parsed: ParsedDocument | null;
  /** The ledger's year (时限年度) the clerk typed for this document; null while the document's stands. */
  readonly year: string | null;
  /** The registry the document suggests, before the clerk's decisions (see `registryForWrite`). */
  readonly registry: Registry | null;
  /** Decisions by suggestion key (`suggestionKey`). */
  readonly decisions: Readonly<Record<string, Decision>>;
  readonly busy: Busy | null;
  /** Findings of the last check of the ledger; null before the first check. */
  readonly findings: readonly Finding[] | null;
  readonly liveChecks: boolean;
  readonly parts: GenerateParts;
  /** The settings being edited; null until loaded. */
  readonly settings: LedgerSettings | null;
  /** True when `settings` has changes not saved yet. */
  readonly settingsDirty: boolean;
  readonly settingsSaved: boolean;
  /** True once the saved settings were applied to the ledger (until the settings change again). */
  readonly ledgerReformatted: boolean;
  readonly lastWrite: WriteResult | null;
  readonly lastGenerate: WriteResult | null;
  readonly confirm: Confirm | null;
  readonly errors: readonly ShownError[];
  readonly nextErrorId: number;
}

export type Action =
  | { readonly type: "tab"; readonly tab: Tab }
  | { readonly type: "text"; readonly text: string }
  | {
      readonly type: "parsed";
      readonly parsed: ParsedDocument;
      readonly registry: Registry;
      readonly fileName: string | null;
    }
  | { readonly type: "year"; readonly year: string }
  | { readonly type: "decide"; readonly key: string; readonly decision: Decision | null }
  | { readonly type: "busy"; readonly op: Operation; readonly label: string }
  | { readonly type: "progress"; readonly done: number; readonly total: number; readonly label: string }
  | { readonly type: "idle" }
  | { readonly type: "error"; readonly message: string }
  | { readonly type: "dismiss"; readonly id: number }
  | { readonly type: "findings"; readonly findings: readonly Finding[] }
  | { readonly type: "live"; readonly on: boolean }
  | { readonly type: "part"; readonly part: keyof GenerateParts; readonly on: boolean }
  | { readonly type: "written"; readonly result: WriteResult }
  | { readonly type: "generated"; readonly result: WriteResult }
  | { readonly type: "confirm"; readonly confirm: Confirm | null }
  | { readonly type: "settingsLoaded"; readonly settings: LedgerSettings }
  | { readonly type: "settingsSaved" }
  | { readonly type: "ledgerReformatted" }
  | { readonly type: "statusName"; readonly index: number; readonly name: string }
  | {
      readonly type: "statusColour";
      readonly index: number;
      readonly which: "fill" | "font";
      readonly colour: string;
    }
  | { readonly type: "statusAdd"; readonly status: StatusStyle }
  | { readonly type: "statusRemove"; readonly index: number }
  | { readonly type: "statusMove"; readonly index: number; readonly by: -1 | 1 }
  | { readonly type: "statusPreset"; readonly statuses: readonly StatusStyle[]; readonly doneStatus: string }
  | { readonly type: "doneStatus"; readonly name: string }
  | { readonly type: "dueSoonDays"; readonly days: number };

/** The state a pane starts in. */
export const initialState: PaneState = {
  tab: "import",
  text: "",
  fileName: null,
  parsed: null,
  year: null,
  registry: null,
  decisions: {},
  busy: null,
  findings: null,
  liveChecks: false,
  parts: { units: true, leaders: true, summary: true, formatting: true },
  settings: null,
  settingsDirty: false,
  settingsSaved: false,
  ledgerReformatted: false,
  lastWrite: null,
  lastGenerate: null,
  confirm: null,
  errors: [],
  nextErrorId: 1,
};

function editSettings(state: PaneState, edit: (s: LedgerSettings) => LedgerSettings): PaneState {
  if (!state.settings) return state;
  return {
    ...state,
    settings: edit(state.settings),
    settingsDirty: true,
    settingsSaved: false,
    ledgerReformatted: false,
  };
}

function editStatuses(
  state: PaneState,
  edit: (
    statuses: StatusStyle[],
    settings: LedgerSettings,
  ) => { statuses: StatusStyle[]; doneStatus?: string },
): PaneState {
  return editSettings(state, (s) => {
    const out = edit([...s.statuses], s);
    return { ...s, statuses: out.statuses, doneStatus: out.doneStatus ?? s.doneStatus };
  });
}

/**
 * The parts with one switched: unit sheets and 汇总 move together, since they are regenerated together
 * (both count over 任务分工, see generationKinds), so the checkboxes show what will happen.
 */
export function withPart(parts: GenerateParts, part: keyof GenerateParts, on: boolean): GenerateParts {
  if (part === "units" || part === "summary") return { ...parts, units: on, summary: on };
  return { ...parts, [part]: on };
}

/** The pane's reducer: the next state after an action. Pure; returns the same object when nothing changes. */
export function reducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case "tab":
      return { ...state, tab: action.tab };
    case "text":
      return { ...state, text: action.text };
    case "parsed":
      return {
        ...state,
        parsed: action.parsed,
        registry: action.registry,
        fileName: action.fileName,
        year: null,
        decisions: {},
        lastWrite: null,
      };
    case "year":
      return { ...state, year: action.year };
    case "decide": {
      const decisions = { ...state.decisions };
      if (action.decision) decisions[action.key] = action.decision;
      else delete decisions[action.key];
      return { ...state, decisions };
    }
    case "busy":
      return { ...state, busy: { op: action.op, done: 0, total: 0, label: action.label } };
    case "progress":
      if (!state.busy) return state;
      return {
        ...state,
        busy: { ...state.busy, done: action.done, total: action.total, label: action.label },
      };
    case "idle":
      return state.busy ? { ...state, busy: null } : state;
    case "error":
      return {
        ...state,
        errors: [...state.errors, { id: state.nextErrorId, message: action.message }],
        nextErrorId: state.nextErrorId + 1,
      };
    case "dismiss":
      return { ...state, errors: state.errors.filter((e) => e.id !== action.id) };
    case "findings":
      return { ...state, findings: action.findings };
    case "live":
      return { ...state, liveChecks: action.on };
    case "part":
      return { ...state, parts: withPart(state.parts, action.part, action.on) };
    case "written":
      return { ...state, lastWrite: action.result };
    case "generated":
      return { ...state, lastGenerate: action.result };
    case "confirm":
      return { ...state, confirm: action.confirm };
    case "settingsLoaded":
      return {
        ...state,
        settings: action.settings,
        settingsDirty: false,
        settingsSaved: false,
        ledgerReformatted: false,
      };
    case "settingsSaved":
      return { ...state, settingsDirty: false, settingsSaved: true, ledgerReformatted: false };
    case "ledgerReformatted":
      return { ...state, ledgerReformatted: true };
    case "statusName":
      return editStatuses(state, (list, s) => {
        const old = list[action.index];
        if (!old) return { statuses: list };
        list[action.index] = { ...old, name: action.name };
        // Renaming the done status renames what "done" means, not which status it is.
        return { statuses: list, doneStatus: s.doneStatus === old.name ? action.name : s.doneStatus };
      });
    case "statusColour":
      return editStatuses(state, (list) => {
        const old = list[action.index];
        if (old) list[action.index] = { ...old, [action.which]: action.colour };
        return { statuses: list };
      });
    case "statusAdd":
      return editStatuses(state, (list) => ({ statuses: [...list, action.status] }));
    case "statusRemove":
      return editStatuses(state, (list, s) => {
        const [removed] = list.splice(action.index, 1);
        const done =
          removed && removed.name === s.doneStatus ? doneStatusOf(list.map((x) => x.name)) : s.doneStatus;
        return { statuses: list, doneStatus: done };
      });
    case "statusMove":
      return editStatuses(state, (list) => {
        const to = action.index + action.by;
        const a = list[action.index];
        const b = list[to];
        if (!a || !b) return { statuses: list };
        list[action.index] = b;
        list[to] = a;
        return { statuses: list };
      });
    case "statusPreset":
      return editStatuses(state, () => ({ statuses: [...action.statuses], doneStatus: action.doneStatus }));
    case "doneStatus":
      return editSettings(state, (s) => ({ ...s, doneStatus: action.name }));
    case "dueSoonDays":
      if (!Number.isFinite(action.days)) return state;
      return editSettings(state, (s) => ({
        ...s,
        dueSoonDays: Math.max(0, Math.min(365, Math.round(action.days))),
      }));
  }
}

export {
  anyPart,
  documentFindings,
  fixesOf,
  groupBySeverity,
  leaderGroups,
  pendingSuggestions,
  registryForWrite,
  settingsProblems,
  SEVERITIES,
  suggestionKey,
} from "./selectors";
export type { LeaderGroup } from "./selectors";
