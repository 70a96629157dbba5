import { describe, expect, it } from "vitest";
import { compileEngine } from "../../src/rules/engine.ts";
import { RulePackSchema } from "../../src/rules/schema/pack.ts";
import { mergeEffective, type Policy } from "../../src/settings/policy.ts";
import { packsFor } from "../../src/settings/rule-packs.ts";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/schema.ts";

const judge = (text: string, custom: Partial<Settings["custom"]>, policy: Policy = {}, userPacks: Settings["userPacks"] = []) => {
  const e = mergeEffective({ ...structuredClone(DEFAULT_SETTINGS), custom: { terms: [], hashtags: [], links: [], ...custom }, userPacks }, policy);
  return compileEngine(packsFor(e), { sensitivity: "balanced" }).evaluate({ text });
};

/** A school's imported pack of one word. */
const schoolPack = RulePackSchema.parse({
  id: "school",
  name: "School words",
  version: "1.0.0",
  languages: ["en"],
  description: "Words our school sees.",
  rules: [{ id: "school-word", description: "school word", category: "intimate-leak", weight: 0.6, terms: ["sofa"] }],
});

describe("own words mean what the options page says: posts that contain them are flagged", () => {
  it("flags an own word that a built-in exception would cancel", () => {
    // "nude colour" is the built-in product-description exception: it cancels the built-in words, not the reader's.
    expect(judge("my new sofa is nude colour", {}).verdict).toBe("ok");
    const v = judge("my new sofa is nude colour", { terms: ["sofa"] });
    expect(v).toMatchObject({ verdict: "flag", score: 0.6 });
    expect(v.reasons[0]).toMatchObject({ rule: "custom-terms", match: "sofa" });
  });

  it("still lets the exception lower the built-in words beside the own word", () => {
    const text = "court hears how nudes leaked from the sofa";
    expect(judge(text, {})).toMatchObject({ verdict: "ok", score: 0 });
    const v = judge(text, { terms: ["sofa"] });
    expect(v).toMatchObject({ verdict: "flag", score: 0.6 });
    expect(v.reasons.at(-1)).toMatchObject({ weight: -1 });
  });

  it("holds for own hashtags, own links and a school's extra terms alike", () => {
    expect(judge("court: nude colour #sofa", { hashtags: ["sofa"] }).verdict).toBe("flag");
    expect(judge("court: nude colour example.org/x", { links: ["example.org"] }).verdict).toBe("flag");
    expect(judge("court: my sofa is nude colour", {}, { ExtraTerms: ["sofa"] }).verdict).toBe("flag");
  });

  it("leaves an imported pack's words to the exceptions, as the pack's author expects", () => {
    expect(judge("my new sofa", {}, {}, [schoolPack]).verdict).toBe("flag");
    expect(judge("my new sofa is nude colour", {}, {}, [schoolPack])).toMatchObject({ verdict: "ok", score: 0 });
  });
});

describe("which words the engine is given", () => {
  const effective = (settings: Partial<Settings>) => mergeEffective({ ...structuredClone(DEFAULT_SETTINGS), ...settings }, {});

  it("leaves out an imported pack the reader switched off", () => {
    const on = effective({ userPacks: [schoolPack] });
    const off = effective({ userPacks: [schoolPack], packs: { school: false } });
    expect(compileEngine(packsFor(on), { sensitivity: "balanced" }).evaluate({ text: "my new sofa" }).verdict).toBe("flag");
    expect(compileEngine(packsFor(off), { sensitivity: "balanced" }).evaluate({ text: "my new sofa" }).verdict).toBe("ok");
    expect(packsFor(off).map((p) => p.id)).not.toContain("school");
  });

  it("holds exactly the reader's own words when the school adds none", () => {
    const packs = packsFor(effective({ custom: { terms: ["sofa"], hashtags: ["couch"], links: [] } }));
    expect(packs.at(-1)?.rules).toEqual([
      expect.objectContaining({ id: "custom-terms", terms: ["sofa"] }),
      expect.objectContaining({ id: "custom-hashtags", hashtags: ["couch"] }),
    ]);
  });
});
