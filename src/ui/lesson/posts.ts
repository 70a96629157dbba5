import type { MessageKey } from "../kit/i18n.ts";

/**
 * One made-up example post. Its words live in _locales, so the engine judges each in the reader's language; the
 * author and place names are invented and the same in every language. On Reddit the text's first line is the title.
 */
export type LessonPost = { id: string; text: MessageKey; person: MessageKey } & (
  | { site: "x"; name: string; handle: string }
  | { site: "reddit"; community: string; user: string }
);

/**
 * The lesson's posts in the order a class meets them: bait of every kind (leak offers, requests, AI "undress",
 * doxxing tied to a leak, "is this you?") mixed with posts that use the same words and are fine. Nothing here says
 * which is which: the page asks the engine.
 */
export const LESSON_POSTS: readonly LessonPost[] = [
  { id: "phone", site: "x", name: "Tech Daily", handle: "techdaily_news", text: "lessonPostPhone", person: "lessonPersonPhone" },
  { id: "leak-offer", site: "x", name: "Kai", handle: "kai_drops", text: "lessonPostLeakOffer", person: "lessonPersonLeakOffer" },
  { id: "victim", site: "reddit", community: "r/help_me_please", user: "quiet_owl", text: "lessonPostVictim", person: "lessonPersonVictim" },
  { id: "scam", site: "x", name: "Ana", handle: "ana_k", text: "lessonPostScam", person: "lessonPersonScam" },
  { id: "creator", site: "x", name: "Noor", handle: "noor_paints", text: "lessonPostCreator", person: "lessonPersonCreator" },
  { id: "request", site: "reddit", community: "r/northside_chat", user: "throwaway_r", text: "lessonPostRequest", person: "lessonPersonRequest" },
  { id: "undress", site: "x", name: "Dex", handle: "dex_lol", text: "lessonPostUndress", person: "lessonPersonUndress" },
  { id: "news", site: "x", name: "City News", handle: "citynews_desk", text: "lessonPostNews", person: "lessonPersonNews" },
  { id: "party", site: "reddit", community: "r/weekend_chat", user: "party_fan22", text: "lessonPostParty", person: "lessonPersonParty" },
  { id: "game", site: "reddit", community: "r/starfall_game", user: "lootgoblin", text: "lessonPostGame", person: "lessonPersonGame" },
  { id: "doxx", site: "x", name: "Vic", handle: "vic_tells_all", text: "lessonPostDoxx", person: "lessonPersonDoxx" },
  { id: "assembly", site: "x", name: "Ms Rivera", handle: "ms_rivera_class", text: "lessonPostAssembly", person: "lessonPersonAssembly" },
  { id: "discord", site: "reddit", community: "r/northside_chat", user: "nolan_x", text: "lessonPostDiscord", person: "lessonPersonDiscord" },
  { id: "nudify-ad", site: "x", name: "Glimmr AI", handle: "glimmr_app", text: "lessonPostNudifyAd", person: "lessonPersonNudifyAd" },
];
