"use strict";
// Generates breakdown documents of any size in the sample's shape (F1), for the benchmark and tests.

const LEADERS = [
  ["王建国", "市长"],
  ["李明华", "常务副市长"],
  ["张卫东", "副市长"],
  ["陈晓峰", "副市长"],
  ["刘志强", "常委"],
];
const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const VERBS = ["加快推进", "全面实施", "持续深化", "积极推动", "大力发展", "扎实开展", "统筹建设"];
const THINGS = [
  "城东片区改造",
  "数字经济产业园",
  "农村公路提升",
  "老旧小区加装电梯",
  "营商环境优化",
  "生态环境整治",
];

/** A deterministic random source. */
function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => (x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Unit names: `count` distinct departments, towns and platforms. */
function unitNames(count) {
  const kinds = ["局", "委", "办", "中心", "集团", "镇", "街道"];
  const out = [];
  for (let i = 0; out.length < count; i++) out.push(`单位${i + 1}${kinds[i % kinds.length]}`);
  return out;
}

/**
 * A breakdown with `tasks` tasks spread over the leaders, each with 1–5 units from `units` names; with
 * `everyUnit`, task n leads with the nth name (round), so that every name is used when there are as many tasks;
 * a share of the tasks (`groupShare`, a tenth) also names 各镇(街道), for every town and street among the names.
 * Returns the text and what a parser must find in it.
 */
function generateBreakdown({ tasks, units = 60, seed = 1, everyUnit = false, groupShare = 0.1 }) {
  const rand = rng(seed);
  const names = unitNames(units);
  const lines = ["2020年政府工作报告主要工作责任分解"];
  const expected = [];
  const perLeader = Math.ceil(tasks / LEADERS.length);
  let made = 0;
  for (let s = 0; s < LEADERS.length && made < tasks; s++) {
    const [name, title] = LEADERS[s];
    lines.push(`${CN[s]}、${name}${title}牵头重点工作`);
    for (let n = 1; n <= perLeader && made < tasks; n++, made++) {
      const text = `${VERBS[made % VERBS.length]}${THINGS[(made * 7) % THINGS.length]},完成年度目标${n}项。`;
      const k = 1 + Math.floor(rand() * 5);
      const chosen = everyUnit ? [names[made % names.length]] : [];
      while (chosen.length < k) {
        const u = names[Math.floor(rand() * names.length)];
        if (!chosen.includes(u)) chosen.push(u);
      }
      if (rand() < groupShare) chosen.push("各镇(街道)");
      lines.push(`${n}.${text}`);
      lines.push(`责任单位:${chosen.join("、")}`);
      expected.push({
        id: `${s + 1}.${n}`,
        leader: name,
        leads: chosen.slice(0, 1),
        coUnits: chosen.slice(1),
      });
    }
  }
  return { text: lines.join("\n"), expected };
}

module.exports = { generateBreakdown, unitNames };
