import { stripGlosses } from "../../../src/core/text/gloss";
import { glossPinyin } from "../../support/transforms";

describe("pinyin glosses glued after characters", () => {
  it.each([
    ["鎮(zhèn)公路站", "鎮公路站"],
    ["農（nóng）業(yè)農村辦", "農業農村辦"],
    ["發fā展改革局", "發展改革局"],
    ["經(jing1)濟(ji4)發展", "經濟發展"],
    ["經jing1濟ji4發展", "經濟發展"],
    ["县财政局zhèng。", "县财政局。"],
  ])("are taken out of %s", (glossed, plain) => {
    expect(stripGlosses(glossed)).toBe(plain);
  });

  it.each(["5G基站", "手机app下载", "新建a1栋", "B座3号楼", "PM2.5浓度", "iPhone手机", "中国yidong营业厅"])(
    "leave words in Latin letters as they are: %s",
    (text) => {
      expect(stripGlosses(text)).toBe(text);
    },
  );
});

describe("the gloss copy transform", () => {
  it("glues a gloss after each glossed character another character follows", () => {
    expect(glossPinyin("发展农村。", 0)).toBe("发(fā)展(zhǎn)农(nóng)村。");
    expect(glossPinyin("鎮政府", 4)).toBe("鎮zhen4政zheng4府");
  });

  it.each([0, 1, 2, 3, 4])("writes glosses (variant %d) that are all taken out again", (variant) => {
    const text = "县发展改革局牵头,各乡镇配合,推进农村公路建设。";
    const glossed = glossPinyin(text, variant);
    expect(glossed).not.toBe(text);
    expect(stripGlosses(glossed)).toBe(text);
  });
});
