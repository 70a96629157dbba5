import { MODEL_RULE } from "../../rules/model/rule-id.ts";
import type { Reason } from "../../rules/schema/verdict.ts";
import { t } from "../../ui/i18n.ts";
import { h } from "../../ui/shadow/h.ts";


/** One line under "What we noticed". */
export interface ReasonLine {
  rule: string;
  /**
   * What counted. A pack describes its own rules; the learned check's reasons carry an English description
   * for the CLI, so the reader gets it in their language instead.
   */
  label: string;
  /** The post's own words that showed it, each once; never anything else. */
  quotes: string[];
  /** An exception: it made a flag less likely. (The learned check letting a post through says so in its label.) */
  lowers: boolean;
}

/**
 * A verdict's reasons as lines to read: a concept defined in several packs reports once per pack, but the
 * reader needs each rule and its words once; the learned check's words share one line.
 */
export function reasonLines(reasons: readonly Reason[]): ReasonLine[] {
  const lines = new Map<string, ReasonLine>();
  for (const reason of reasons) {
    const model = reason.rule === MODEL_RULE;
    const letThrough = model && reason.weight < 0;
    const key = model ? `${MODEL_RULE}\u0000${letThrough}` : `${reason.rule}\u0000${reason.match}`;
    const line = lines.get(key) ?? {
      rule: reason.rule,
      label: model ? t(letThrough ? "overlayModelLetThrough" : "overlayModelWords") : reason.description,
      quotes: [],
      lowers: !model && reason.weight < 0,
    };
    lines.set(key, line);
    if (reason.match !== "" && !line.quotes.includes(reason.match)) line.quotes.push(reason.match);
  }
  return [...lines.values()];
}

/** A line as a list item: the label, then each quote in its own <q>. Page text only ever becomes text nodes. */
export function reasonItem(line: ReasonLine, after: string | null = null): HTMLLIElement {
  const quotes = line.quotes.flatMap((quote, i) => [i === 0 ? " " : ", ", h("q", {}, [quote])]);
  return h("li", { "data-rule": line.rule }, [h("span", {}, [line.label]), ...quotes, after]);
}
