/** What the shells report about a write, shared by the Office shell, the file shell and the pane. */

/** Progress of a long operation: `done` of `total` steps, with a short label. */
export type Progress = (done: number, total: number, label: string) => void;

/** Sheets the tool made before that a new write would replace, and sheets of people that clash by name. */
export interface WritePreview {
  readonly replaces: readonly string[];
  readonly clashes: readonly string[];
}

/** The outcome of writing, to tell the clerk. */
export interface WriteResult {
  readonly sheets: number;
  /** A planned name that was taken by a person's sheet, and the name used instead. */
  readonly renamed: ReadonlyArray<{ readonly wanted: string; readonly used: string }>;
  /** Things done another way than planned (no PivotFilter support → formula counts …), as message codes. */
  readonly notes: readonly string[];
  /** Standalone only: the file name the browser downloaded. */
  readonly fileName?: string;
}
