/** Measuring a plan's write through the Excel double: round trips and the largest request (for `npm run bench`). */

import type { WorkbookPlan } from "../../src/core/plan/types";
import { applyPlan } from "../../src/excel/applyPlan";
import { installExcelHost } from "./excelHost";
import type { HostOptions } from "./excelHost";

/** Round trips and the largest request of writing `plan` into a fresh workbook (ExcelApi 1.12 unless told). */
export async function measureApply(
  plan: WorkbookPlan,
  options: HostOptions = {},
): Promise<{ syncs: number; maxRequestBytes: number }> {
  const { host, uninstall } = installExcelHost(options);
  try {
    await applyPlan(plan, { replaceGenerated: true });
    return { syncs: host.syncCount, maxRequestBytes: host.maxRequestBytes };
  } finally {
    uninstall();
  }
}
