/** A small argument reader for the three commands: positionals, `--flag`, `--key value`, `-o value`. */

export interface Args {
  readonly positionals: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
}

/** Options that take a value, with their short forms. */
const WITH_VALUE: Readonly<Record<string, string>> = {
  "-o": "out",
  "--out": "out",
  "--output": "out",
  "--units": "units",
  "--status": "status",
  "--lang": "lang",
  "--today": "today",
  "--accept-aliases": "acceptAliases",
  "--period": "period",
  "--lights": "lights",
  "--columns": "columns",
  "--year": "year",
  "--due": "due",
  "--received": "received",
};

/**
 * Reads argv (without node and the script).
 * @example readArgs(["build", "a.txt", "-o", "b.xlsx", "--force"]) → positionals ["build","a.txt"], values {out:"b.xlsx"}, flags {force}
 */
export function readArgs(argv: readonly string[]): Args | { error: string } {
  const positionals: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const key = eq > 0 ? a.slice(0, eq) : a;
    const name = WITH_VALUE[key];
    if (name) {
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined) return { error: `${key} needs a value` };
      values.set(name, value);
    } else if (a.startsWith("-") && a.length > 1) {
      flags.add(a.replace(/^-+/, ""));
    } else {
      positionals.push(a);
    }
  }
  return { positionals, flags, values };
}
