import { applyFix } from "../../../src/core/units/applyFix";
import { message } from "../../../src/core/messages";
import { checkLedger, columnLetter } from "../../../src/core/checks/checkLedger";
import { TASK_COLUMNS } from "../../../src/core/ledger/types";
import { DEFAULT_SETTINGS, dateToSerial } from "../../../src/core/plan/settings";
import type { Finding, LedgerTable, LedgerValue } from "../../../src/core/types";

const HEADER: string[] = TASK_COLUMNS.map(([h]) => h);
const col = (h: string) => HEADER.indexOf(h);

/** A Tasks row from a few fields; the rest empty. */
function row(fields: Partial<Record<string, LedgerValue>>): LedgerValue[] {
  return HEADER.map((h) => fields[h] ?? (h === "完成状态" ? "推进中" : ""));
}

// The table sits at C4 of a sheet the clerk renamed: header on row 4, first body row on row 5.
const TOP = 3;
const LEFT = 2;
const cell = (bodyRow: number, header: string) => `${columnLetter(LEFT + col(header))}${TOP + 2 + bodyRow}`;

const units: LedgerTable = {
  sheet: "单位名录",
  top: 0,
  left: 0,
  header: ["单位", "别名", "类别", "所属组"],
  rows: [
    ["财政局", "财政局(国资办)", "部门", ""],
    ["发改局", "服务业局、发改局(服务业局)", "部门", ""],
    ["建设局", "", "部门", ""],
    ["商务局", "", "部门", ""],
    ["各镇(街道)", "", "组", ""],
  ],
};

const rows = [
  row({ 编号: "1.1", 牵头单位: "财政局", 配合单位: "发改局、建设局" }), // 0: clean
  row({ 编号: "1.2", 牵头单位: "财政厅", 配合单位: "建设局" }), // 1: unknown lead
  row({ 编号: "1.3", 牵头单位: "建设局", 配合单位: "发改局,商务局,服务业局" }), // 2: , separators + duplicate via alias
  row({ 编号: "1.4", 牵头单位: "商务局", 完成状态: "快完成了" }), // 3: invalid status
  row({ 编号: "1.4", 牵头单位: "商务局" }), // 4: duplicated 编号
  row({ 编号: "1.6", 牵头单位: "建设局", 配合单位: "财政局、建设局" }), // 5: lead repeated among co-units
  row({ 编号: "1.7", 牵头单位: "", 配合单位: "" }), // 6: no lead
  row({ 编号: "1.8", 牵头单位: "财政局、建设局" }), // 7: two leads
  row({ 编号: "1.9", 牵头单位: "各镇(街道)" }), // 8: collective leads
  row({ 编号: "1.10", 牵头单位: "服务业局", 配合单位: "财政局 (国资办)" }), // 9: alias lead, stray space in an alias
  row({ 编号: "1.11", 牵头单位: "商务局", 完成时限: "尽快吧" }), // 10: unreadable deadline
  row({ 编号: "1.12", 牵头单位: "商务局", 完成时限: "6月底前" }), // 11: overdue on 2020-07-01
  row({ 编号: "1.13", 牵头单位: "商务局", 截止日期: dateToSerial("2020-07-10") }), // 12: due soon
  row({ 编号: "1.14", 牵头单位: "商务局", 完成时限: "6月底前", 完成状态: "已完成" }), // 13: done, not overdue
  row({ 编号: "1.15", 牵头单位: "财政局", 配合单位: "建设局\uff0c商务局" }), // 14: full-width comma
  row({ 编号: "1.16", 牵头单位: "商务局", 完成时限: { date: "2020-06-30" } }), // 15: a date cell, overdue
  row({ 编号: "1.17", 牵头单位: "商务局", 完成时限: "6月底前", 截止日期: "2020年13月45日" }), // 16: no such day
  row({ 编号: "1.18", 牵头单位: "商务局", 截止日期: "2020/7/10" }), // 17: a date written as text, due soon
];
const tasks: LedgerTable = { sheet: "台账(改名后)", top: TOP, left: LEFT, header: HEADER, rows };
const settings = { ...DEFAULT_SETTINGS, year: 2020 };
const findings = checkLedger({ tasks, units, settings, today: "2020-07-01" });
const at = (r: number, h: string): Finding[] =>
  findings.filter(
    (f) => f.where && "cell" in f.where && f.where.cell === cell(r, h) && f.where.sheet === "台账(改名后)",
  );
const codes = (r: number, h: string) => at(r, h).map((f) => f.code);

describe("checks on an edited ledger", () => {
  it("finds nothing in a clean row", () => {
    expect(findings.filter((f) => f.where && "cell" in f.where && /\D5$/.test(f.where.cell))).toEqual([]);
  });

  it("reports an unknown lead at its cell with did-you-mean suggestions", () => {
    expect(at(1, "牵头单位")).toEqual([
      expect.objectContaining({
        code: "lead-unknown",
        severity: "error",
        params: { unit: "财政厅", suggestions: ["财政局"] },
      }),
    ]);
  });

  it("reports comma separators and a duplicate through an alias, with fixes that compose", () => {
    const found = at(2, "配合单位");
    expect(found.map((f) => f.code)).toEqual(["co-separator", "co-duplicate"]);
    expect(found[1]?.params).toEqual({ unit: "发改局", via: "服务业局" });
    let text = "发改局,商务局,服务业局";
    for (const f of found) text = applyFix(text, f.fix!.action);
    expect(text).toBe("发改局、商务局");
  });

  it("reports a status not in the list, and a duplicated 编号 at the second row", () => {
    expect(at(3, "完成状态")).toEqual([
      expect.objectContaining({
        code: "status-invalid",
        severity: "error",
        params: expect.objectContaining({ status: "快完成了" }),
      }),
    ]);
    expect(at(4, "编号")).toEqual([
      expect.objectContaining({
        code: "id-duplicate",
        params: { id: "1.4", other: `台账(改名后)!${cell(3, "编号")}` },
      }),
    ]);
  });

  it("reports the lead repeated among co-units and removes it on fix", () => {
    const [f] = at(5, "配合单位");
    expect(f?.code).toBe("co-repeats-lead");
    expect(f?.fix?.preview).toBe("财政局");
  });

  it("reports an empty lead, several leads and a collective lead", () => {
    expect(codes(6, "牵头单位")).toEqual(["lead-empty"]);
    expect(codes(7, "牵头单位")).toEqual(["lead-multiple"]);
    expect(codes(8, "牵头单位")).toEqual(["lead-collective"]);
  });

  it("reports aliases with a fix to the canonical name, also when the alias has a stray space", () => {
    expect(at(9, "牵头单位").map((f) => [f.code, f.fix?.preview])).toEqual([["lead-alias", "发改局"]]);
    expect(at(9, "配合单位").map((f) => [f.code, f.fix?.preview])).toEqual([["co-alias", "财政局"]]);
  });

  it("reports unreadable deadlines, overdue and due-soon tasks, but not done ones", () => {
    expect(codes(10, "完成时限")).toEqual(["deadline-unreadable"]);
    // 6月底前 with 截止日期 empty: overdue by the text alone, which the sheet cannot colour: said so.
    expect(at(11, "截止日期")).toEqual([
      expect.objectContaining({
        code: "due-uncoloured",
        severity: "warning",
        params: expect.objectContaining({ date: "2020-06-30", written: "6月底前" }),
      }),
    ]);
    expect(at(12, "截止日期")).toEqual([
      expect.objectContaining({
        code: "due-soon",
        severity: "info",
        params: expect.objectContaining({ days: 9 }),
      }),
    ]);
    expect(codes(13, "截止日期")).toEqual([]);
  });

  it("reads a date cell in 完成时限 as a date, and a date written as text in 截止日期, saying neither is coloured", () => {
    expect(codes(15, "完成时限")).toEqual([]);
    expect(at(15, "截止日期")).toEqual([
      expect.objectContaining({
        code: "due-uncoloured",
        params: expect.objectContaining({ id: "1.16", date: "2020-06-30" }),
      }),
    ]);
    expect(at(17, "截止日期")).toEqual([
      expect.objectContaining({
        code: "due-uncoloured",
        severity: "info",
        params: expect.objectContaining({ id: "1.18", date: "2020-07-10", written: "2020/7/10", days: 9 }),
      }),
    ]);
  });

  it("calls overdue exactly what the sheet colours red: a date cell in 截止日期, quoting the date and the day", () => {
    const [f] = at(12, "截止日期");
    expect(f?.params).toEqual({ id: "1.13", date: "2020-07-10", deadline: "", today: "2020-07-01", days: 9 });
    const overdue = checkLedger({
      tasks: {
        ...tasks,
        rows: [
          row({ 编号: "2.1", 牵头单位: "商务局", 完成时限: "6月底前", 截止日期: dateToSerial("2020-06-30") }),
        ],
      },
      units,
      settings,
      today: "2020-07-01",
    }).filter((x) => x.code === "overdue");
    expect(overdue.map((x) => message(x.code, x.params, "zh-CN"))).toEqual([
      "任务 2.1 已过截止日期 2020-06-30\uff08完成时限\uff1a6月底前\uff09\uff0c至 2020-07-01 仍未完成。",
    ]);
  });

  it("reports a 截止日期 that is no date at its cell, and reads the date from 完成时限 instead", () => {
    expect(at(16, "截止日期")).toEqual([
      expect.objectContaining({
        code: "due-unreadable",
        severity: "warning",
        params: { due: "2020年13月45日" },
      }),
      expect.objectContaining({
        code: "due-uncoloured",
        params: expect.objectContaining({ id: "1.17", date: "2020-06-30", written: "6月底前" }),
      }),
    ]);
  });

  it("treats a full-width comma as a separator to normalise", () => {
    const [f] = at(14, "配合单位");
    expect(f?.code).toBe("co-separator");
    expect(f?.fix?.preview).toBe("建设局、商务局");
  });

  it("says when the tables are missing", () => {
    expect(checkLedger({ tasks: null, units, settings, today: "2020-07-01" })).toEqual([
      { code: "table-missing", severity: "error", where: null, params: { table: "Tasks" } },
    ]);
    // A warning: after the errors of the rows (errors first).
    const noUnits = checkLedger({ tasks, units: null, settings, today: "2020-07-01" });
    expect(noUnits.find((f) => f.severity === "warning")).toMatchObject({
      code: "table-missing",
      params: { table: "Units" },
    });
  });
});

describe("the fixes of a units cell", () => {
  /** A registry where `canonical` has `alias` as its alias. */
  const registry = (canonical: string, alias: string): LedgerTable => ({
    sheet: "单位名录",
    top: 0,
    left: 0,
    header: ["单位", "别名", "类别", "所属组"],
    rows: [
      ["自然资源和规划局", "", "部门", ""],
      [canonical, alias, "部门", ""],
      ["财政局", "财政局(国资办)", "部门", ""],
    ],
  });
  const table = (lead: string, co: string): LedgerTable => ({
    sheet: "任务台账",
    top: 0,
    left: 0,
    header: HEADER,
    rows: [row({ 编号: "1.1", 牵头单位: lead, 配合单位: co })],
  });
  const E2 = "E2";
  const F2 = "F2";
  const findingsAt = (t: LedgerTable, u: LedgerTable, cellName: string) =>
    checkLedger({ tasks: t, units: u, settings, today: "2020-07-01" }).filter(
      (f) => f.where && "cell" in f.where && f.where.cell === cellName,
    );

  it.each([
    ["交通运输局", "交通局", "自然资源和规划局、交通运输局"],
    ["交通局", "交通运输局", "自然资源和规划局、交通局"],
  ])(
    "with %s as the canonical name of %s, every fix leaves 自然资源和规划局、交通运输局、交通局 clean",
    (canonical, alias, clean) => {
      const units = registry(canonical, alias);
      const text = "自然资源和规划局、交通运输局、交通局";
      const found = findingsAt(table("财政局", text), units, F2);
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) {
        expect({ code: f.code, preview: f.fix?.preview }).toEqual({ code: f.code, preview: clean });
        // Applying this one fix alone leaves nothing to report in the cell.
        const fixed = applyFix(text, f.fix!.action);
        expect(findingsAt(table("财政局", fixed), units, F2)).toEqual([]);
      }
    },
  );

  it("cleans separators, aliases, duplicates and the repeated lead with any one fix of the cell", () => {
    const units = registry("交通运输局", "交通局");
    const text = "财政局(国资办),交通局;交通运输局、自然资源和规划局";
    const found = findingsAt(table("财政局", text), units, F2);
    expect(found.map((f) => f.code)).toEqual(["co-separator", "co-repeats-lead", "co-alias", "co-duplicate"]);
    for (const f of found) expect(f.fix?.preview).toBe("交通运输局、自然资源和规划局");
  });

  it("cleans a lead cell that holds one unit twice, once through its alias", () => {
    const units = registry("交通局", "交通运输局");
    const found = findingsAt(table("交通运输局、交通局", ""), units, E2);
    expect(found.map((f) => [f.code, f.fix?.preview])).toEqual([
      ["lead-multiple", undefined],
      ["lead-alias", "交通局"],
    ]);
  });
});

describe("a unit name written with other spaces or brackets than the registry's", () => {
  const units: LedgerTable = {
    sheet: "单位名录",
    top: 0,
    left: 0,
    header: ["单位", "别名", "类别", "所属组"],
    rows: [
      ["开发区(高桥街道)", "", "平台", ""],
      ["财政局", "", "部门", ""],
    ],
  };
  const run = (lead: string, co: string) =>
    checkLedger({
      tasks: {
        sheet: "任务台账",
        top: 0,
        left: 0,
        header: HEADER,
        rows: [row({ 编号: "1.1", 牵头单位: lead, 配合单位: co })],
      },
      units,
      settings,
      today: "2020-07-01",
    });

  it("says how the registry writes the name, also when the cell has full-width brackets", () => {
    const [f] = run("财政局", "开发区\uff08高桥街道\uff09");
    expect(f).toMatchObject({
      code: "unit-format",
      params: { unit: "开发区\uff08高桥街道\uff09", canonical: "开发区(高桥街道)" },
      fix: { preview: "开发区(高桥街道)" },
    });
    expect(message(f!.code, f!.params, "zh-CN")).toBe(
      "单位名称“开发区\uff08高桥街道\uff09”与单位名录的写法“开发区(高桥街道)”不一致\uff08空格、括号或繁简字\uff09。",
    );
    expect(message(f!.code, f!.params, "en-US")).toBe(
      'Unit name "开发区\uff08高桥街道\uff09" differs from the registry\'s spelling "开发区(高桥街道)" (spaces, brackets or traditional characters).',
    );
  });

  it("says the same of a name with a stray space", () => {
    const [f] = run("开发区 (高桥街道)", "");
    expect(f).toMatchObject({
      code: "unit-format",
      params: { unit: "开发区 (高桥街道)", canonical: "开发区(高桥街道)" },
    });
  });
});

describe("a formula whose result the file does not hold", () => {
  it("is reported once at its cell, and its column is not checked further in that row", () => {
    const found = checkLedger({
      tasks: {
        sheet: "任务台账",
        top: 0,
        left: 0,
        header: HEADER,
        rows: [
          row({ 编号: "1.1", 牵头单位: { formula: "VLOOKUP(A2,名录!A:B,2,FALSE)" }, 配合单位: "建设局" }),
        ],
      },
      units,
      settings,
      today: "2020-07-01",
    });
    // An error in a units cell (the clerk trial: a warning only, and validate exited 0 with the lead unread).
    expect(found).toEqual([
      {
        code: "formula-no-value",
        severity: "error",
        where: { sheet: "任务台账", cell: "E2" },
        params: { formula: "VLOOKUP(A2,名录!A:B,2,FALSE)" },
      },
    ]);
  });

  it("stays a warning in a column the tasks do not hang on (截止日期)", () => {
    const found = checkLedger({
      tasks: {
        sheet: "任务台账",
        top: 0,
        left: 0,
        header: HEADER,
        rows: [row({ 编号: "1.1", 牵头单位: "财政局", 截止日期: { formula: "DATE(2020,6,30)" } })],
      },
      units,
      settings,
      today: "2020-07-01",
    });
    expect(found.map((f) => [f.code, f.severity])).toEqual([["formula-no-value", "warning"]]);
  });
});

// The clerk trial: =1+1 typed in 牵头单位 and saved by LibreOffice with its value read "牵头单位“2”不在单位名录中".
describe("a formula with its result in a units cell", () => {
  it("says the cell is a formula when its result is no unit, at its cell", () => {
    const found = checkLedger({
      tasks: {
        sheet: "任务台账",
        top: 0,
        left: 0,
        header: HEADER,
        rows: [row({ 编号: "1.1", 牵头单位: "2", 配合单位: "建设局" })],
        sources: [{ [col("牵头单位")]: { formula: "1+1" } }],
      },
      units,
      settings,
      today: "2020-07-01",
    });
    expect(found.map((f) => [f.code, f.where, f.params])).toEqual([
      ["lead-unknown", { sheet: "任务台账", cell: "E2" }, { unit: "2", suggestions: [], formula: "1+1" }],
    ]);
    expect(message(found[0]!.code, found[0]!.params)).toBe(
      "这个单元格是公式\uff08=1+1\uff09\uff0c显示的是它的结果“2”\uff0c不是单位名录中的单位\uff1b请直接填写牵头单位的名称。",
    );
    expect(message(found[0]!.code, found[0]!.params, "en-US")).toBe(
      'This cell holds a formula (=1+1); its result "2" is no unit of the registry. Type the lead unit\'s name.',
    );
  });
});

describe("stray spaces in a units cell", () => {
  const check = (lead: string, co: string) =>
    checkLedger({
      tasks: {
        sheet: "任务台账",
        top: 0,
        left: 0,
        header: HEADER,
        rows: [row({ 编号: "1.1", 牵头单位: lead, 配合单位: co })],
      },
      units,
      settings,
      today: "2020-07-01",
    });

  it("reports spaces around 、 and at either end of a cell, with a fix that removes them", () => {
    const found = check(" 财政局", "发改局 、建设局\u3000");
    const spaces = found.filter((f) => f.code === "unit-spaces");
    expect(spaces.map((f) => f.where)).toEqual([
      { sheet: "任务台账", cell: "E2" },
      { sheet: "任务台账", cell: "F2" },
    ]);
    expect(spaces.map((f) => f.fix?.preview)).toEqual(["财政局", "发改局、建设局"]);
    expect(message("unit-spaces", {}, "zh-CN")).toBe("单元格首尾或“、”两侧有多余的空格。");
  });

  it("says nothing about a clean cell", () => {
    expect(check("财政局", "发改局、建设局").filter((f) => f.code === "unit-spaces")).toEqual([]);
  });
});

describe("完成进度(%) as clerks type it", () => {
  const header = [...HEADER, "完成进度(%)"];
  const rateRow = (id: string, rate: LedgerValue): LedgerValue[] => [
    ...row({ 编号: id, 牵头单位: "商务局" }),
    rate,
  ];
  const table: LedgerTable = {
    sheet: "任务台账",
    top: 0,
    left: 0,
    header,
    rows: [
      rateRow("1", 50),
      rateRow("2", ""),
      rateRow("3", "50"),
      rateRow("4", "50%"),
      rateRow("5", 150),
      rateRow("6", 0.5),
      rateRow("7", "一半"),
      rateRow("8", 0),
      rateRow("9", 100),
    ],
  };
  const found = checkLedger({ tasks: table, units, settings, today: "2020-07-01" }).filter(
    (f) => f.code === "rate-invalid",
  );
  const rateCol = columnLetter(header.length - 1);

  it("says what the lights cannot read, at its cell: text, a number beyond 0–100, a fraction Excel made of 50%", () => {
    expect(
      found.map((f) => [f.where && "cell" in f.where ? f.where.cell : null, f.severity, f.params]),
    ).toEqual([
      [`${rateCol}4`, "warning", { value: "50", reason: "as-text", number: 50 }],
      [`${rateCol}5`, "warning", { value: "50%", reason: "percent", number: 50 }],
      [`${rateCol}6`, "warning", { value: 150, reason: "range" }],
      [`${rateCol}8`, "warning", { value: "一半", reason: "text" }],
      // Notes after warnings.
      [`${rateCol}7`, "info", { value: 0.5, reason: "fraction" }],
    ]);
  });

  it("reads numbers as a clerk types them (full-width, spaces, 12.5, thousands), and names JavaScript's number junk as text", () => {
    const typed: LedgerTable = {
      ...table,
      rows: [
        rateRow("1", "0x10"),
        rateRow("2", "1e3"),
        rateRow("3", " 12 "),
        rateRow("4", "\uff11\uff12"),
        rateRow("5", "12.5"),
        rateRow("6", "1,500"),
        rateRow("7", "Infinity"),
        rateRow("8", "\uff18\uff10\uff05"),
        rateRow("9", "1,5"),
      ],
    };
    const rates = checkLedger({ tasks: typed, units, settings, today: "2020-07-01" }).filter(
      (f) => f.code === "rate-invalid",
    );
    expect(rates.map((f) => [f.where && "cell" in f.where ? f.where.cell : null, f.params])).toEqual([
      [`${rateCol}2`, { value: "0x10", reason: "text" }],
      [`${rateCol}3`, { value: "1e3", reason: "text" }],
      [`${rateCol}4`, { value: "12", reason: "as-text", number: 12 }],
      [`${rateCol}5`, { value: "\uff11\uff12", reason: "as-text", number: 12 }],
      [`${rateCol}6`, { value: "12.5", reason: "as-text", number: 12.5 }],
      [`${rateCol}7`, { value: "1,500", reason: "range" }],
      [`${rateCol}8`, { value: "Infinity", reason: "text" }],
      [`${rateCol}9`, { value: "\uff18\uff10\uff05", reason: "percent", number: 80 }],
      [`${rateCol}10`, { value: "1,5", reason: "text" }],
    ]);
  });

  it("words each in Chinese and English", () => {
    expect(found.map((f) => message(f.code, f.params, "zh-CN"))).toEqual([
      "完成进度(%)\u201c50\u201d是以文本保存的数字\uff0c亮灯公式不读文本\uff08按未填进度计\uff09\uff1b请把单元格设为\u201c常规\u201d后重新输入数字 50。更新和重新生成台账时按 50 写回。",
      "完成进度(%)\u201c50%\u201d是文本\uff0c亮灯不采用\uff1b本列的数字本身就是百分数\uff0c请填数字 50。",
      "完成进度(%)\u201c150\u201d不在 0 到 100 之间。",
      "完成进度(%)\u201c一半\u201d不是数字\uff0c亮灯不采用\uff1b请填 0 到 100 的数字\uff08如 50\uff09。",
      "完成进度(%)是 0.5\uff1a本列填 0 到 100 的数字\uff0850 表示一半\uff09\uff1b如果输入的是 50%\uff0c请改为 50。",
    ]);
    expect(message("rate-invalid", { value: "50%", reason: "text" }, "en-US")).toBe(
      '完成进度(%) "50%" is not a number, and the lights do not read it; type a number from 0 to 100 (such as 50).',
    );
  });
});

describe("a finding repeated in one cell", () => {
  const t: LedgerTable = {
    ...tasks,
    rows: [row({ 编号: "1.1", 牵头单位: "财政局", 配合单位: "财政局、建设局、财政局、财政局、建设局" })],
  };
  const found = checkLedger({ tasks: t, units, settings, today: "2020-07-01" });

  it("is given once, with how many times (a unit listed again and again, the lead again and again)", () => {
    expect(found.map((f) => [f.code, f.params])).toEqual([
      ["co-repeats-lead", { unit: "财政局", times: 3 }],
      ["co-duplicate", { unit: "建设局" }],
    ]);
    expect(found.map((f) => message(f.code, f.params))).toEqual([
      "配合单位中又列了牵头单位“财政局”\uff08这一格中共 3 处\uff09。",
      "配合单位中“建设局”重复出现。",
    ]);
    const many = checkLedger({
      tasks: {
        ...tasks,
        rows: [row({ 编号: "1.1", 牵头单位: "财政局", 配合单位: "建设局、服务业局、发改局、发改局" })],
      },
      units,
      settings,
      today: "2020-07-01",
    }).filter((f) => f.code === "co-duplicate");
    expect(many.map((f) => message(f.code, f.params))).toEqual([
      "配合单位中“发改局”出现了 3 次\uff08含别名“服务业局”\uff09\uff0c应只列一次。",
    ]);
  });
});
