import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectedFor, waitForVerdicts, whySignals } from "./harness/page.ts";
import { PAGES } from "./harness/pages.ts";
import { ROOT } from "./harness/paths.ts";
import { useExtension } from "./harness/session.ts";

type Catalogue = Record<string, { message: string }>;
const catalogue = (folder: string): Catalogue => JSON.parse(readFileSync(join(ROOT, "_locales", folder, "messages.json"), "utf8")) as Catalogue;
const ruleSentences = (messages: Catalogue) => new Set(Object.entries(messages).flatMap(([key, entry]) => (key.startsWith("rule_") ? [entry.message] : [])));

// German, and the two locales whose folders must match the names Chromium gives its Hindi and Filipino UI.
describe.each(["de", "hi", "fil"])("a browser in %s", (lang) => {
  const session = useExtension(undefined, { lang });

  it("says in its language what each rule noticed in the why panel, even for an English post", async () => {
    const tab = await session.open(PAGES.xTimeline.url);
    const { bait } = await expectedFor(tab, PAGES.xTimeline.section);
    const verdicts = await waitForVerdicts(tab, Object.keys(bait));
    const flagged = Object.keys(verdicts).find((id) => verdicts[id] === "flag");
    expect(flagged).toBeDefined();
    const labels = (await whySignals(tab, flagged ?? "")).map((signal) => signal.label);
    const own = ruleSentences(catalogue(lang));
    const english = ruleSentences(catalogue("en"));
    const rules = labels.filter((label) => own.has(label) || english.has(label));
    expect(rules.length).toBeGreaterThan(0);
    for (const label of rules) expect(own, label).toContain(label);
  });
});
