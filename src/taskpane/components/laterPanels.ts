/**
 * The "panels" chunk: the parts of the pane past its first screen, fetched together with import() the first
 * time one shows (components/later.ts) — 校验, 生成 and 设置, 更新现有台账/存档本期, and a document's preview. One
 * fetch for all, so a clerk moving between tabs waits once; the first screen (the paste box, its buttons, the
 * round's panel standalone) does not carry them, nor the Fluent controls only they use (dialogs, accordions,
 * badges, checkboxes, switches, selects).
 */

export { GeneratePanel } from "./GeneratePanel";
export { ImportPreview } from "./ImportPreview";
export { SettingsPanel } from "./SettingsPanel";
export { ValidatePanel } from "./ValidatePanel";
export { YearPanel } from "./YearPanel";
