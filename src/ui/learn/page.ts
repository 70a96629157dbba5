import { HELP_LINKS, REPORT_KEY } from "../kit/wording.ts";
import type { Site } from "../../sites/snapshot.ts";
import { t } from "../kit/i18n.ts";
import { SITE_NAME } from "../options/panes/sites.ts";
import { h } from "../kit/h.ts";
import { LEARN_SECTIONS } from "./content.ts";

export function section(id: string, heading: string, children: readonly (Node | string)[]): HTMLElement {
  return h("section", { id, "aria-labelledby": `${id}-heading` }, [h("h2", { id: `${id}-heading` }, [heading]), ...children]);
}

/** Where people whose images are shared can get help, each service opening in a new tab (the lesson ends with it too). */
export function helpList(): HTMLUListElement {
  return h(
    "ul",
    {},
    HELP_LINKS.map((link) =>
      h("li", {}, [
        h("a", { href: link.href, target: "_blank", rel: "noopener noreferrer" }, [t(link.name), h("span", { class: "visually-hidden" }, [` ${t("commonOpensInNewTab")}`])]),
        " ",
        t(link.text),
      ]),
    ),
  );
}

/** The learn page: what leak-bait looks like, pausing, SIFT, fakes, reporting on each site, and where to get help. */
export function renderLearn(root: HTMLElement): void {
  document.documentElement.lang = t("uiLang");
  document.title = t("learnTitle");
  const sections = LEARN_SECTIONS.map(({ id, heading, paragraphs = [], list = [], ordered = false }) =>
    section(id, t(heading), [
      ...paragraphs.map((key) => h("p", {}, [t(key)])),
      list.length > 0 ? h(ordered ? "ol" : "ul", {}, list.map((key) => h("li", {}, [t(key)]))) : "",
    ]),
  );
  const report = section("report", t("learnReportHeading"), [
    h("p", {}, [t("learnReportIntro")]),
    h("dl", {}, (Object.keys(REPORT_KEY) as Site[]).flatMap((site) => [h("dt", {}, [t(SITE_NAME[site])]), h("dd", {}, [t(REPORT_KEY[site])])])),
  ]);
  const help = section("help", t("learnHelpHeading"), [
    h("p", {}, [t("learnHelp")]),
    helpList(),
  ]);
  // A relative link to the lesson: both are the extension's own pages.
  const lesson = h("p", {}, [h("a", { id: "open-lesson", href: "../lesson/index.html" }, [t("lessonFromLearn")])]);
  root.replaceChildren(h("main", {}, [h("h1", {}, [t("learnTitle")]), h("p", { class: "lead" }, [t("learnIntro")]), lesson, ...sections, report, help]));
}
