import type { Verdict } from "../../rules/schema/verdict.ts";
import type { Site } from "../../sites/snapshot.ts";
import { t, type MessageKey } from "../../ui/kit/i18n.ts";
import { h } from "../../ui/kit/h.ts";
import { groupedLines, reasonItem, reasonLines } from "../../ui/kit/reasons.ts";
import { HELP_LINKS, REPORT_KEY, TIP_KEYS } from "../../ui/kit/wording.ts";

const opensInNewTab = (label: string) => [label, h("span", { class: "visually-hidden" }, [` ${t("commonOpensInNewTab")}`])];

/** A link that leaves the page: new tab, no opener, no referrer (the referrer would tell the site which post). */
function externalLink(href: string, label: string): HTMLAnchorElement {
  return h("a", { href, target: "_blank", rel: "noopener noreferrer" }, opensInNewTab(label));
}

function section(heading: MessageKey, body: HTMLElement): HTMLElement {
  return h("section", {}, [h("h3", {}, [t(heading)]), body]);
}

/**
 * The "why" region: the signals that matched (grouped, links masked), SIFT tips, how to report on this site, help for people targeted
 * and the learn page (a button: a link would put the extension's URL, and in Firefox this install's own id, in
 * the page).
 */
export function whyPanel(verdict: Verdict, site: Site, attrs: Record<string, string | boolean>): HTMLElement {
  const signals = groupedLines(reasonLines(verdict.reasons, "page")).map((line) => reasonItem(line));
  return h("div", { class: "why", role: "region", ...attrs }, [
    signals.length > 0 ? section("overlaySignalsHeading", h("ul", { class: "signals" }, signals)) : null,
    section("overlayTipsHeading", h("ul", { class: "tips" }, TIP_KEYS.map((key) => h("li", {}, [t(key)])))),
    section("overlayReportHeading", h("p", { class: "report" }, [t(REPORT_KEY[site])])),
    section(
      "overlayHelpHeading",
      h(
        "ul",
        { class: "help" },
        HELP_LINKS.map((link) => h("li", {}, [externalLink(link.href, t(link.name)), " ", h("span", {}, [t(link.text)])])),
      ),
    ),
    h("p", { class: "learn" }, [h("button", { type: "button", "data-action": "learn" }, opensInNewTab(t("overlayLearnMore")))]),
  ]);
}
