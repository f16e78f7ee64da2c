/** Measuring a plan's write through the Excel double: round trips and the largest request (for `npm run bench`). */

import type { WorkbookPlan } from "../../src/core/plan/types";
import { applyPlan } from "../../src/excel/applyPlan";
import { installExcelHost } from "./excelHost";
import type { HostOptions } from "./excelHost";

/**
 * Round trips and the largest request (as the double measures it, see requestSize.ts) of writing `plan` into
 * a fresh workbook of the given Excel (ExcelApi 1.12 unless told: unit pivots with filters are the most
 * calls).
 */
export async function measureApply(
  plan: WorkbookPlan,
  options: HostOptions = { apiVersion: "1.12" },
): Promise<{ syncs: number; maxRequestBytes: number }> {
  const { host, uninstall } = installExcelHost(options);
  try {
    await applyPlan(plan, { replaceGenerated: true });
    return { syncs: host.syncCount, maxRequestBytes: host.maxRequestBytes };
  } finally {
    uninstall();
  }
}
