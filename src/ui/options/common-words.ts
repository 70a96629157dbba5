/**
 * The most frequent words of each interface language (and of English, which most feeds mix in), for the own-words
 * field's caution: an own word flags every post that contains it, and these are in most posts. Words of one or
 * two letters are cautioned about anyway, so they are left out. Keyed by the base of the `uiLang` tag.
 */
const COMMON: Readonly<Record<string, string>> = {
  en: "the and you that have for not with this but his her they she from what was are all can your just like get out about one will there their would been when who were more some said him them then than into only also know time good people because",
  de: "der die das und ist nicht ich sie ein eine mit den dem des auf sich für von wie auch was aber noch nur wir ihr sind hat war mir mich dich bei aus wenn oder schon jetzt dann kann heute",
  es: "que los las del por con una para como pero más sus este esta ese esa muy sin sobre también hay ser todo cuando porque nos les fue está son tiene puede hoy",
  fr: "les des une est pas que qui dans pour sur par plus avec son sont ses mais elle nous vous ils tout bien cette comme aussi fait été très avoir être",
  id: "yang dan ini itu dengan untuk dari tidak akan pada juga ada saya kamu dia kami mereka bisa sudah atau karena tapi jadi lagi hari apa",
  pt: "que não uma para com por mais dos das como mas foi ele ela seu sua isso isto muito tem são está você quando também hoje",
  hi: "है और के की का में से को हैं पर भी यह वह कि नहीं था एक तो लिए कर ही",
  fil: "ang mga ng sa na at ay para hindi ako siya ito iyan kami tayo kayo sila may mayroon lang din rin",
};

const wordsOf = (lang: string): ReadonlySet<string> => new Set((COMMON[lang.split("-")[0] ?? ""] ?? "").split(" ").filter(Boolean));

/** Whether the word (its `*` ends aside, any case) is among the most common words of this language or English. */
export function isCommonWord(word: string, uiLang: string): boolean {
  const bare = word.replace(/^\*+|\*+$/g, "").toLocaleLowerCase(uiLang);
  return wordsOf(uiLang).has(bare) || wordsOf("en").has(bare);
}

/** Whether the word has at most two letters or digits: then it is inside far too many ordinary words and posts. */
export const isVeryShort = (word: string): boolean => [...word.matchAll(/[\p{L}\p{N}]/gu)].length <= 2;
