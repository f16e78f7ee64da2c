/**
 * Pinyin glosses that mirror sites glue after characters as a reading aid: 鎮(zhèn), 發(fā)展, 發fā展 without a
 * bracket, or with tone numbers (發(fa1)展, 發fa1展). None is the document's own text; each is taken out.
 */

// A gloss in a bracket: letters with tone marks or plain, perhaps a tone number: (zhèn) (fa1) (nong).
const BRACKETED = /([\u3400-\u9fff])[(\uff08][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6}[1-5]?[)\uff09]/g;
// A gloss without a bracket, between a character and the next character, punctuation or the end: fā, fa1.
const BARE =
  /([\u3400-\u9fff])([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6}[1-5]?)(?=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef,.;:!?)]|$)/g;
// One pinyin syllable: an initial, then a vowel; tone marks on the vowels.
const SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜê][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{0,4}$/;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

/**
 * The text without pinyin glosses. A bare run of letters counts only when it is one syllable with a tone mark or
 * a tone number (發fā展, 發fa1展), so that a word in Latin letters (5G基站, app) stays.
 * @example stripGlosses("鎮(zhèn)發fā展農(nong2)村") === "鎮發展農村"
 */
export function stripGlosses(text: string): string {
  if (!/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/.test(text)) return text;
  return text.replace(BRACKETED, "$1").replace(BARE, (all, ch: string, gloss: string) => {
    const syllable = gloss.replace(/[1-5]$/, "");
    // A tone number after one or more letters of a syllable of two or more (not a1, as in a1栋).
    const toned = TONE_MARK.test(gloss) || (/[1-5]$/.test(gloss) && syllable.length >= 2);
    return toned && SYLLABLE.test(syllable) ? ch : all;
  });
}
