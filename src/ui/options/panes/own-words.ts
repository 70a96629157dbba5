import { z } from "zod";
import { SettingsSchema, type Settings } from "../../../settings/schema.ts";
import { t, type MessageKey } from "../../kit/i18n.ts";
import { h } from "../../kit/h.ts";
import { section } from "../controls.ts";
import { isCommonWord, isVeryShort } from "../common-words.ts";
import { listEditor, type EntryAdvice } from "../list-editor.ts";
import { isLocked, type OptionsActions, type Pane } from "../view.ts";

const CUSTOM = SettingsSchema.shape.custom.unwrap().shape;
const ALLOW = SettingsSchema.shape.allow.unwrap().shape;

type ListKey<K extends "custom" | "allow"> = keyof Settings[K] & string;

type Lists<K extends "custom" | "allow"> = readonly {
  field: ListKey<K>;
  legend: MessageKey;
  entry: Parameters<typeof listEditor>[2];
  policy?: (view: Parameters<Pane>[0]) => readonly string[] | undefined;
  /** Cautions and redirections for what is typed; `addTo` adds a value to another list of the same pane. */
  advice?: (addTo: (field: ListKey<K>, value: string) => Promise<unknown>) => EntryAdvice;
}[];

/** One pane per settings object whose fields are lists; each list is checked with the settings schema's own entry. */
function listsPane<K extends "custom" | "allow">(key: K, heading: MessageKey, intro: MessageKey, lists: Lists<K>): (actions: OptionsActions) => Pane {
  return ({ save }) => {
    const edit = (field: ListKey<K>, change: (items: readonly string[]) => string[]) =>
      save((s) => ({ [key]: { ...s[key], [field]: change(s[key][field] as readonly string[]) } }));
    const addTo = (field: ListKey<K>, value: string) => edit(field, (items) => (items.includes(value) ? [...items] : [...items, value]));
    const editors = lists.map((list) => ({ ...list, render: listEditor(`opt-${key}-${list.field}`, t(list.legend), list.entry, list.advice?.(addTo)) }));
    return (view) => {
      const current = view.effective.settings[key];
      return section(`opt-${key}`, heading, [
        h("p", {}, [t(intro)]),
        ...editors.map((editor) =>
          editor.render({
            items: current[editor.field] as readonly string[],
            locked: isLocked(view, key),
            fromPolicy: editor.policy?.(view),
            onChange: (change) => edit(editor.field, change),
          }),
        ),
      ]);
    };
  };
}

const HASHTAG_ENTRY = CUSTOM.hashtags.unwrap().element;
const LINK_ENTRY = CUSTOM.links.unwrap().element;
/** A link as people paste it (https://t.me/x, www.example.org/x) in the host form the links list stores. */
const PASTED_LINK = z
  .string()
  .trim()
  .transform((raw) => raw.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/^www\./i, ""))
  .pipe(LINK_ENTRY);

/**
 * What is typed as an own word: a hashtag or a link goes on its own list (a word list matches text, and "#tag" or
 * "https://t.me/x" would never match as the reader means); a word of one or two letters or a very common one is
 * added with a caution, since it flags ordinary posts ("a" flags "I have a cat").
 */
function ownWordAdvice(addTo: (field: ListKey<"custom">, value: string) => Promise<unknown>): EntryAdvice {
  return {
    caution: (word) => (isVeryShort(word) ? t("optionsOwnShort", [word]) : isCommonWord(word, t("uiLang")) ? t("optionsOwnCommon", [word]) : null),
    elsewhere: (raw) => {
      const typed = raw.trim();
      if (/^#[^\s#]+$/u.test(typed)) return { note: t("optionsOwnToHashtags", [typed]), field: "hashtags", entry: HASHTAG_ENTRY, add: (value) => addTo("hashtags", value) };
      if (/^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+$/iu.test(typed)) return { note: t("optionsOwnToLinks", [typed]), field: "links", entry: PASTED_LINK, add: (value) => addTo("links", value) };
      return null;
    },
  };
}

/** The user's own words, hashtags and link hosts to flag; the organisation's extra ones are shown beside them. */
export const ownWordsPane = listsPane("custom", "optionsOwnHeading", "optionsOwnIntro", [
  { field: "terms", legend: "optionsOwnTerms", entry: CUSTOM.terms.unwrap().element, policy: (v) => v.effective.policy.ExtraTerms, advice: ownWordAdvice },
  { field: "hashtags", legend: "optionsOwnHashtags", entry: HASHTAG_ENTRY, policy: (v) => v.effective.policy.ExtraHashtags },
  { field: "links", legend: "optionsOwnLinks", entry: LINK_ENTRY, policy: (v) => v.effective.policy.ExtraLinks },
]);

/** Accounts, subreddits and domains whose posts are never flagged. */
export const allowListPane = listsPane("allow", "optionsAllowHeading", "optionsAllowIntro", [
  { field: "accounts", legend: "optionsAllowAccounts", entry: ALLOW.accounts.unwrap().element },
  { field: "communities", legend: "optionsAllowCommunities", entry: ALLOW.communities.unwrap().element },
  { field: "domains", legend: "optionsAllowDomains", entry: ALLOW.domains.unwrap().element },
]);
