import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { ROOT } from "../../support/paths";
import {
  addScore,
  difference,
  emptyScore,
  figures,
  matchTasks,
  scoreDocument,
  type Reading,
  type Score,
} from "./realScore";

// Real documents of other places, each with a reading written before the parser ran on it (see
// test/fixtures/real/README.md). Every reading task must be found with its leads and co-units, except the
// ones listed in KNOWN below; look-alikes must yield no task. The scores are printed.
const DIR = join(ROOT, "test", "fixtures", "real");
const README = readFileSync(join(DIR, "README.md"), "utf8");
const slugs = readdirSync(DIR)
  .filter((f) => f.endsWith(".reading.json"))
  .map((f) => f.slice(0, -".reading.json".length))
  .filter((slug) => readdirSync(DIR).includes(`${slug}.txt`));
/** The documents listed under one of the README's "## Set …" headings (up to the next heading). */
const listedUnder = (heading: string): ReadonlySet<string> => {
  const from = README.indexOf(heading);
  const next = README.indexOf("\n## ", from + heading.length);
  const part = README.slice(from, next < 0 ? undefined : next);
  return new Set(slugs.filter((s) => from >= 0 && part.includes(`- ${s} `)));
};
// The held-out sets: Set B (held out from the corpus's first collection) and Set C (from the parser's first round).
const heldOut = listedUnder("## Set B");
const setC = listedUnder("## Set C");
// The training half of Set D, from which the generic last-resort reader (parse/fallback/) was built.
const setD1 = listedUnder("## Set D1");
// Held out from the round that built the generic reader (the other half of the same collection).
const setD2 = listedUnder("## Set D2");
// Held out from the sixth round (the other half of Set E): scored once, after that round, never trained on.
const setE2 = listedUnder("## Set E2");
// Held out from the seventh round: collected by people who never saw the parser, scored once after it.
const setG = listedUnder("## Set G");
// Held out from the eighth round: gathered while the parser changed, by people who never saw it; scored once after.
const setH = listedUnder("## Set H");
// Held out from the ninth round: gathered while it ran, by people who never saw the parser; scored after it and
// after the tenth, whose areas were written from its misses (so it is held out no longer after that score).
const setI = listedUnder("## Set I");
// Held out from the eleventh round (whose areas were written from Set I): gathered while it ran, by people who never
// saw the parser; scored before it and after it.
const setJ = listedUnder("## Set J");
// Gathered in the twelfth round, scored held out after it (its three branches never saw it), then trained on.
const setK = listedUnder("## Set K");
// Gathered in the thirteenth round, scored held out before it and after it (its three branches never saw it), then
// trained on in the fourteenth.
const setL = listedUnder("## Set L");
// Gathered in the fifteenth round by a sampling protocol fixed in advance (documents as they come, not chosen by their
// layout), scored held out before and after that round (its branches never saw it), then partly trained on.
const setM = listedUnder("## Set M");
// Gathered in the seventeenth round by the same protocol, scored held out before it and after its four branches that
// never saw it, then partly trained on by three more.
const setN = listedUnder("## Set N");
// Gathered in the eighteenth round by the same protocol (each page's kind, list or prose, noted when taken), scored
// held out before it and after its four branches that never saw it, then partly trained on by two more.
const setO = listedUnder("## Set O");
// Gathered in the nineteenth round by the same protocol (kinds noted when taken), scored held out before it and after
// its branches that never saw it; one fix made after seeing it (要求 after 的 is a noun); not otherwise worked on.
const setP = listedUnder("## Set P");
// Gathered in the twentieth round by the same protocol (kinds noted when taken), scored held out before it and after
// its eight branches that never saw it (the same figures to the task); not worked on.
const setQ = listedUnder("## Set Q");
// Gathered in the twenty-first round by the same protocol (kinds noted when taken), scored held out before it and after
// its ten branches that never saw it (the same figures to the task); not worked on.
const setR = listedUnder("## Set R");

/**
 * Documents whose layout the parser does not read fully yet: how many of their reading's tasks it still
 * misreads (found wrong or not at all), and why. They count as misses in the score. A document may do better
 * than this (then lower the number), never worse.
 */
const KNOWN: Readonly<Record<string, { wrong: number; reason: string }>> = {
  "guangdong-jiangmen-undated-yitihua-fengong-p2": {
    wrong: 4,
    reason:
      "Set M (held out; its misses partly worked on in the sixteenth round): 4 of its tasks not read as the reading says (not found, or read with other units)",
  },
  "guangdong-meizhou-2021-meizhouyou-wugeyi-tongzhi": {
    wrong: 3,
    reason:
      "Set M (held out; its misses partly worked on in the sixteenth round): 3 of its tasks not read as the reading says (not found, or read with other units)",
  },
  "henan-sanmenxia-2005-zhongdiangongzuo-zerendanwei": {
    wrong: 1,
    reason:
      "Set M (held out; its misses partly worked on in the sixteenth round): 1 of its tasks not read as the reading says (not found, or read with other units)",
  },
  "hubei-xianning-2020-cujinfazhan-zhengce-zerenfengong-gazette": {
    wrong: 3,
    reason:
      "Set M (held out; its misses partly worked on in the sixteenth round): 3 of its tasks not read as the reading says (not found, or read with other units)",
  },
  "hunan-2019-zhengfugongzuobaogao-bumenfengong": {
    wrong: 1,
    reason:
      "Set M (held out; its misses partly worked on in the sixteenth round): 1 of its tasks not read as the reading says (not found, or read with other units)",
  },
  "jiangsu-zhenjiang-2008-shuihuanjing-zhili-zerenbiao": {
    wrong: 5,
    reason:
      "Set M (held out; its misses partly worked on in the sixteenth round): 5 of its tasks not read as the reading says (not found, or read with other units)",
  },
  "sichuan-luzhou-xuyong-2013-lenglianwuliu-tuijinhui-news": {
    wrong: 2,
    reason:
      "Set M (held out): a leader's demands run on in one clause after 强调: (2.1, 县经商局…要…, reads); the group's clause after it (各部门要分别做好…) and a kind of body's (企业业主负责…) are not read as tasks of their own",
  },
  "sichuan-meishan-2021-minshengshishi-fengongbiao": {
    wrong: 2,
    reason:
      "Set M (held out; its misses partly worked on in the sixteenth round): 2 of its tasks not read as the reading says (not found, or read with other units)",
  },
  "hubei-jingzhou-jianli-2018-kongqizhiliang-zhizeqingdan-forum": {
    wrong: 1,
    reason:
      "Set L: a forum copy of a duty table flattened with single spaces (rows read); the last row is cut inside its task cell, before its units: not read as a task",
  },
  "unknown-2009-xian-xiaochun-shengchan-yijian-fanwen-p3": {
    wrong: 1,
    reason: "Set L: item (八) without units (a task with no units in the reading) is not read",
  },
  "unknown-undated-xianjiaotongju-chunyun-fangan-fanwen-trad": {
    wrong: 4,
    reason: "Set L: working groups 'X保障組:負責…。責任人:names': the groups' duties are not read as tasks",
  },
  "hubei-qianjiang-2025-zhaoshang-renwuqingdan": {
    wrong: 1,
    reason:
      "Set K: the last row is cut by the page's end inside its task cell (1.3, cut): not read as a task",
  },
  "qinghai-xining-huangzhong-undated-huiyijiyao": {
    wrong: 1,
    reason:
      "meeting minutes, (一)–(四) each opening '由X负责,于…前…' (read); item (三)'s second role '同时,协助Y完成…' (Y a co-unit) is not read",
  },
  "yunnan-honghe-hekou-undated-sixiangzhidu-ducha-p2": {
    wrong: 1,
    reason:
      "Set I: the stage paragraph's roles are two clauses with no role word ('由A、B、C提出公开承诺单位,D制定方案并组织实施'): not read (the six group records after it read); a text-unattached warning at line 1 tells the clerk",
  },
  "jiangsu-changzhou-zhonglou-2021-minsheng-docx": {
    wrong: 1,
    reason:
      "a .docx table whose cell borders were all lost, read by the glued reader; the cut last task's reading keeps the sharing site's page counter (秋白 / 3、书苑) that the reader drops",
  },
  "shanghai-changning-2019": {
    wrong: 1,
    reason:
      "the excerpt ends inside its only row, before its 主责部门 / 配合部门 cells: the two-row header (quarter columns under one spanning cell) is read, but a table with no unit anywhere gives no task",
  },
  "shanxi-yuncheng-2017-yingji-fenjie": {
    wrong: 1,
    reason: "the second task is cut inside its (1)(2) sub-items, before its unit line",
  },
  "zhejiang-shaoxing-xinchang-2021-minsheng-jindu": {
    wrong: 1,
    reason:
      "the last project is cut after two characters of its name (6.老年): read as a heading, not a task",
  },
  "anhui-huaibei-xiangshan-2024-zhongdiangongzuo-sijidu-wancheng": {
    wrong: 1,
    reason:
      "Set N (held out): 1 of its tasks not read as the reading says (not found, or other units); partly worked on in the seventeenth round",
  },
  "guangdong-dongguan-undated-zhuguanbanshijigou-guanli-banfa-p2": {
    wrong: 2,
    reason:
      "Set N (held out): 2 of its tasks not read as the reading says (not found, or other units); partly worked on in the seventeenth round",
  },
  "guangxi-beihai-undated-touzi-xiangmujianshe-bangongshi-tongzhi": {
    wrong: 1,
    reason:
      "Set N (held out): 1 of its tasks not read as the reading says (not found, or other units); partly worked on in the seventeenth round",
  },
  "heilongjiang-hegang-2025-fuyuanliandong-yijian": {
    wrong: 2,
    reason:
      "Set N (held out): 2 of its tasks not read as the reading says (not found, or other units); partly worked on in the seventeenth round",
  },
  "henan-sanmenxia-2020-sanqilai-fuquan-shishifangan": {
    wrong: 2,
    reason:
      "Set N (held out): 2 of its tasks not read as the reading says (not found, or other units); partly worked on in the seventeenth round",
  },
  "henan-sanmenxia-undated-zhongdiangongzuo-zerendanwei-list": {
    wrong: 1,
    reason:
      "Set N (held out): 1 of its tasks not read as the reading says (not found, or other units); partly worked on in the seventeenth round",
  },
  "henan-zhumadian-2022-zhengxie-zhongdiantian-banli-gongshi": {
    wrong: 1,
    reason:
      "Set N (held out): 1 of its tasks not read as the reading says (not found, or other units); partly worked on in the seventeenth round",
  },
  "neimenggu-2008-elunchunqi-zhongdianbangfu-news-pinyin": {
    wrong: 1,
    reason:
      "Set N (held out): 1 of its tasks not read as the reading says (not found, or other units); partly worked on in the seventeenth round",
  },
  "shaanxi-yangling-2019-shuiwuju-mubiao-zerenshu": {
    wrong: 4,
    reason:
      "Set N (held out): 4 of its tasks not read as the reading says (not found, or other units); partly worked on in the seventeenth round",
  },
  "shandong-rizhao-2023-wenzheng-zhenggai-news-pinyin": {
    wrong: 1,
    reason:
      "Set N (held out): 2 of its tasks not read as the reading says (not found, or other units); partly worked on in the seventeenth round",
  },
  "zhejiang-hangzhou-yuhang-2018-zhengfugongzuobaogao-renwufenjie": {
    wrong: 4,
    reason:
      "Set N (held out): 4 of its tasks not read as the reading says (not found, or other units); partly worked on in the seventeenth round",
  },
  "anhui-bozhou-lixin-undated-xiangaizhen-dongyuanhui-news-pinyin": {
    wrong: 1,
    reason:
      "Set O (held out): 1 of its tasks not read as the reading says (not found, or other units); partly worked on in the eighteenth round",
  },
  "guangdong-guangzhou-zengcheng-undated-kaifaqu-yuanqufazhanju-jigouzhineng": {
    wrong: 3,
    reason:
      "Set O (held out): 3 of its tasks not read as the reading says (not found, or other units); partly worked on in the eighteenth round",
  },
  "guangxi-chongzuo-2014-shiweishuji-shenyi-zhengfugongzuobaogao-news": {
    wrong: 1,
    reason:
      "Set O (held out): 1 of its tasks not read as the reading says (not found, or other units); partly worked on in the eighteenth round",
  },
  "guizhou-qiandongnan-2012-yijieyihui-diaoduhui-news-trad": {
    wrong: 1,
    reason:
      "Set O (held out): 1 of its tasks not read as the reading says (not found, or other units); partly worked on in the eighteenth round",
  },
  "hebei-dingzhou-2017-daishizhang-shenyi-daibiaotuan-news": {
    wrong: 1,
    reason:
      "Set O (held out): 1 of its tasks not read as the reading says (not found, or other units); partly worked on in the eighteenth round",
  },
  "henan-zhengzhou-dengfeng-2015-zhongdianjianshexiangmu-xiada-tongzhi": {
    wrong: 1,
    reason:
      "Set O (held out): 1 of its tasks not read as the reading says (not found, or other units); partly worked on in the eighteenth round",
  },
  "henan-zhengzhou-dengfeng-undated-tiandizhizhong-zhanchang-zerenren-book": {
    wrong: 9,
    reason:
      "Set O (held out): 9 of its tasks not read as the reading says (not found, or other units); partly worked on in the eighteenth round",
  },
  "jiangxi-yichun-yuanzhou-2023-minshengshishi-jinzhan": {
    wrong: 3,
    reason:
      "Set O (held out): 3 of its tasks not read as the reading says (not found, or other units); partly worked on in the eighteenth round",
  },
  "qinghai-haixi-geermu-2019-zhejiang-yuanjian-jiancha-news": {
    wrong: 1,
    reason:
      "Set O (held out): 1 of its tasks not read as the reading says (the city's demand the page's end cuts: 格尔木市…今后要继续); its 希望工业园… reads since the nineteenth round (askedDemand.ts)",
  },
  "shaanxi-ankang-undated-zhongdiangongzuo-jiaobanhui-news": {
    wrong: 1,
    reason:
      "Set O (held out): 1 of its tasks not read as the reading says (not found, or other units); partly worked on in the eighteenth round",
  },
  "shandong-weifang-shouguang-2026-shengchengjiedao-fangtan-news": {
    wrong: 2,
    reason:
      "Set O (held out): 2 of its tasks not read as the reading says (not found, or other units); partly worked on in the eighteenth round",
  },
  "xinjiang-yili-2017-jiangsu-yuanyi-xiangmu-kaigong-news": {
    wrong: 1,
    reason:
      "Set O (held out): 1 of its tasks not read as the reading says (not found, or other units); partly worked on in the eighteenth round",
  },
  "zhejiang-quzhou-jiangshan-2023-minshengshishi-shishijihua": {
    wrong: 1,
    reason:
      "Set O (held out): 1 of its tasks not read as the reading says (not found, or other units); partly worked on in the eighteenth round",
  },
  "zhonghuasiyuan-jijinhui-undated-xingzhengguanli-zhidu": {
    wrong: 1,
    reason:
      "Set O (held out): 1 of its tasks not read as the reading says (not found, or other units); partly worked on in the eighteenth round",
  },
  "gansu-jiuquan-dunhuang-2021-zhujianju-banshishi-news-trad": {
    wrong: 2,
    reason:
      "Set P (held out): 2 of its tasks not read as the reading says (not found, or other units); not worked on: the nineteenth round never saw it",
  },
  "guangdong-meizhou-xingning-2024-baiqianwan-xianchanghui-choubei-news": {
    wrong: 1,
    reason:
      "Set P (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the nineteenth round never saw it",
  },
  "guangxi-guigang-gangbei-2012-sannian-mubiaorenwu-xingdongjihua-news": {
    wrong: 1,
    reason:
      "Set P (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the nineteenth round never saw it",
  },
  "guizhou-guiyang-qingzhen-2016-shishi-jinzhan-nianjian": {
    wrong: 11,
    reason:
      "Set P (held out): 11 of its tasks not read as the reading says (not found, or other units); not worked on: the nineteenth round never saw it",
  },
  "hebei-langfang-bazhou-2010-bairigongjian-huanjingzhengzhi-article": {
    wrong: 1,
    reason:
      "Set P (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the nineteenth round never saw it",
  },
  "hubei-wuhan-wuchang-2024-yian-jianyi-minshengshishi-banli-baogao": {
    wrong: 2,
    reason:
      "Set P (held out): 2 of its tasks not read as the reading says (not found, or other units); not worked on: the nineteenth round never saw it",
  },
  "jiangsu-suzhou-zhangjiagang-2025-shuangyue-zuotanhui-gangkou-news": {
    wrong: 1,
    reason:
      "Set P (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the nineteenth round never saw it",
  },
  "jiangsu-taizhou-2015-xiangmu-datupo-taixing-ducha-news": {
    wrong: 1,
    reason:
      "Set P (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the nineteenth round never saw it",
  },
  "jiangsu-taizhou-2025-shizhang-taixing-huixuanqu-diaoyan-news": {
    wrong: 1,
    reason:
      "Set P (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the nineteenth round never saw it",
  },
  "neimenggu-alashan-alashanyouqi-2024-zhengwuxinxi-7-9yue": {
    wrong: 1,
    reason:
      "Set P (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the nineteenth round never saw it",
  },
  "shaanxi-ankang-hanbin-2014-laochengban-shidaminshenggongcheng-news-fanwen": {
    wrong: 8,
    reason:
      "Set P (held out): 8 of its tasks not read as the reading says (not found, or other units); not worked on: the nineteenth round never saw it",
  },
  "sichuan-leshan-emeishan-jingqu-2023-anquanshengchan-gongzuo-jinzhan": {
    wrong: 2,
    reason:
      "Set P (held out): 2 of its tasks not read as the reading says (not found, or other units); not worked on: the nineteenth round never saw it",
  },
  "unknown-2026-shi-sizexietong-jizhi-diaoduhui-jianghua-fanwen": {
    wrong: 1,
    reason:
      "Set P (held out): 2 of its tasks not read as the reading says (not found, or other units); not worked on: the nineteenth round never saw it",
  },
  "unknown-undated-sheng-lianzuzhufang-jianshe-bumenzhize-p2": {
    wrong: 5,
    reason:
      "Set P (held out): its duty clauses run on in the heading's paragraph (建设部门负责…。财政部门负责…) read since the twentieth round (onePage.ts); still missed: the mechanism sentence (省政府…与设区市政府…签定), the 会同 co-unit (2.2, 3.1's 组织…等部门), 各级消防、人防…等部门,负责 and the rule for 各部门",
  },
  "anhui-maanshan-2021-shizhang-magang-xietiao-diaodu-news": {
    wrong: 1,
    reason:
      "Set Q (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "anhui-maanshan-huashan-2018-minshenggongcheng-news": {
    wrong: 1,
    reason:
      "Set Q (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "fujian-2017-weimin-25xiang-shishi-news": {
    wrong: 9,
    reason:
      "Set Q (held out): 9 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "guangdong-meizhou-2019-zhengfugongzuobaogao-qicaozu-fangtan-news": {
    wrong: 2,
    reason:
      "Set Q (held out): 2 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "hainan-haikou-longhua-2021-zhengfu-dangzuhui-bushu-news": {
    wrong: 1,
    reason:
      "Set Q (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "heilongjiang-beidahuang-291nongchang-2014-shidaminshenggongcheng-news": {
    wrong: 9,
    reason:
      "Set Q (held out): 9 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "heilongjiang-hailin-linyeju-2016-minsheng-touru-news-trad": {
    wrong: 2,
    reason:
      "Set Q (held out): 2 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "henan-jiaozuo-mengzhou-2025-shuiliju-yinshui-gongcheng-news": {
    wrong: 4,
    reason:
      "Set Q (held out): 4 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "henan-jiaozuo-mengzhou-undated-zhengfubangongshi-zhineng-iicha": {
    wrong: 3,
    reason:
      "Set Q (held out): 3 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "hunan-changsha-2021-zhengfugongzuobaogao-mubiaorenwu-zerenguanli": {
    wrong: 1,
    reason:
      "Set Q (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "jiangsu-lianyungang-2020-nongyenongcun-zhongdaxiangmu-lunwen": {
    wrong: 1,
    reason:
      "Set Q (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "jiangsu-taizhou-jingjiang-2019-jiguanzuofeng-biaozhang-news": {
    wrong: 3,
    reason:
      "Set Q (held out): 3 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "jiangsu-taizhou-taixing-2018-jingtaijiehe-lvhua-zhengzhi-news-trad": {
    wrong: 1,
    reason:
      "Set Q (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "jiangxi-nanchang-nanchangxian-2024-minshengshishi-piaojue-renwu-xiada": {
    wrong: 1,
    reason:
      "Set Q (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "liaoning-anshan-2024-shizhang-angang-diaoyan-news-trad": {
    wrong: 1,
    reason:
      "Set Q (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "liaoning-chaoyang-beipiao-2021-changwuhuiyi-55-jiedu": {
    wrong: 3,
    reason:
      "Set Q (held out): 3 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "neimenggu-hulunbeier-manzhouli-2012-erka-kouan-kaitong-news": {
    wrong: 3,
    reason:
      "Set Q (held out): 3 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "shandong-qingdao-laixi-2021-zhengxie-tian-ducha-jingjikaifaqu-news": {
    wrong: 1,
    reason:
      "Set Q (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "shandong-weihai-rongcheng-2019-wangxuewen-daibiaotuan-shenyi-news": {
    wrong: 1,
    reason:
      "Set Q (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "shandong-weihai-rongcheng-2021-shidao-guanliqu-diaoyan-news-trad": {
    wrong: 1,
    reason:
      "Set Q (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "shandong-weihai-rushan-2005-guifanxingwenjian-xuanbian-nianjian": {
    wrong: 1,
    reason:
      "Set Q (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "shandong-yantai-longkou-beima-2022-12345-minshengshishi-qiao-news": {
    wrong: 2,
    reason:
      "Set Q (held out): 2 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "sichuan-chengdu-2024-shequ-qianrushi-fuwusheshi-shishifangan": {
    wrong: 3,
    reason:
      "Set Q (held out): 3 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "sichuan-dazhou-dazhu-shiqiaopu-2023-minshengshishi-piaojue": {
    wrong: 4,
    reason:
      "Set Q (held out): 4 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "zhejiang-jinhua-yiwu-2021-minshengshishi-jianyi-zhengji-trad": {
    wrong: 1,
    reason:
      "Set Q (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "zhejiang-lishui-liandu-2020-sanjiliandong-banshishi-news-trad": {
    wrong: 2,
    reason:
      "Set Q (held out): 2 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "zhejiang-wenzhou-2012-zhengfugongzuobaogao-fenjierenwu-shangbannian-tongbao": {
    wrong: 1,
    reason:
      "Set Q (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "zhejiang-wenzhou-dongtou-2021-zhongdiangongzuo-wanchengqingkuang": {
    wrong: 4,
    reason:
      "Set Q (held out): 4 of its tasks not read as the reading says (not found, or other units); not worked on: the twentieth round never saw it",
  },
  "anhui-anqing-zongyang-guanbuqiao-2022-huimin-diaocha-jizhen-chuangjian-news": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "anhui-xuancheng-2020-jiankangxuancheng-fangan-zhengqiuyijianhui-yutongzhi": {
    wrong: 2,
    reason:
      "Set R (held out): 2 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "fujian-nanping-wuyishan-2014-zhutigongnengqu-shidian-p6-trad": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "fujian-nanping-wuyishan-2018-guojiagongyuan-shidian-renwu-news": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "fujian-nanping-wuyishan-2024-guojiagongyuan-guanliju-guapai-news": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "fujian-nanping-wuyishan-2025-zhengfu-wenda-chanongyanchajulianmeng-trad": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "fujian-sanming-2008-shiyiwu-yingjitixi-jianshe-shishiyijian": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "guangdong-meizhou-pingyuan-2023-shijianminshengshishi-wancheng-news": {
    wrong: 2,
    reason:
      "Set R (held out): 2 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "guangdong-shenzhen-shenshan-undated-zhengfutouzi-xiangmu-guanli-banfa": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "guangxi-2005-xinkaigong-zhongdaxiangmu-zuzhi-p1": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "guangxi-2021-pingluyunhe-lingdaoxiaozu-chengli-tongzhi": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "guangxi-nanning-xixiangtang-2012-nianjian-bianji-shuoming": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "guangxi-wuzhou-2016-chunjie-shougongzuori-bumen-news-trad": {
    wrong: 2,
    reason:
      "Set R (held out): 2 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "guangxi-wuzhou-cangwu-2019-xinxiancheng-lingdaoxiaozu-huiyi-news-trad": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "guowuyuan-shuilibu-2011-zhongyangshuiligongzuohuiyi-guanche-news-trad": {
    wrong: 3,
    reason:
      "Set R (held out): 3 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "hebei-cangzhou-2010-huanghuagang-kaihang-shishi-dongyuan-news": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "hebei-dingzhou-kaiyuan-2013-weiminshishi-news": {
    wrong: 2,
    reason:
      "Set R (held out): 2 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "hebei-qinhuangdao-2019-minshengshishi-wancheng-fabuhui-shilu": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "hubei-wuhan-2022-zhengfugongzuobaogao-mubiaorenwu-zerenfenjie": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "hunan-shaoyang-shaodong-2021-banshishi-laojiuxiaoqu-news-trad": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "hunan-shaoyang-shaodong-undated-zhengfuban-xiangmu-gailan-blog": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "jiangxi-yichun-zhangshu-2021-minsheng-huajuan-news": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "shaanxi-yangling-2018-shuiwuju-mubiao-zerenshu": {
    wrong: 9,
    reason:
      "Set R (held out): 9 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "shanxi-taiyuan-gujiao-undated-shixiang-minshengshishi-news": {
    wrong: 10,
    reason:
      "Set R (held out): 10 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "sichuan-chengdu-dujiangyan-2021-wenlvxincheng-zhuanxianggongzuozu-news": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "sichuan-chengdu-pengzhou-2018-guihuashencha-daolujianshe-nianjian": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "sichuan-ganzi-kangding-2018-gongyeyuanqu-jianshe-zuotanhui-news-trad": {
    wrong: 2,
    reason:
      "Set R (held out): 2 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "sichuan-meishan-2017-shidaminshenggongcheng-1-11yue-jindubiao": {
    wrong: 10,
    reason:
      "Set R (held out): 10 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "sichuan-mianyang-jiangyou-2025-chengxiangronghe-gaige-shidian-tuijinhui-news": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "sichuan-neijiang-longchang-undated-chuangwen-zhuantihui-news": {
    wrong: 1,
    reason:
      "Set R (held out): 1 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "unknown-gaoshengzhen-2020-minshengshishi-renda-news": {
    wrong: 4,
    reason:
      "Set R (held out): 4 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "unknown-lys-2013-zhengfuxinxigongkai-niandubaogao-baike": {
    wrong: 3,
    reason:
      "Set R (held out): 3 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
  "xinjiang-akesu-akesu-undated-benzhou-dongtai-sulan": {
    wrong: 2,
    reason:
      "Set R (held out): 2 of its tasks not read as the reading says (not found, or other units); not worked on: the twenty-first round never saw it",
  },
};

const load = (slug: string) => ({
  reading: JSON.parse(readFileSync(join(DIR, `${slug}.reading.json`), "utf8")) as Reading,
  parsed: parseBreakdown(readFileSync(join(DIR, `${slug}.txt`), "utf8")),
});

describe("real documents of other places", () => {
  it("has real documents, some held out", () => {
    expect(slugs.length).toBeGreaterThanOrEqual(60);
    expect(heldOut.size).toBeGreaterThan(0);
    expect(setC.size).toBeGreaterThan(0);
    expect(setD1.size).toBe(17);
    expect(setD2.size).toBe(18);
    expect(setE2.size).toBe(18);
    expect(setG.size).toBe(36);
    expect(setH.size).toBe(36);
    expect(setI.size).toBe(28);
    expect(setJ.size).toBe(22);
    expect(setK.size).toBe(28);
    expect(setL.size).toBe(40);
    expect(setM.size).toBe(103);
    expect(setN.size).toBe(65);
    expect(setO.size).toBe(63);
    expect(setP.size).toBe(61);
    expect(setQ.size).toBe(64);
    expect(setR.size).toBe(56);
  });

  it.each(slugs)("%s reads as its reading says", (slug) => {
    const { reading, parsed } = load(slug);
    if (!reading.breakdown) {
      // A look-alike in KNOWN: its wrong count is the number of tasks it is still (wrongly) read as.
      const known = KNOWN[slug];
      if (known) {
        expect(parsed.tasks.length).toBeLessThanOrEqual(known.wrong);
        return;
      }
      expect(parsed.tasks).toEqual([]);
      expect(parsed.issues.map((i) => i.code)).toContain("no-tasks");
      return;
    }
    const matches = matchTasks(reading.tasks, parsed.tasks);
    const wrong = reading.tasks
      .map((r, i) => ({ key: `${slug}#${r.id}`, diff: difference(r, matches[i] ?? null) }))
      .filter((d) => d.diff !== null);
    const known = KNOWN[slug];
    if (known) expect(wrong.length).toBeLessThanOrEqual(known.wrong);
    else expect(wrong).toEqual([]);
  });

  it("scores leads exact and co-unit precision, recall and F1, by set and in all (printed)", () => {
    // Every "## Set …" heading of the README is scored on its own; a set's heading says whether it was held out.
    const sets = [...README.matchAll(/^## (Set [^\n]+)$/gm)].map((m) => m[1] ?? "");
    const scores = new Map(
      sets.map((name) => [name, { members: listedUnder(`## ${name}`), score: emptyScore() }]),
    );
    const all = emptyScore();
    for (const slug of slugs) {
      const { reading, parsed } = load(slug);
      const s: Score = scoreDocument(reading, parsed);
      addScore(all, s);
      for (const set of scores.values()) if (set.members.has(slug)) addScore(set.score, s);
    }
    const line = (name: string, s: Score) => {
      const f = figures(s);
      return `${name}: ${s.tasks} tasks, ${s.tasks - s.matched} not found, leads exact ${(100 * f.leads).toFixed(1)}%, co-units P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)} F1 ${f.f1.toFixed(3)}`;
    };
    console.log([...[...scores].map(([name, set]) => line(name, set.score)), line("all", all)].join("\n"));
    expect([...scores.values()].every((set) => set.members.size > 0)).toBe(true);
    expect(all.tasks).toBeGreaterThan(0);
  });
});
