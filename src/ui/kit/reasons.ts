import { canonicalLink } from "../../rules/links/extract.ts";
import { MODEL_RULE } from "../../rules/model/rule-id.ts";
import type { Reason } from "../../rules/schema/verdict.ts";
import { OWN_RULES } from "../../settings/own-rules.ts";
import { t, type MessageKey } from "./i18n.ts";
import { ruleLabel } from "./rule-messages.ts";
import { h } from "./h.ts";

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
   * What counted, in the reader's language: a built-in rule's sentence from the catalogue, an imported pack's
   * own description otherwise; the learned check's reasons carry an English description for the CLI.
   */
  label: string;
  /** The post's own words that showed it, each once; never anything else, and nothing for an own-list rule. */
  quotes: string[];
  /**
   * On a page, the links that showed it, as their host with the path hidden ("t.me/…"): the full address is the
   * very destination the cover hides. (The options page's tester quotes them in full, with the words.)
   */
  links: string[];
  /** A combination: its words are the parts that had to appear together (a page lists each part on its own). */
  combined: boolean;
  /** An exception: it made a flag less likely. (The learned check letting a post through says so in its label.) */
  lowers: boolean;
  /** The words are in the account's display name, not the post: the reader would not find them in the text. */
  inName: boolean;
}

/** The combination's parts, as the scorer joined their quotes. */
const PART_SEPARATOR = " + ";

/** A link as its host, with "/…" where a path was hidden; null for words that are no link. */
function maskedLink(words: string): string | null {
  const link = canonicalLink(words);
  if (link === null) return null;
  const slash = link.indexOf("/");
  return slash < 0 || slash === link.length - 1 ? link.replace(/\/$/, "") : `${link.slice(0, slash)}/…`;
}

/**
 * A verdict's reasons as lines to read: a concept defined in several packs reports once per pack, but the
 * reader needs each rule and its words once; the learned check's words share one line. On a page (`"page"`),
 * own-list rules quote nothing, a combination's parts are quoted one by one and links are masked; the options
 * page's tester (`"options"`) shows the words as they matched.
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
      label: model ? t(letThrough ? "overlayModelLetThrough" : "overlayModelWords") : own ? t(own) : ruleLabel(reason.rule, reason.description),
      quotes: [],
      links: [],
      combined: false,
      lowers: !model && reason.weight < 0,
      inName: false,
    };
    line.inName ||= reason.where === "name";
    lines.set(key, line);
    if (!quote || reason.match === "") continue;
    if (where === "options" || model) {
      if (!line.quotes.includes(reason.match)) line.quotes.push(reason.match);
      continue;
    }
    const parts = reason.match.split(PART_SEPARATOR);
    line.combined ||= parts.length > 1;
    for (const part of parts) {
      const link = maskedLink(part);
      const list = link === null ? line.quotes : line.links;
      const words = link ?? part;
      if (words !== "" && !list.includes(words)) list.push(words);
    }
  }
  return [...lines.values()];
}

const wordsOf = (line: ReasonLine): string[] => [...line.quotes, ...line.links];
const within = (words: string, other: string): boolean => other.toLocaleLowerCase().includes(words.toLocaleLowerCase());

/** Words shown once: "grab it" goes where "grab it before" is shown, "Leaked" where "leaked" was. */
const longestOnly = (list: readonly string[]): string[] =>
  list.filter((words, i) => !list.some((other, j) => (other.length > words.length || (other.length === words.length && j < i)) && within(words, other)));

/**
 * The "why" panel's lines: the combinations that counted overlap ("leaked + Nudes", "Nudes + full video"), so
 * those sharing words become one line under the strongest one's sentence, each word once; a single signal whose
 * words that line already shows is left out. What remains is the two or three things a reader needs.
 */
export function groupedLines(lines: readonly ReasonLine[]): ReasonLine[] {
  const groups: ReasonLine[] = [];
  const out: ReasonLine[] = [];
  for (const line of lines) {
    if (!line.combined || line.lowers) {
      out.push(line);
      continue;
    }
    const shares = groups.filter((group) => wordsOf(group).some((words) => wordsOf(line).includes(words)));
    const [into, ...others] = shares;
    if (into === undefined) {
      const group = { ...line, quotes: [...line.quotes], links: [...line.links] };
      groups.push(group);
      out.push(group);
      continue;
    }
    for (const part of [line, ...others]) {
      into.quotes.push(...part.quotes.filter((words) => !into.quotes.includes(words)));
      into.links.push(...part.links.filter((words) => !into.links.includes(words)));
      into.inName ||= part.inName;
    }
    for (const other of others) {
      groups.splice(groups.indexOf(other), 1);
      out.splice(out.indexOf(other), 1);
    }
  }
  const shown = groups.flatMap(wordsOf);
  const covered = (line: ReasonLine) =>
    !line.combined && !line.lowers && wordsOf(line).length > 0 && wordsOf(line).every((words) => shown.some((other) => within(words, other)));
  return out.filter((line) => !covered(line)).map((line) => (groups.includes(line) ? { ...line, quotes: longestOnly(line.quotes) } : line));
}

/**
 * A line as a list item: the label, then each quote in its own <q>, each masked link in plain text (not a quote:
 * nothing there invites following it), then where they are when that is the account's name. Page text only
 * ever becomes text nodes.
 */
export function reasonItem(line: ReasonLine, after: string | null = null): HTMLLIElement {
  const words = [...line.quotes.map((quote) => h("q", {}, [quote])), ...line.links.map((link) => h("span", { class: "link" }, [link]))];
  const quotes = words.flatMap((word, i) => [i === 0 ? " " : ", ", word]);
  const where = line.inName ? ` ${t("overlayInName")}` : null;
  return h("li", { "data-rule": line.rule }, [h("span", {}, [line.label]), ...quotes, where, after]);
}
