import { FINDINGS_SHOWN, findingLines } from "../../src/cli/report";
import type { ParseIssue } from "../../src/core/types";

const issue = (severity: ParseIssue["severity"], line: number, code: ParseIssue["code"]): ParseIssue =>
  ({ code, severity, line, params: {} }) as ParseIssue;

describe("a document's findings in a report", () => {
  it("lists every finding when there are few, errors first, each kind in line order", () => {
    const lines = findingLines(
      [
        issue("warning", 3, "number-duplicated"),
        issue("error", 9, "bracket-unclosed"),
        issue("warning", 1, "number-duplicated"),
      ],
      "en-US",
    );
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^ {2}error {2}line 9/);
    expect(lines[1]).toMatch(/line 1\b/);
    expect(lines[2]).toMatch(/line 3\b/);
  });

  it("lists the first ones past a few hundred and counts the rest by kind, saying where all are", () => {
    const many = [
      ...Array.from({ length: 250 }, (_, i) => issue("warning", i + 1, "number-duplicated")),
      ...Array.from({ length: 60 }, (_, i) => issue("info", 300 + i, "task-no-units")),
    ];
    const lines = findingLines(many, "en-US");
    expect(lines).toHaveLength(FINDINGS_SHOWN + 1);
    // 310 findings, 200 listed (the 250 warnings come first): 50 duplicate numbers and 60 notes are counted,
    // the larger kind first, each named by its first finding's words.
    const rest = lines[FINDINGS_SHOWN] as string;
    expect(rest).toMatch(
      /^ {2}… 110 more not listed: 60 like ".+"; 50 like ".+"\. All of them: npx taizhang parse --json$/,
    );
    expect(rest.indexOf("60 like")).toBeLessThan(rest.indexOf("50 like"));
    expect(lines[FINDINGS_SHOWN - 1]).toMatch(/line 200\b/);
    const zhRest = findingLines(many, "zh-CN")[FINDINGS_SHOWN] as string;
    expect(zhRest).toMatch(
      /^ {2}……另有 110 条未列出：“.+”等 60 条；“.+”等 50 条。全部见 npx taizhang parse --json$/,
    );
  });
});
