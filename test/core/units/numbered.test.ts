import { checkLedger } from "../../../src/core/checks/checkLedger";
import { applyFix } from "../../../src/core/units/applyFix";
import { TASK_COLUMNS } from "../../../src/core/ledger/types";
import { DEFAULT_SETTINGS } from "../../../src/core/plan/settings";
import type { LedgerTable, LedgerValue } from "../../../src/core/types";
import { suggestAliases } from "../../../src/core/units/registry";
import { differByNumber, unitNumbers } from "../../../src/core/units/similar";

const suggestedPairs = (names: string[]) =>
  suggestAliases(new Map(names.map((n) => [n, 1]))).map((s) => [s.alias, s.canonical]);

describe("units whose names differ by a number", () => {
  it("reads the number that tells a unit from its siblings, in digits or Chinese numerals", () => {
    expect(unitNumbers("第一人民医院")).toEqual([1]);
    expect(unitNumbers("公安局二分局")).toEqual([2]);
    expect(unitNumbers("第十二号局")).toEqual([12]);
    expect(unitNumbers("第12号局")).toEqual([12]);
    expect(unitNumbers("统一战线工作部")).toEqual([]);
    expect(differByNumber("二院", "第二人民医院")).toBe(false);
  });

  it("never suggests one as an alias of another", () => {
    expect(suggestedPairs(["第一人民医院", "第二人民医院"])).toEqual([]);
    expect(suggestedPairs(["公安局一分局", "公安局二分局"])).toEqual([]);
    expect(suggestedPairs(["第3号局", "第4号局", "第十号局", "第十一号局"])).toEqual([]);
    expect(suggestedPairs(["市第一中学", "市第二中学", "第一中学"])).toEqual([["市第一中学", "第一中学"]]);
  });

  it("still suggests the aliases of units without numbers", () => {
    expect(suggestedPairs(["发改局", "发改局(服务业局)"])).toEqual([["发改局(服务业局)", "发改局"]]);
  });

  it("never lets validate's fix delete a numbered co-unit a registry files under another number", () => {
    const header = TASK_COLUMNS.map(([h]) => h);
    const row: LedgerValue[] = header.map((h) =>
      h === "编号"
        ? "1.1"
        : h === "牵头单位"
          ? "卫生健康局"
          : h === "配合单位"
            ? "第一人民医院、第二人民医院,财政局(国资办)"
            : h === "完成状态"
              ? "推进中"
              : "",
    );
    const tasks: LedgerTable = { sheet: "任务台账", top: 0, left: 0, header, rows: [row] };
    const units: LedgerTable = {
      sheet: "单位名录",
      top: 0,
      left: 0,
      header: ["单位", "别名", "类别", "所属组"],
      rows: [
        ["卫生健康局", "", "部门", ""],
        ["第一人民医院", "第二人民医院", "部门", ""],
        ["财政局", "财政局(国资办)", "部门", ""],
      ],
    };
    const findings = checkLedger({ tasks, units, settings: DEFAULT_SETTINGS, today: "2020-07-01" });
    expect(findings.some((f) => f.code === "co-duplicate")).toBe(false);
    const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
    expect(fixes.length).toBeGreaterThan(0);
    for (const fix of fixes)
      expect(applyFix("第一人民医院、第二人民医院,财政局(国资办)", fix.action)).toBe(
        "第一人民医院、第二人民医院、财政局",
      );
  });
});
