/**
 * Settings in Excel live in one store with the shell's own state: saving them never drops the registry of
 * generated sheets that the shell keeps in workbook.settings where sheet tags (ExcelApi 1.12) are missing.
 */

import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import { DEFAULT_SETTINGS } from "../../src/core/plan/settings";
import { suggestRegistry } from "../../src/core/units/registry";
import { REGISTRY_SETTING } from "../../src/excel/tags";
import { createExcelServices } from "../../src/taskpane/excelServices";
import { SETTINGS_KEY } from "../../src/taskpane/settingsStore";
import { installExcelHost } from "../support/excelHost";
import { sampleText } from "../support/paths";

test("saving settings after a write on ExcelApi 1.8 keeps the registry of generated sheets beside them", async () => {
  const { host, uninstall } = installExcelHost({ apiVersion: "1.8" });
  try {
    const services = createExcelServices({ locale: "zh-CN", onBackgroundError: () => {} });
    const sample = parseBreakdown(sampleText());
    await services.writeLedger(sample, suggestRegistry(sample), DEFAULT_SETTINGS, () => {});
    const registry = host.settings.get(REGISTRY_SETTING);
    expect(typeof registry).toBe("string");

    await services.saveSettings({ ...DEFAULT_SETTINGS, dueSoonDays: 9 });
    expect(host.settings.get(REGISTRY_SETTING)).toBe(registry);
    expect(JSON.parse(String(host.settings.get(SETTINGS_KEY))).dueSoonDays).toBe(9);
    await expect(services.loadSettings()).resolves.toMatchObject({ dueSoonDays: 9 });
  } finally {
    uninstall();
  }
}, 30_000);
