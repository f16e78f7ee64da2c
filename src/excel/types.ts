/** The shapes the pane exchanges with this shell, defined in core so that shells and pane share one copy. */
export type { Progress, WritePreview, WriteResult } from "../core/writeTypes";
