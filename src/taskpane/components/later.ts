/**
 * The pane's parts past its first screen, each rendered from the "panels" chunk (laterPanels.ts), fetched
 * once, the first time one of them shows: 校验, 生成 and 设置 (other tabs), 更新现有台账/存档本期 (under 导入 once
 * Excel says the workbook holds a ledger) and a document's preview (after the parser has read it). A spinner
 * shows while the chunk comes; a failed fetch is said in words with 再试一次 (lazyPanel.tsx).
 */

import { lazyPanel } from "./lazyPanel";

/** The "panels" chunk; webpack fetches it once and keeps it. */
export const loadLaterPanels = () => import(/* webpackChunkName: "panels" */ "./laterPanels");

/**
 * Starts fetching the "panels" chunk beside other work (the parser, as a document is read), so the preview
 * does not wait for it after; a failure here is said when a panel renders and fetches it again.
 */
export function preloadLaterPanels(): void {
  loadLaterPanels().catch(() => undefined);
}

export const GeneratePanel = lazyPanel(async () => (await loadLaterPanels()).GeneratePanel);
export const ImportPreview = lazyPanel(async () => (await loadLaterPanels()).ImportPreview);
export const SettingsPanel = lazyPanel(async () => (await loadLaterPanels()).SettingsPanel);
export const ValidatePanel = lazyPanel(async () => (await loadLaterPanels()).ValidatePanel);
export const YearPanel = lazyPanel(async () => (await loadLaterPanels()).YearPanel);
