import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { ROOT } from "../../support/paths";
import { difference, matchTasks, type Reading } from "./realScore";
const DIR = join(ROOT, "test", "fixtures", "real");
it("prints", () => {
  const out: string[] = [];
  for (const f of readdirSync(DIR).filter((f) => f.endsWith(".reading.json"))) {
    const slug = f.slice(0, -13);
    const reading = JSON.parse(readFileSync(join(DIR, f), "utf8")) as Reading;
    if (!reading.breakdown) continue;
    const parsed = parseBreakdown(readFileSync(join(DIR, `${slug}.txt`), "utf8"));
    const m = matchTasks(reading.tasks, parsed.tasks);
    const wrong = reading.tasks.map((r, i) => [r.id, difference(r, m[i] ?? null)]).filter((d) => d[1] !== null);
    if (wrong.length) out.push(`${slug}: ${wrong.length} ${JSON.stringify(wrong).slice(0, 300)}`);
  }
  console.log(out.join("\n"));
});
