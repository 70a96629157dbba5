import { MODEL_RULE } from "../../rules/model/rule-id.ts";
import type { Reason } from "../../rules/schema/verdict.ts";
import { OWN_RULES } from "../../settings/own-rules.ts";
import { t, type MessageKey } from "../../ui/i18n.ts";
import { h } from "../../ui/shadow/h.ts";

/**
 * Reasons from the reader's (or the school's) own lists. The page can read our open shadow roots, and a quote
 * there would tell it what is on the list: these say which list, in the reader's language, and quote nothing.
 */
const OWN_LABEL: ReadonlyMap<string, MessageKey> = new Map([
  [OWN_RULES.terms, "overlayOwnTerm"],
  [OWN_RULES.hashtags, "overlayOwnHashtag"],
  [OWN_RULES.links, "overlayOwnLink"],
]);

/** One line under "What we noticed". */
export interface ReasonLine {
  rule: string;
  /**
   * What counted. A pack describes its own rules; the learned check's reasons carry an English description
   * for the CLI, so the reader gets it in their language instead.
   */
  label: string;
  /** The post's own words that showed it, each once; never anything else, and nothing for an own-list rule. */
  quotes: string[];
  /** An exception: it made a flag less likely. (The learned check letting a post through says so in its label.) */
  lowers: boolean;
  /** The words are in the account's display name, not the post: the reader would not find them in the text. */
  inName: boolean;
}

/**
 * A verdict's reasons as lines to read: a concept defined in several packs reports once per pack, but the
 * reader needs each rule and its words once; the learned check's words share one line. On a page (`"page"`),
 * own-list rules quote nothing; the options page's tester (`"options"`) shows the words.
 */
export function reasonLines(reasons: readonly Reason[], where: "page" | "options"): ReasonLine[] {
  const lines = new Map<string, ReasonLine>();
  for (const reason of reasons) {
    const model = reason.rule === MODEL_RULE;
    const letThrough = model && reason.weight < 0;
    const own = OWN_LABEL.get(reason.rule);
    const quote = where === "options" || own === undefined;
    const key = model ? `${MODEL_RULE}\u0000${letThrough}` : quote ? `${reason.rule}\u0000${reason.match}` : reason.rule;
    const line = lines.get(key) ?? {
      rule: reason.rule,
      label: model ? t(letThrough ? "overlayModelLetThrough" : "overlayModelWords") : own ? t(own) : reason.description,
      quotes: [],
      lowers: !model && reason.weight < 0,
      inName: false,
    };
    line.inName ||= reason.where === "name";
    lines.set(key, line);
    if (quote && reason.match !== "" && !line.quotes.includes(reason.match)) line.quotes.push(reason.match);
  }
  return [...lines.values()];
}

/**
 * A line as a list item: the label, then each quote in its own <q>, then where they are when that is the
 * account's name. Page text only ever becomes text nodes.
 */
export function reasonItem(line: ReasonLine, after: string | null = null): HTMLLIElement {
  const quotes = line.quotes.flatMap((quote, i) => [i === 0 ? " " : ", ", h("q", {}, [quote])]);
  const where = line.inName ? ` ${t("overlayInName")}` : null;
  return h("li", { "data-rule": line.rule }, [h("span", {}, [line.label]), ...quotes, where, after]);
}
