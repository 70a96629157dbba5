import { SettingsSchema, type Settings } from "../../../settings/schema.ts";
import { t, type MessageKey } from "../../i18n.ts";
import { h } from "../../shadow/h.ts";
import { section } from "../controls.ts";
import { listEditor } from "../list-editor.ts";
import { isLocked, type OptionsActions, type Pane } from "../view.ts";

const CUSTOM = SettingsSchema.shape.custom.unwrap().shape;
const ALLOW = SettingsSchema.shape.allow.unwrap().shape;

type ListKey<K extends "custom" | "allow"> = keyof Settings[K] & string;

/** One pane per settings object whose fields are lists; each list is checked with the settings schema's own entry. */
function listsPane<K extends "custom" | "allow">(
  key: K,
  heading: MessageKey,
  intro: MessageKey,
  lists: readonly { field: ListKey<K>; legend: MessageKey; entry: Parameters<typeof listEditor>[2]; policy?: (view: Parameters<Pane>[0]) => readonly string[] | undefined }[],
): (actions: OptionsActions) => Pane {
  return ({ save }) => {
    const editors = lists.map((list) => ({ ...list, render: listEditor(`opt-${key}-${list.field}`, t(list.legend), list.entry) }));
    return (view) => {
      const current = view.effective.settings[key];
      return section(`opt-${key}`, heading, [
        h("p", {}, [t(intro)]),
        ...editors.map((editor) =>
          editor.render({
            items: current[editor.field] as readonly string[],
            locked: isLocked(view, key),
            fromPolicy: editor.policy?.(view),
            onChange: (change) => save((s) => ({ [key]: { ...s[key], [editor.field]: change(s[key][editor.field] as readonly string[]) } })),
          }),
        ),
      ]);
    };
  };
}

/** The user's own words, hashtags and link hosts to flag; the organisation's extra ones are shown beside them. */
export const ownWordsPane = listsPane("custom", "optionsOwnHeading", "optionsOwnIntro", [
  { field: "terms", legend: "optionsOwnTerms", entry: CUSTOM.terms.unwrap().element, policy: (v) => v.effective.policy.ExtraTerms },
  { field: "hashtags", legend: "optionsOwnHashtags", entry: CUSTOM.hashtags.unwrap().element, policy: (v) => v.effective.policy.ExtraHashtags },
  { field: "links", legend: "optionsOwnLinks", entry: CUSTOM.links.unwrap().element, policy: (v) => v.effective.policy.ExtraLinks },
]);

/** Accounts, subreddits and domains whose posts are never flagged. */
export const allowListPane = listsPane("allow", "optionsAllowHeading", "optionsAllowIntro", [
  { field: "accounts", legend: "optionsAllowAccounts", entry: ALLOW.accounts.unwrap().element },
  { field: "communities", legend: "optionsAllowCommunities", entry: ALLOW.communities.unwrap().element },
  { field: "domains", legend: "optionsAllowDomains", entry: ALLOW.domains.unwrap().element },
]);
