import { afterEach, describe, expect, it } from "vitest";
import { reasonLines } from "../../../src/ui/kit/reasons.ts";
import { compileEngine } from "../../../src/rules/engine/compile.ts";
import { defaultPacks } from "../../../src/rules/packs/index.ts";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { ruleLabel, ruleMessageKey } from "../../../src/ui/kit/rule-messages.ts";
import { localeNames, lookupFor, readCatalogue } from "../messages.ts";

afterEach(() => setMessageLookup(null));

const builtInIds = [...new Set(defaultPacks().flatMap((pack) => pack.rules.map((rule) => rule.id)))];

describe("rule messages", () => {
  it.each(localeNames())("%s has a sentence for every built-in rule id, and none for a rule that does not exist", (lang) => {
    const catalogue = readCatalogue(lang);
    const keys = builtInIds.map(ruleMessageKey);
    for (const [i, key] of keys.entries()) expect(key && catalogue[key]?.message.trim(), `${lang}: ${builtInIds[i]}`).toBeTruthy();
    const ruleKeys = Object.keys(catalogue).filter((key) => key.startsWith("rule_"));
    expect(ruleKeys.sort()).toEqual([...keys].sort());
  });

  it("names a built-in rule in the reader's language, whatever pack's words matched", () => {
    setMessageLookup(lookupFor("de"));
    expect(ruleLabel("leak-word", "Says something was leaked")).toBe("Behauptet, etwas sei geleakt worden");
    setMessageLookup(lookupFor("pt_BR"));
    expect(ruleLabel("leak-word", "Dice que algo se filtró")).toBe("Diz que algo vazou");
  });

  it("keeps an imported pack's own description for a rule no catalogue knows", () => {
    setMessageLookup(lookupFor("de"));
    expect(ruleLabel("school-gossip", "Mentions our school's gossip page")).toBe("Mentions our school's gossip page");
    expect(ruleLabel("leak.word", "A dotted id of an imported pack")).toBe("A dotted id of an imported pack");
  });

  it("puts the German sentence in the why panel's lines for an English post", () => {
    setMessageLookup(lookupFor("de"));
    const verdict = compileEngine(defaultPacks(), { sensitivity: "balanced", disabledRules: [], model: null }).evaluate({ text: "her nudes leaked, full video in bio" });
    const labels = reasonLines(verdict.reasons, "page").map((line) => line.label);
    expect(labels).toContain("Behauptet, intime Bilder oder Videos einer Person seien geleakt worden");
    expect(labels).toContain("Erwähnt intime Bilder oder Videos");
    expect(labels.join(" ")).not.toMatch(/intimate|leaked/);
  });
});
