/**
 * Sector names as units in a list that a department word closes: 由公安、交通部门负责 / 铁路、水利、教育等部门,要各负其责.
 * The bare names (公安, 水利) share the list's closing 部门: each names a sector's department. Only known sector words
 * are read so, so that a person (张三、交通部门) or a task's words never become a unit.
 */

import { fold } from "../text/fold";
import type { Roles } from "./rolesData";
import { endsLikeUnit } from "./unitLike";

// The sectors of government a list may name bare, its last name giving them their 部门.
const SECTORS = new Set(
  (
    "公安 交通 交警 水利 水务 电力 邮政 林业 农业 农牧 牧业 渔业 旅游 教育 卫生 卫健 民政 财政 税务 工商 质监 安监 " +
    "环保 国土 建设 住建 城管 规划 文化 体育 商务 统计 审计 司法 人社 消防 气象 铁路 民航 海事 通信 广电 粮食 供销 物价 " +
    "药监 应急 市场监管 生态环境 自然资源 农业农村 文化旅游 卫生健康 发改 经信 工信 科技 人防 城建 交运"
  ).split(" "),
);
/** True when a name is a known sector of government (公安, 水利): a unit's sector, never a person's name. */
export function isSector(name: string): boolean {
  return SECTORS.has(fold(name).trim());
}

// A name that closes the list with the department word: 交通部门, 教育等部门 (the 等 list's end).
const CLOSER = /^(.{2,8}?)(等)?(?:有关)?(?:部门|主管部门|行政主管部门|职能部门)$/;

/**
 * The names of a list as units when it is a list of sectors closed by a department word (公安、交通部门 →
 * 公安, 交通部门; 铁路、水利、教育等部门 → 铁路, 水利, 教育); null when it is not one.
 * @example sectorList(["公安", "交通部门"]) → ["公安", "交通部门"]
 */
export function sectorList(names: readonly string[]): string[] | null {
  const last = fold(names[names.length - 1] ?? "");
  const m = CLOSER.exec(last);
  if (names.length < 2 || !m) return null;
  const out: string[] = [];
  for (const name of names.slice(0, -1)) {
    if (!SECTORS.has(fold(name)) && !endsLikeUnit(name)) return null;
    out.push(name);
  }
  // 教育等部门: 等 closes the list, the sector before it is the last unit; 交通部门 is one itself.
  if (m[2]) {
    if (!SECTORS.has(m[1] as string)) return null;
    out.push((names[names.length - 1] as string).slice(0, (m[1] as string).length));
  } else out.push(names[names.length - 1] as string);
  return out.some((n) => SECTORS.has(fold(n))) ? out : null;
}

/**
 * Roles whose first units (leads, or units listed without a role) are such a list, with the list read as units and
 * every other name ending like an organisation; null otherwise.
 */
export function sectorRoles(roles: Roles): Roles | null {
  const key = roles.leads.length > 0 ? "leads" : "listed";
  const list = sectorList(roles[key]);
  if (!list || !roles.coUnits.every(endsLikeUnit)) return null;
  if (key === "leads" && !roles.listed.every(endsLikeUnit)) return null;
  return { ...roles, [key]: list };
}
