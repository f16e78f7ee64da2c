/** What the pane's buttons can do (actions.ts makes them): the contract the components are given. */

import type { StatusStyle } from "../core/plan/types";
import type { CellRef, Fix } from "../core/types";
import type { AliasSuggestion } from "../core/units/types";
import type { GenerateParts } from "./services";
import type { Action, Decision, Tab } from "./state";

/** Edits of the settings being made in the settings tab. */
export type SettingsEdit = Extract<
  Action,
  { type: "statusName" | "statusColour" | "statusRemove" | "statusMove" | "doneStatus" | "dueSoonDays" }
>;

export interface PaneActions {
  selectTab(tab: Tab): void;
  setText(text: string): void;
  /** Parses the paste box (busy while the parser is fetched, the first time). */
  preview(): Promise<void>;
  /** Reads an opened file (.txt in any encoding, .docx, .doc, .pdf, .xlsx, .csv, .odt, .html …). */
  openFile(name: string, bytes: Uint8Array): Promise<void>;
  /** Excel only: reads the breakdown table in the open workbook (selection or used range). */
  importSheet(): Promise<void>;
  /** Standalone: regenerates an opened ledger .xlsx and downloads it. */
  openLedger(name: string, bytes: Uint8Array): Promise<void>;
  /** The ledger's year (时限年度) as the clerk types it over the document's. */
  setYear(text: string): void;
  decide(suggestion: AliasSuggestion, decision: Decision | null): void;
  /** Asks what writing would replace; writes at once, or asks the clerk first when generated sheets would go. */
  requestWrite(): Promise<void>;
  /** Writes although alias suggestions are undecided (they are not merged), after the clerk was asked. */
  confirmPendingWrite(): Promise<void>;
  confirmWrite(): Promise<void>;
  /** Closes a confirmation dialog without doing anything. */
  cancelConfirm(): void;
  check(): Promise<void>;
  selectCell(ref: CellRef): Promise<void>;
  /** Applies one fix, then checks again. */
  fix(fix: Fix): Promise<void>;
  requestFixAll(): void;
  confirmFixAll(): Promise<void>;
  setLiveChecks(on: boolean): Promise<void>;
  setPart(part: keyof GenerateParts, on: boolean): void;
  /**
   * Asks what generating would replace; generates at once, or asks the clerk first when generated sheets
   * would be deleted (Office cannot undo sheet deletion).
   */
  requestGenerate(): Promise<void>;
  confirmGenerate(): Promise<void>;
  loadSettings(): Promise<void>;
  saveSettings(): Promise<void>;
  /** Re-applies the saved status colours, deadline rules and dropdown to the ledger. */
  applySettingsToLedger(): Promise<void>;
  editSettings(edit: SettingsEdit): void;
  /** Adds a status, coloured by what its name says. */
  addStatus(name: string): void;
  /** Replaces the status list by a preset's; the done status is the one whose name says done. */
  applyPreset(statuses: readonly StatusStyle[]): void;
  /** Shows an error that happened outside an action (a background live check). */
  reportError(error: unknown): void;
  dismissError(id: number): void;
}
