import { dispatchForms, ledgerIdOf, periodOfDay, reportingUnits } from "../../../src/core/rounds/dispatch";
import { fingerprint } from "../../../src/core/rounds/fingerprint";
import { sampleLedger } from "../../support/sampleLedger";

describe("dispatch forms", () => {
  const { model } = sampleLedger();
  const forms = dispatchForms(model, "2020-03");

  it("writes one form per unit with tasks, 经信局's holding its 8 lead and 9 co tasks", () => {
    // Counted by hand in the sample: 经信局 leads 3.3, 3.8, 3.10, 3.11 … (8) and supports 1.1, 1.2, 2.2 … (9).
    const jxj = forms.find((f) => f.meta.unit === "经信局");
    expect(jxj?.rows.filter((r) => r.role === "牵头")).toHaveLength(8);
    expect(jxj?.rows.filter((r) => r.role === "配合")).toHaveLength(9);
    expect(jxj?.fileName).toBe("经信局-2020-03.xlsx");
    expect(forms.map((f) => f.meta.unit)).toEqual(reportingUnits(model).map((u) => u.unit));
    expect(new Set(forms.map((f) => f.fileName)).size).toBe(forms.length);
  });

  it("reaches a town through a collective, and never makes a form for the collective itself", () => {
    const wuzhen = forms.find((f) => f.meta.unit === "乌镇镇");
    expect(wuzhen?.rows.some((r) => r.via !== "")).toBe(true);
    expect(forms.some((f) => f.meta.unit.startsWith("各"))).toBe(false);
  });

  it("carries the ledger, unit, period and a fingerprint of each task's text, lead and deadline", () => {
    const form = forms[0]!;
    expect(form.meta.ledgerId).toBe(ledgerIdOf(model));
    expect(form.meta.period).toBe("2020-03");
    const task = model.tasks.find((t) => t.id === form.rows[0]!.id)!;
    expect(form.meta.tasks[0]).toMatchObject({
      id: task.id,
      textPrint: fingerprint(task.text),
      leadPrint: fingerprint(task.lead),
      deadlinePrint: fingerprint(task.deadline),
    });
    expect(form.meta.fillColumns).toEqual(["完成状态", "进展情况", "存在问题", "下步计划"]);
    expect(form.instructions[1]).toContain("填报说明");
  });

  it("adds the clerk's own fill columns after the usual four, once", () => {
    const withExtra = dispatchForms(model, "2020-03", ["责任人", "进展情况"]);
    expect(withExtra[0]!.meta.fillColumns).toEqual([
      "完成状态",
      "进展情况",
      "存在问题",
      "下步计划",
      "责任人",
    ]);
  });
});

describe("fingerprint", () => {
  it("ignores whitespace a program may add when saving, and tells one changed character", () => {
    expect(fingerprint("推进 数字经济\n发展")).toBe(fingerprint("推进数字经济发展"));
    expect(fingerprint("推进数字经济发展")).not.toBe(fingerprint("推进数字经济发晨"));
    expect(fingerprint("")).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe("periodOfDay", () => {
  it("names the month or the quarter a day falls in", () => {
    expect(periodOfDay("month", "2026-03-31")).toBe("2026-03");
    expect(periodOfDay("quarter", "2026-03-31")).toBe("2026Q1");
    expect(periodOfDay("quarter", "2026-10-01")).toBe("2026Q4");
  });
});
