/** Columns of a real 台账 beyond ours that the clerk can switch on: 责任人, 联系电话, 工作措施, 节点目标. */

import type { LedgerSettings } from "../plan/types";

/** The columns that can be switched on, in the order they stand on 任务台账 (after 备注). */
export const OPTIONAL_COLUMNS = ["责任人", "联系电话", "工作措施", "节点目标"] as const;

/** The optional columns a ledger's settings switch on, in their standing order. */
export function optionalColumnsOf(settings: LedgerSettings): string[] {
  const on = new Set(settings.cycle?.columns ?? []);
  return OPTIONAL_COLUMNS.filter((c) => on.has(c));
}

/**
 * Reads the optional columns as a person lists them (责任人,联系电话 or 责任人、联系电话); `unknown` holds names that
 * are none of them.
 * @example readColumnsOption("责任人、节点目标") → { columns: ["责任人", "节点目标"], unknown: [] }
 */
export function readColumnsOption(text: string): { columns: string[]; unknown: string[] } {
  const names = text.split(/[,，、;；\s]+/).filter(Boolean);
  const known = new Set<string>(OPTIONAL_COLUMNS);
  return {
    columns: OPTIONAL_COLUMNS.filter((c) => names.includes(c)),
    unknown: names.filter((n) => !known.has(n)),
  };
}
