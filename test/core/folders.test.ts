/**
 * The folders of src/core import one another in one direction only: no cycle between folders (text, files, parse,
 * units, targets, plan, cycle, ledger, year, workbook, checks, rounds). Files at src/core's root (types.ts, messages.ts …)
 * are the kernel every folder may use, and messages.ts gathers the wording of every folder's codes, so the root is
 * left out of the graph.
 */

import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

const CORE = join(__dirname, "..", "..", "src", "core");

/** Every .ts file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** The folder of src/core a path is in, or null for a file at the root (or outside src/core). */
function folderOf(path: string): string | null {
  const parts = relative(CORE, path).split(sep);
  return parts.length > 1 && parts[0] !== ".." ? (parts[0] as string) : null;
}

/** folder → the other folders it imports from (static, dynamic and re-export specifiers alike), with one file that does. */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(CORE)) {
    const from = folderOf(file);
    if (from === null) continue;
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const to = folderOf(resolve(dirname(file), m[1] as string));
      if (to !== null && to !== from && !edges.has(to)) edges.set(to, relative(CORE, file));
    }
  }
  return graph;
}

/** The cycles of a directed graph, each as its folders in order (one cycle per strongly connected group). */
function findCycles(graph: ReadonlyMap<string, ReadonlyMap<string, string>>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (node: string): void => {
    if (done.has(node)) return;
    const at = onPath.indexOf(node);
    if (at >= 0) {
      cycles.push([...onPath.slice(at), node]);
      return;
    }
    onPath.push(node);
    for (const next of graph.get(node)?.keys() ?? []) visit(next);
    onPath.pop();
    done.add(node);
  };
  for (const node of [...graph.keys()].sort()) visit(node);
  return cycles;
}

/** A cycle written out with the file behind each step: plan → ledger (plan/x.ts) → plan (ledger/y.ts). */
function spelled(cycle: readonly string[], graph: ReadonlyMap<string, ReadonlyMap<string, string>>): string {
  return cycle
    .map((node, i) => (i === 0 ? node : `${node} (${graph.get(cycle[i - 1] as string)?.get(node) ?? "?"})`))
    .join(" → ");
}

describe("the folders of src/core", () => {
  it("import one another without a cycle", () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(5);
    expect(findCycles(graph).map((c) => spelled(c, graph))).toEqual([]);
  });

  it("would be caught importing in a circle, even through a third folder", () => {
    const edges = (...to: string[]) => new Map(to.map((t) => [t, `${t}.ts`]));
    const graph = new Map([
      ["ledger", edges("plan")],
      ["plan", edges("text", "year")],
      ["text", edges()],
      ["year", edges("ledger")],
    ]);
    expect(findCycles(graph)).toEqual([["ledger", "plan", "year", "ledger"]]);
    expect(findCycles(new Map([...graph, ["year", edges("text")]]))).toEqual([]);
  });
});
