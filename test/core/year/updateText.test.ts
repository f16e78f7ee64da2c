import { ledgerFromParsed } from "../../../src/core/ledger/fromParsed";
import { DEFAULT_SETTINGS } from "../../../src/core/plan/settings";
import type { ParsedDocument, Task } from "../../../src/core/types";
import { updateLedger } from "../../../src/core/year/updateLedger";
import { updateReportLines } from "../../../src/core/year/updateText";

const TEXTS = [
  "全面落实各级减负系列政策加快兑现支持企业渡过难关举措",
  "坚持政府过紧日子全面实施财政绩效管理和集中财力办大事政策三公经费预算再压减",
  "积极争取一批国家支持重大项目中央预算内投资和政府专项债券项目",
];

function doc(texts: readonly string[]): ParsedDocument {
  const tasks: Task[] = texts.map((text, i) => ({
    id: `1.${i + 1}`,
    part: 1,
    leader: "于会游",
    leaderTitle: "市长",
    text,
    leads: ["财政局"],
    coUnits: [],
    collectives: [],
    deadline: null,
    line: i + 1,
  }));
  const document = {
    title: null,
    issuer: null,
    date: null,
    recipients: [],
    roleConvention: null,
    parts: [],
    encoding: "utf-8",
  };
  return { document, tasks, issues: [] };
}

describe("update's report", () => {
  it("words its 改编号 and 改写 lines with full-width colons, as every other Chinese line of it", () => {
    const before = ledgerFromParsed(doc(TEXTS), { units: [], suggestions: [] }, DEFAULT_SETTINGS);
    // The first task dropped (the others renumbered), the last one's wording touched.
    const revised = doc([TEXTS[1] as string, `${TEXTS[2] as string}12个`]);
    const lines = updateReportLines(before, updateLedger(before, [], revised), "zh-CN");
    expect(lines).toContain("改编号\uff1a1.2 → 1.1、1.3 → 1.2");
    expect(lines).toContain("改写\uff1a1.2");
    expect(lines.join("\n")).not.toMatch(/[\u4e00-\u9fff]:/);
    const en = updateReportLines(before, updateLedger(before, [], revised), "en-US");
    expect(en).toContain("Renumbered: 1.2 → 1.1, 1.3 → 1.2");
  });
});
