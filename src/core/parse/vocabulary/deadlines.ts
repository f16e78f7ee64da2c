/**
 * The words of a deadline written in a task or a cell: phrases with no date, the date-like core, the action
 * expected by then, a deadline set by an event. (The labels of a deadline are in labels.ts.) Part of the
 * vocabulary (vocabulary.ts re-exports it): readers import these from vocabulary.ts.
 */

/** A deadline phrase with no date in it: 年内, 持续推进, 长期坚持 …. */
export const DEADLINE_PHRASE =
  /^(年内|年底|年末|年中|全年|当年|上半年|下半年|持续推进|长期坚持|长期推进|逐年推进|持续开展|长期|持续|常态化推进|按年度推进|分年度推进|分步实施|分年实施|每年|每季度|每月|定期)/;
/** A date-like core: [2020年][年底|6月底|三季度…][前|内]. */
export const DEADLINE_CORE =
  /^(\d{4}年)?(年内|年底|年末|年中|年初|上半年|下半年|全年|当年|底|末|内|初|\d{1,2}月(份|底|末|初|中旬|上旬|下旬|\d{1,2}日)?|第?[一二三四1-4]季度(末|底)?|(每个?)?季度(末|底)|季末|每月(底|末)?|月(底|末))?(前|以前|之前|内|底前|前后|起)?$/;
/** What may follow the date: the action expected by then. */
export const DEADLINE_VERB =
  /(基本完成|全面完成|完成|启动实施|启动|开工建设|开工|建成使用|建成|投入使用|投用|见效|到位|实施|出台|落地|推进|取得[^,,;;]{0,6}|基本建成)$/;

/**
 * A line that ends in a date (the notice's date, a signature's, 2024年3月1日印发, 二〇二四年三月一日): a date, no
 * deadline and no cut words (cutEnd.ts).
 */
export const DATE_LINE =
  /(?:\d{4}|[〇○零一二三四五六七八九十]{4})年[\d〇○零一二三四五六七八九十]{1,3}月(?:[\d〇○零一二三四五六七八九十]{1,3}日)?(?:印发|发布|发|制)?$/;

/** A deadline set by an event rather than a date (省出台办法后完成, 项目批复后启动): the event, 后, the action. */
export const DEADLINE_AFTER_EVENT =
  /^[\u4e00-\u9fff]{2,12}(后|以后|之后)(基本完成|全面完成|完成|启动实施|启动|实施|出台|到位|落地|推进)$/;
