import { reasonItem, reasonLines } from "../kit/reasons.ts";
import { REASON_KEY } from "../kit/wording.ts";
import type { Engine } from "../../rules/engine.ts";
import { formatNumber, t } from "../kit/i18n.ts";
import { LEARN_SECTIONS } from "../learn/content.ts";
import { helpList, section } from "../learn/page.ts";
import { h } from "../kit/h.ts";
import { CHOICES, CHOICE_KEY, choose, judgeExamples, next, readProgress, saveProgress, START, tally, type Example, type Progress } from "./lesson.ts";

export interface LessonDeps {
  /** The engine the extension would judge with under the reader's settings. */
  engine: Engine;
  /** The tab's sessionStorage, where progress lives until the tab closes. */
  session: Pick<Storage, "getItem" | "setItem">;
}

/** The example as the site would draw it: author line, then the words (on Reddit the first line is the title). */
function mockPost({ post, text }: Example): HTMLElement {
  if (post.site === "x") {
    return h("article", { class: "mock mock-x", "aria-label": t("lessonOnX") }, [
      h("div", { class: "mock-author" }, [
        h("span", { class: "avatar", "aria-hidden": "true" }, [post.name.charAt(0)]),
        h("span", { class: "name" }, [post.name]),
        h("span", { class: "handle" }, [`@${post.handle}`]),
      ]),
      h("p", { class: "mock-text" }, [text]),
    ]);
  }
  const [title = "", ...body] = text.split("\n");
  return h("article", { class: "mock mock-reddit", "aria-label": t("lessonOnReddit") }, [
    h("div", { class: "mock-author" }, [h("span", { class: "community" }, [post.community]), " · ", h("span", { class: "handle" }, [`u/${post.user}`])]),
    h("p", { class: "mock-title" }, [title]),
    body.length > 0 ? h("p", { class: "mock-text" }, [body.join("\n")]) : null,
  ]);
}

/**
 * What the extension makes of the example: covered or not, the overlay's sentence for the kind of bait, and the
 * same signal lines as its "why" panel, then the person behind the post.
 */
function explanation(example: Example, progress: Progress, last: boolean, onNext: () => void): (Node | string)[] {
  const { verdict } = example;
  const flagged = verdict.verdict === "flag";
  const lines = reasonLines(verdict.reasons, "page");
  const choice = progress.choices[progress.step];
  const nextButton = h("button", { type: "button", class: "primary", id: "lesson-next" }, [t(last ? "lessonFinish" : "lessonNext")]);
  nextButton.addEventListener("click", onNext);
  return [
    choice ? h("p", { class: "chosen" }, [t("lessonYouChose", [t(CHOICE_KEY[choice])])]) : null,
    h("h3", {}, [t("lessonVerdictHeading")]),
    h("p", { class: flagged ? "verdict-flag" : "verdict-ok", "data-verdict": verdict.verdict }, [t(flagged ? "lessonFlagged" : "lessonNotFlagged")]),
    flagged && verdict.category ? h("p", { "data-category": verdict.category }, [t(REASON_KEY[verdict.category])]) : null,
    lines.length === 0
      ? h("p", {}, [t("lessonNothingNoticed")])
      : h("div", {}, [
          flagged ? h("h4", {}, [t("overlaySignalsHeading")]) : h("p", {}, [t("lessonNoticedNotEnough")]),
          h(
            "ul",
            { class: "reasons" },
            lines.map((line) => reasonItem(line, line.lowers ? ` (${t("optionsTestException")})` : null)),
          ),
        ]),
    h("h3", {}, [t("lessonPersonHeading")]),
    h("p", { class: "person" }, [t(example.post.person)]),
    nextButton,
  ].filter((node) => node !== null);
}

/** The post's first line, cut to fit a table cell. */
function shortText(text: string): string {
  const first = text.split("\n")[0] ?? "";
  return first.length > 60 ? `${first.slice(0, 59).trimEnd()}…` : first;
}

function summary(examples: readonly Example[], progress: Progress, onRestart: () => void): HTMLElement {
  const counts = tally(examples, progress.choices);
  const restart = h("button", { type: "button", id: "lesson-restart" }, [t("lessonRestart")]);
  restart.addEventListener("click", onRestart);
  const sift = LEARN_SECTIONS.find((s) => s.id === "sift")?.list ?? [];
  return h("div", { id: "lesson-summary" }, [
    section("lesson-choices", t("lessonSummaryHeading"), [
      h("p", { id: "lesson-counts" }, [t("lessonSummaryCounts", [formatNumber(counts.covered), formatNumber(counts.total), formatNumber(counts.sharedCovered)])]),
      h("table", {}, [
        h("thead", {}, [h("tr", {}, [h("th", { scope: "col" }, [t("lessonSummaryPost")]), h("th", { scope: "col" }, [t("lessonSummaryChoice")]), h("th", { scope: "col" }, [t("lessonSummaryVerdict")])])]),
        h(
          "tbody",
          {},
          examples.map((example, i) => {
            const choice = progress.choices[i];
            return h("tr", { "data-post": example.post.id }, [
              h("th", { scope: "row" }, [`${i + 1}. ${shortText(example.text)}`]),
              h("td", {}, [choice ? t(CHOICE_KEY[choice]) : ""]),
              h("td", { "data-verdict": example.verdict.verdict }, [t(example.verdict.verdict === "flag" ? "lessonCovered" : "lessonLeftAlone")]),
            ]);
          }),
        ),
      ]),
    ]),
    section("lesson-sift", t("lessonSiftHeading"), [h("ol", {}, sift.map((key) => h("li", {}, [t(key)])))]),
    section("lesson-help", t("learnHelpHeading"), [h("p", {}, [t("learnHelp")]), helpList()]),
    restart,
  ]);
}

/**
 * The "Spot the bait" lesson: one example post at a time, the student's choice, then what the extension says
 * about it, judged now by the engine with the reader's settings; at the end a summary, SIFT and where to get help.
 * Progress survives a reload of the tab and nothing else.
 */
export function mountLesson(root: HTMLElement, deps: LessonDeps): void {
  document.documentElement.lang = t("uiLang");
  document.title = t("lessonTitle");
  const examples = judgeExamples(deps.engine);
  const step = h("div", { id: "lesson-step" });
  root.replaceChildren(
    h("main", {}, [h("h1", {}, [t("lessonTitle")]), h("p", { class: "lead" }, [t("lessonIntro")]), h("p", { class: "muted" }, [t("lessonPrivate")]), step]),
  );

  let progress = readProgress(deps.session, examples.length);
  const go = (to: Progress, focus: boolean) => {
    progress = to;
    saveProgress(deps.session, progress);
    render(focus);
  };

  /** Fills the live region with the explanation; moving on is the next thing to do, so focus goes there. */
  function reveal(region: HTMLElement, example: Example, focus: boolean): void {
    region.replaceChildren(...explanation(example, progress, progress.step === examples.length - 1, () => go(next(progress), true)));
    if (focus) region.querySelector<HTMLElement>("#lesson-next")?.focus();
  }

  function render(focus: boolean): void {
    const example = examples[progress.step];
    if (!example) {
      step.replaceChildren(summary(examples, progress, () => go(START, true)));
      const heading = step.querySelector<HTMLElement>("h2");
      heading?.setAttribute("tabindex", "-1");
      if (focus) heading?.focus();
      return;
    }
    const answered = progress.choices[progress.step];
    const region = h("div", { id: "lesson-reveal", "aria-live": "polite" });
    const buttons = CHOICES.map((choice) => {
      const button = h("button", { type: "button", "data-choice": choice, "aria-pressed": String(answered === choice), disabled: answered !== undefined }, [t(CHOICE_KEY[choice])]);
      button.addEventListener("click", () => {
        progress = choose(progress, choice);
        saveProgress(deps.session, progress);
        for (const other of buttons) {
          other.disabled = true;
          other.setAttribute("aria-pressed", String(other === button));
        }
        reveal(region, example, true);
      });
      return button;
    });
    const heading = h("h2", { id: "lesson-post-heading", tabindex: "-1" }, [t("lessonProgress", [formatNumber(progress.step + 1), formatNumber(examples.length)])]);
    step.replaceChildren(
      h("section", { id: "lesson-post", "aria-labelledby": heading.id, "data-post": example.post.id }, [
        heading,
        mockPost(example),
        h("div", { class: "choices", role: "group", "aria-labelledby": "lesson-question" }, [h("p", { id: "lesson-question" }, [t("lessonQuestion")]), ...buttons]),
        region,
      ]),
    );
    if (answered !== undefined) reveal(region, example, false);
    if (focus) heading.focus();
  }

  render(false);
}
