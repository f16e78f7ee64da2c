import { ledgerFromParsed } from "../../src/core/ledger/fromParsed";
import type { LedgerModel } from "../../src/core/ledger/types";
import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import { buildPlan } from "../../src/core/workbook/buildPlan";
import { DEFAULT_SETTINGS } from "../../src/core/plan/settings";
import type { WorkbookPlan } from "../../src/core/plan/types";
import { acceptSuggestions, suggestRegistry } from "../../src/core/units/registry";
import { sampleText } from "./paths";

/** The sample's ledger model and plan, as `taizhang build` makes them (suggestions accepted). */
export function sampleLedger(edit?: (model: LedgerModel) => LedgerModel): {
  model: LedgerModel;
  plan: WorkbookPlan;
} {
  const parsed = parseBreakdown(sampleText());
  const suggested = suggestRegistry(parsed);
  const registry = acceptSuggestions(suggested, suggested.suggestions);
  let model = ledgerFromParsed(parsed, registry, DEFAULT_SETTINGS, {
    importedAt: "2020-05-22T08:00:00.000Z",
  });
  if (edit) model = edit(model);
  return { model, plan: buildPlan(model, { version: "test", applied: suggested.suggestions }) };
}
