import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { knownCodes, langFor, message, whereText } from "../../src/core/messages";
import { COLLECT_ZH } from "../../src/core/rounds/messages";
import { ROOT } from "../support/paths";

/** Every finding or note code the sources emit: `code: "…"` literals, this.add("…", …) calls and NOTE_… constants. */
function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(f)) {
        const text = readFileSync(p, "utf8");
        for (const m of text.matchAll(/\bcode: "([a-z-]+)"/g)) codes.add(m[1] as string);
        // The checks emit through this.add("code", …).
        for (const m of text.matchAll(/\bthis\.add\(\s*"([a-z-]+)"/g)) codes.add(m[1] as string);
        for (const m of text.matchAll(/\bNOTE_\w+(?::\s*\w+)? = "([a-z-]+)"/g)) codes.add(m[1] as string);
        for (const m of text.matchAll(/\?\s*"((?:lead|co)-[a-z]+)"\s*:\s*"((?:lead|co)-[a-z]+)"/g)) {
          codes.add(m[1] as string);
          codes.add(m[2] as string);
        }
      }
    }
  };
  walk(join(ROOT, "src"));
  return codes;
}

describe("messages", () => {
  it("word every emitted code in Chinese and in English", () => {
    const codes = emittedCodes();
    expect(codes.size).toBeGreaterThan(20);
    const zh = new Set<string>(knownCodes("zh-CN"));
    const en = new Set<string>(knownCodes("en-US"));
    for (const c of codes) {
      expect({ code: c, zh: zh.has(c), en: en.has(c) }).toEqual({ code: c, zh: true, en: true });
    }
    expect([...zh].sort()).toEqual([...en].sort());
  });

  it("use full-width punctuation in Chinese wording but keep the data as written", () => {
    const text = message("units-without-task", { units: ["开发区(高桥街道)", "财政局"] }, "zh-CN");
    expect(text).toBe("这一行的责任单位\uff08开发区(高桥街道)、财政局\uff09前面没有任务。");
    expect(message("task-no-units", { id: "4.19" }, "en-US")).toBe("Task 4.19 has no responsible unit.");
  });

  it("word a ledger's status apart from a returned form's: no file, no unit, nothing of collect's", () => {
    const p = { status: "已办结", allowed: ["未启动", "推进中", "已完成", "滞后"] };
    expect(message("status-invalid", p, "zh-CN")).toBe(
      "完成状态\u201c已办结\u201d不在状态列表中\uff08未启动、推进中、已完成、滞后\uff09。",
    );
    expect(message("status-invalid", p, "en-US")).toBe(
      'Status "已办结" is not in the status list (未启动, 推进中, 已完成, 滞后).',
    );
    // Collect's codes are its own: none takes the place of a check's wording in messages.ts's tables.
    const checks = readFileSync(join(ROOT, "src/core/checks/checkLedger.ts"), "utf8");
    const checkCodes = [...checks.matchAll(/\bthis\.add\(\s*"([a-z-]+)"/g)].map((m) => m[1]);
    expect(checkCodes).toContain("status-invalid");
    expect(Object.keys(COLLECT_ZH).filter((c) => checkCodes.includes(c))).toEqual([]);
  });

  it("say where a finding is, and choose English only for an English UI", () => {
    expect(whereText({ line: 157 }, "zh-CN")).toBe("第 157 行");
    expect(whereText({ sheet: "任务台账", cell: "E74" }, "en-US")).toBe("任务台账!E74");
    expect([langFor("en-US"), langFor("en-GB"), langFor("zh-CN"), langFor("zh-TW"), langFor(null)]).toEqual([
      "en-US",
      "en-US",
      "zh-CN",
      "zh-CN",
      "zh-CN",
    ]);
  });
});
