/**
 * The shapes of unit names the list splitter knows (splitUnits.ts): the level words of a collective written with
 * 、 inside it, the words a join (及/和/与) must not cut, and the ends of names run together. Regular expressions
 * over folded text.
 */

import { GLUED_UNIT_END } from "./vocabulary/unitNames"; // not the whole vocabulary: in the first load

// A level of government or a kind of office on its own: the middle pieces of 各县、市、区政府 (and of 各县、特区、区
// 人民政府, 各县、自治县、区政府: the special and autonomous levels of a place are levels too; 各乡镇、街道, 各镇、村、社区:
// a township's and a village's levels).
export const LEVEL_WORD =
  /^(省|自治区|直辖市|市|州|区|县|旗|乡镇|乡|镇|街道|村|社区|委|办|局|厅|部门|单位|特区|新区|自治县|自治州|自治旗|县级市|林区)(\(.+\)|\uff08.+\uff09)?$/;
// The piece that opens such a list: 各县, 各区, 各县(市), 各县<市 (angle brackets), 区政府各委, 国务院各部委; a count
// in place of 各 (13个街道、镇: the thirteen streets and towns); 有关 / 相关 in its place (有关市、区政府: the governments
// concerned).
export const LEVEL_OPEN =
  /(?:各|有关|相关|\d{1,3}个|[一二三四五六七八九十]{1,3}个)(特区|新区|自治县|自治州|省|自治区|直辖市|市|州|区|县|旗|乡镇|乡|镇|街道|村|社区|委|办|局|厅|部委)(\([^()]+\)|<(市|区|县|旗|镇|乡))?$/;
// The piece that closes it: 区政府, 县(市)人民政府, 直辖市人民政府, 区>人民政府, 区人民政府(管委会), 街道办事处 (各乡、街道
// 办事处: the townships' and the streets' offices) — the level and its body only (区属功能区管委会 names a body of its
// own), a join to the next name allowed after it (县(市)政府及开发区管委会). Never a group of its own (各街道、区直各部门).
export const LEVEL_CLOSE =
  /^(特区|新区|自治县|自治州|自治旗|省|自治区|直辖市|市|州|区|县|旗|乡|镇|街道)>?(?:\([^()]+\)|\uff08[^\uff08\uff09]+\uff09)?(?:人民|级|直)?(人民政府|政府|管委会|单位|部门|办事处)(\([^()]+\)|\uff08[^\uff08\uff09]+\uff09)?(?:[及和与].+)?$/;

/** A level of government alone (市, 区, 盟, 旗), as it opens 市、区政府办 or 盟、旗…领导小组. */
export const BARE_LEVEL = /^(省|市|州|区|县|盟|旗)$/;
/** The office those bare levels share, its own level first (区政府办 / 旗社会主义新农村新牧区领导小组). */
export const SHARED_OFFICE = /^(省|市|州|区|县|盟|旗)\S{2,}/;

// 及 and 与 inside a word (涉及, 普及, 参与), never a join.
export const WORD_BEFORE_CONJ = /(涉|普|危|波|顾|以|参|给|赋)$/;
// A bare noun that only names the other body of the same place (各县(市、区)党委和政府): one group, not two.
export const BARE_BODY = /^(人民)?政府$|^党(工)?委$|^管委会$|^(部门|单位)$/;

// A level of government that opens a unit's name (县教育局): where it starts again after a name's end, a new name starts.
export const LEVEL_START = /^[省市区县州旗镇乡]/;
// The end of a whole unit's name, after which a name of the same level may start (县教育局|县卫健局, 区委办|区政府办).
// A section's end (科, 股, 室) is not one: 县商务局市场科 is a section of the bureau.
// A name that opens with its level is a unit of its own even as a station or an office (镇财政所, 县农技站).
export const GLUED_END = new RegExp(`(${GLUED_UNIT_END}|所|站|处|队)$`);
// A branch of the name before it (生态环境局余姚分局, 人民银行县支行): one name, never two.
export const BRANCH_END = /(分局|分行|支行|分公司|分院|分会|分中心|分所|分社|支局)$/;
// Without a level, only bureaus and commissions, short as lists write them (发改局财政局, 卫健委医保局).
export const BUREAU_END = /(局|委|厅)$/;

/** Places alone, no body named (各县(市), 各乡镇, 市、区): a join after them shares the body named after it. */
export const PLACES_ONLY = /^[各全]?[省市州区县旗乡镇街道村、()]+$/;
/** The body a collective of places names once for them all (…及相关区政府, …和各区人民政府). */
export const SHARED_BODY_END = /(人民政府|政府|党委|管委会)$/;
