/**
 * Every word the parser knows, once: role words, the labels and column headers built from them, deadline
 * words, collectives and the ends of organisation names. Labels (roles.ts), table headers (table/columns.ts)
 * and prose readers all build their patterns from these, so a word added here is known everywhere.
 * Patterns are regular-expression sources matched against folded text (half-width, simplified).
 */

// The words are kept by kind in vocabulary/ (labels, columns, deadlines, unitNames, sentences); this file is where
// the readers import them from (only splitUnits.ts and unitNameShapes.ts, in the pane's first load, import
// vocabulary/unitNames.ts itself).
export * from "./vocabulary/labels";
export * from "./vocabulary/columns";
export * from "./vocabulary/deadlines";
export * from "./vocabulary/unitNames";
export * from "./vocabulary/sentences";
