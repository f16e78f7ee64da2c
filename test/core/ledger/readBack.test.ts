/** Which settings apply to a ledger read back (Excel or .xlsx): one rule, in core. */

import type { LedgerReadBack } from "../../../src/core/ledger/readBack";
import { settingsOfReadBack } from "../../../src/core/ledger/readBack";
import { DEFAULT_SETTINGS } from "../../../src/core/plan/settings";
import type { LedgerTable } from "../../../src/core/types";

const about = (rows: Array<[string, string | number]>): LedgerTable => ({
  sheet: "说明",
  top: 2,
  left: 0,
  header: ["项目", "内容"],
  rows,
});
const found = (parts: Partial<LedgerReadBack>): LedgerReadBack => ({
  tasks: null,
  units: null,
  assignments: null,
  statuses: null,
  about: null,
  ...parts,
});

test("saved settings win over the ledger's statuses, but the year of relative deadlines stays the ledger's", () => {
  const saved = { ...DEFAULT_SETTINGS, dueSoonDays: 9, year: 2031 };
  const ledger = found({ statuses: ["甲", "乙"], about: about([["时限年度", 2020]]) });
  expect(settingsOfReadBack(ledger, saved)).toEqual({ ...saved, year: 2020 });
  expect(settingsOfReadBack(found({}), saved)).toBe(saved);
});

test("without saved settings the ledger's own statuses and About rows apply over the defaults", () => {
  const ledger = found({
    statuses: ["未启动", "暂缓", "已办结"],
    about: about([
      ["时限年度", 2020],
      ["临期提醒天数", 5],
    ]),
  });
  const settings = settingsOfReadBack(ledger, null);
  expect(settings.statuses.map((s) => s.name)).toEqual(["未启动", "暂缓", "已办结"]);
  expect(settings.doneStatus).toBe("已办结");
  expect([settings.year, settings.dueSoonDays]).toEqual([2020, 5]);
  expect(settingsOfReadBack(found({}), null)).toBe(DEFAULT_SETTINGS);
});
