/**
 * A table's target column (目标值, 年度目标, 工作目标 beside a task column): its cell is kept with the row's task, so
 * that 量化指标 reads the target out of the task's text as it reads any task's, and a cell it cannot read is named.
 */

import { extractTargets } from "../targets/extractTargets";
import { fold } from "../text/fold";
import { EMPTY_CELL, FIGURE_CELL } from "./vocabulary";

/**
 * A target cell that opens with its figure or its comparison (6%左右, ≥8%, 达到85%以上, 增长5%): the value of a name.
 * A year (2020年底前…) opens a sentence, no value.
 */
const VALUE_START =
  /^([<>≤≥~约≈]\s*)?\d(?!\d{3}年)|^(达到?|不低于|不少于|不高于|不超过|超过|高于|低于|控制在|保持在?|稳定在|增长|下降|提高|提升|降低|减少)[^,;。]{0,3}\d/;

/** An indicator's name (地区生产总值增长, 空气质量优良率): short, no sentence in it. */
const isName = (text: string): boolean => text.length <= 20 && !/[。;,:、!?]/.test(fold(text));

/** A bare figure (1.2, ≥8): its measure is in a column of its own. */
const BARE_FIGURE = /^([<>≤≥~约]\s*)?\d+(\.\d+)?$/;

/**
 * The cells of a row's target columns worth keeping: not empty, not marked empty (/, —, 无); a bare figure with the
 * measure of the row's 单位 / 计量单位 cell after it (城镇新增就业 | 万人 | 1.2: 1.2万人).
 */
export function targetCells(cells: ReadonlyArray<{ kind: string; text: string }>): string[] {
  const measure = cells.find(
    (c) =>
      c.kind === "other" &&
      /^[^\d]*[%‰\u4e00-\u9fff][^\d]*$/.test(c.text.trim()) &&
      FIGURE_CELL.test(fold(c.text).trim()),
  );
  return cells
    .filter((c) => c.kind === "target")
    .map((c) => c.text.trim())
    .filter((t) => t !== "" && !EMPTY_CELL.test(fold(t)))
    .map((t) => (measure && BARE_FIGURE.test(fold(t)) ? t + measure.text.trim() : t));
}

/**
 * The task's text with its target cells after it: an indicator's name and its value run on as a document writes
 * them (地区生产总值增长6%左右), any other text set apart by ，(推进重大项目建设，抓好172个市级重大项目建设). A target the
 * text already states is not written twice; with no task text the target is the text.
 * @example withTargets("地区生产总值增长", ["6%左右"]) === "地区生产总值增长6%左右"
 * @example withTargets("优化营商环境", ["实现备案到竣工验收“最多80天”"]) === "优化营商环境，实现备案到竣工验收“最多80天”"
 */
export function withTargets(text: string, targets: readonly string[]): string {
  let out = text.trim();
  for (const t of targets) {
    if (out === "") out = t;
    else if (fold(out).includes(fold(t))) continue;
    else if (/[。;,:，；：]$/.test(out)) out += t;
    else if (isName(out) && VALUE_START.test(fold(t))) out += t;
    else out += `，${t}`;
  }
  return out;
}

/**
 * The target cells that 量化指标 finds no target in, read in the task's text as build reads it (完成省下达任务, or a
 * figure in words it does not take as a target): kept in the text, and named so that the clerk checks them. A
 * sentence of work (a 工作目标 of more than 30 characters, or of several sentences) is the task's words, not named.
 */
export function unreadTargets(text: string, targets: readonly string[]): string[] {
  const written = extractTargets(text).map((r) => fold(r.written));
  return targets.filter(
    (t) => t.length <= 30 && !/[。;]/.test(fold(t)) && !written.some((w) => w !== "" && fold(t).includes(w)),
  );
}
