import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";
import { ROOT } from "./paths";

/** One source file's imports of other source files: loaded with it (static) or on demand (import()). */
export interface FileImports {
  readonly static: readonly string[];
  readonly lazy: readonly string[];
}

/** The .ts/.tsx file a relative specifier names (as webpack's `resolve.extensions` finds it), or null. */
function resolveSource(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null; // a package: not our source
  const base = join(dirname(from), specifier);
  const found = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")].find(
    existsSync,
  );
  if (!found) throw new Error(`${relative(ROOT, from)}: cannot resolve ${specifier}`);
  return found;
}

/** True when an import declaration brings in types only (TypeScript removes it from the output). */
function typeOnly(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // import "./x": a side effect
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return !clause.name && named !== undefined && ts.isNamedImports(named)
    ? named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)
    : false;
}

/**
 * The source files `file` imports. Conservative for the first load: every import that is not written as
 * type-only counts as loaded with the file (TypeScript may still drop one used only as a type).
 */
export function importsOf(file: string): FileImports {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const statics: string[] = [];
  const lazy: string[] = [];
  const add = (list: string[], specifier: ts.Expression | undefined): void => {
    if (!specifier || !ts.isStringLiteral(specifier)) return;
    const target = resolveSource(file, specifier.text);
    if (target) list.push(target);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !typeOnly(node)) add(statics, node.moduleSpecifier);
    else if (ts.isExportDeclaration(node) && !node.isTypeOnly) add(statics, node.moduleSpecifier);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
      add(lazy, node.arguments[0]);
    else if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "require"
    )
      add(statics, node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { static: statics, lazy };
}

/**
 * Every source file loaded with `entry` (static imports only, followed transitively), each with the chain
 * of imports that brings it in, from the entry. Paths relative to the repository, with `/`.
 */
export function staticClosure(entry: string): Map<string, readonly string[]> {
  const name = (file: string): string => relative(ROOT, file).split("\\").join("/");
  const chains = new Map<string, readonly string[]>([[name(entry), [name(entry)]]]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const chain = chains.get(name(file)) ?? [];
    for (const next of importsOf(file).static) {
      if (chains.has(name(next))) continue;
      chains.set(name(next), [...chain, name(next)]);
      queue.push(next);
    }
  }
  return chains;
}

/**
 * The names `file` imports from a package (`import { A, B } from "pkg"`), type-only ones left out: which of a
 * library's parts a file brings into its chunk.
 */
export function namedImportsFrom(file: string, pkg: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  for (const node of source.statements) {
    if (!ts.isImportDeclaration(node) || typeOnly(node)) continue;
    if (!ts.isStringLiteral(node.moduleSpecifier) || node.moduleSpecifier.text !== pkg) continue;
    const named = node.importClause?.namedBindings;
    if (named && ts.isNamedImports(named))
      for (const e of named.elements) if (!e.isTypeOnly) names.push((e.propertyName ?? e.name).text);
  }
  return names;
}
