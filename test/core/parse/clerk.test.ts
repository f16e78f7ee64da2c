import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { ROOT } from "../../support/paths";

// Full-length documents in the shapes other cities use, each beside a clerk's reading written before the
// parser was run on it (see test/fixtures/clerk/README.md). Who does what must come out as the clerk reads it.
const DIR = join(ROOT, "test", "fixtures", "clerk");
const names = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4));

interface ClerkTask {
  id: string;
  line: number;
  leads: string[];
  coUnits: string[];
  leader: string | null;
  collectives: string[];
  leaderTitle?: string | null;
  deadline?: string | null;
  text?: string;
  /** The finding the parser must raise on this task (the document leaves something for the clerk to fill). */
  expectError?: string;
}

describe("full-length documents read as a clerk reads them", () => {
  it("has the twenty-two documents", () => expect(names).toHaveLength(22));

  it.each(names)("%s", (name) => {
    const clerk = JSON.parse(readFileSync(join(DIR, `${name}.clerk.json`), "utf8")) as {
      title: string;
      parts: number;
      document?: { issuer?: string | null; date?: string | null; roleConvention?: string | null };
      tasks: ClerkTask[];
    };
    const parsed = parseBreakdown(readFileSync(join(DIR, `${name}.txt`), "utf8"));
    expect(parsed.document.title).toBe(clerk.title);
    expect(parsed.document.parts).toHaveLength(clerk.parts);
    const doc = clerk.document ?? {};
    if ("issuer" in doc) expect(parsed.document.issuer).toBe(doc.issuer);
    if ("date" in doc) expect(parsed.document.date).toBe(doc.date);
    if ("roleConvention" in doc)
      expect(parsed.document.roleConvention?.text ?? null).toBe(doc.roleConvention);
    // Only the fields the clerk wrote down are compared (leaderTitle, deadline and text are not always given).
    const seen = parsed.tasks.map((t, i) => {
      const c = clerk.tasks[i];
      return {
        id: t.id,
        line: t.line,
        leads: t.leads,
        coUnits: t.coUnits,
        leader: t.leader,
        collectives: t.collectives,
        ...(c && "leaderTitle" in c ? { leaderTitle: t.leaderTitle } : {}),
        ...(c && "deadline" in c ? { deadline: t.deadline } : {}),
        ...(c && "text" in c ? { text: t.text } : {}),
      };
    });
    const expected = clerk.tasks.map(({ id, line, leads, coUnits, leader, collectives, ...rest }) => ({
      id,
      line,
      leads,
      coUnits,
      leader,
      collectives,
      ...("leaderTitle" in rest ? { leaderTitle: rest.leaderTitle } : {}),
      ...("deadline" in rest ? { deadline: rest.deadline } : {}),
      ...("text" in rest ? { text: rest.text } : {}),
    }));
    expect(seen).toEqual(expected);
    // Errors only where the clerk, too, has something to fill in.
    expect(parsed.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.line])).toEqual(
      clerk.tasks.filter((t) => t.expectError).map((t) => [t.expectError, t.line]),
    );
  });
});
