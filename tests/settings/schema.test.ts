import { describe, expect, it } from "vitest";
import { RulePackSchema } from "../../src/rules/schema/pack.ts";
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, USER_PACK_MAX_BYTES, storedBytes } from "../../src/settings/schema.ts";

const allow = (field: "accounts" | "communities" | "domains", entry: string) => {
  const parsed = SettingsSchema.safeParse({ allow: { [field]: [entry] } });
  return parsed.success ? parsed.data.allow[field][0] : null;
};
const accepts = (settings: Record<string, unknown>) => SettingsSchema.safeParse(settings).success;
const pack = (id: string, terms: string[]) => ({
  id,
  name: "School words",
  version: "1.0.0",
  languages: ["en"],
  description: "Words our school sees.",
  rules: [{ id: `${id}-leak`, kind: "signal", description: "The school's leak channel", category: "intimate-leak", weight: 0.6, terms }],
});

describe("what a fresh install starts with", () => {
  it("scans every site with the learned check, a 3 s pause before sharing, and nothing of the user's own", () => {
    expect(DEFAULT_SETTINGS).toEqual({
      version: SETTINGS_VERSION,
      sensitivity: "balanced",
      packs: {},
      disabledRules: [],
      model: true,
      frictionSeconds: 3,
      overlayStyle: "blur",
      allowReveal: true,
      showStats: true,
      searchNotice: true,
      sites: { x: true, reddit: true, "old-reddit": true },
      custom: { terms: [], hashtags: [], links: [] },
      allow: { accounts: [], communities: [], domains: [] },
      userPacks: [],
      pausedUntil: {},
    });
  });

  it("fills the parts a partial object leaves out", () => {
    const parsed = SettingsSchema.parse({ sites: { x: false }, custom: { terms: ["zorblax"] }, allow: { accounts: ["newsdesk"] } });
    expect(parsed).toMatchObject({
      sites: { x: false, reddit: true, "old-reddit": true },
      custom: { terms: ["zorblax"], hashtags: [], links: [] },
      allow: { accounts: ["newsdesk"], communities: [], domains: [] },
    });
  });
});

describe("trusted sources as the user may write them", () => {
  it("reads an account with or without @, u/ or /u/, in any case, and refuses one that is blank, spaced or too long", () => {
    expect(["@Jane_Doe", "u/jane_doe", "/U/Jane_Doe", "  jane_doe  ", "jane-doe"].map((entry) => allow("accounts", entry))).toEqual([
      "jane_doe",
      "jane_doe",
      "jane_doe",
      "jane_doe",
      "jane-doe",
    ]);
    expect(allow("accounts", "a".repeat(50))).toBe("a".repeat(50));
    expect(["", "@", "a".repeat(51), "jane doe", "jane.doe", "x@jane"].map((entry) => allow("accounts", entry))).toEqual([null, null, null, null, null, null]);
  });

  it("reads a subreddit with or without r/ or /r/, and refuses one that is too short, too long or not a name", () => {
    expect(["r/News", "/r/news", " R/news ", "ab"].map((entry) => allow("communities", entry))).toEqual(["news", "news", "news", "ab"]);
    expect(allow("communities", "a".repeat(50))).toBe("a".repeat(50));
    expect(["a", "a".repeat(51), "ask-reddit", "x/r/news", "r/"].map((entry) => allow("communities", entry))).toEqual([null, null, null, null, null]);
  });

  it("reads a site from a pasted address, and refuses a name without a dot or with a bad ending", () => {
    expect(["https://www.Example.org/x?y", "http://bbc.co.uk", "WWW.example.org", "sub.example.org/", "awww.example.org"].map((entry) => allow("domains", entry))).toEqual([
      "example.org",
      "bbc.co.uk",
      "example.org",
      "sub.example.org",
      "awww.example.org",
    ]);
    expect(["localhost", "example.o", "example.123", "ftp://example.org", "exa mple.org", "a.example.org:8080"].map((entry) => allow("domains", entry))).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe("limits that keep stored settings usable", () => {
  it("pauses between 0 and 30 whole seconds before sharing", () => {
    expect([0, 30].map((frictionSeconds) => accepts({ frictionSeconds }))).toEqual([true, true]);
    expect([-1, 31, 2.5].map((frictionSeconds) => accepts({ frictionSeconds }))).toEqual([false, false, false]);
  });

  it("holds at most 500 own words, hashtags, link hosts and trusted sources each", () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `zorb${i}x`);
    expect(accepts({ custom: { terms: words(500), hashtags: words(500), links: [] } })).toBe(true);
    expect([{ terms: words(501) }, { hashtags: words(501) }, { links: Array.from({ length: 501 }, (_, i) => `h${i}.example.org`) }].map((custom) => accepts({ custom }))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it("takes an imported pack up to 256 KB and 20 packs, and says why a bigger pack is refused", () => {
    expect(USER_PACK_MAX_BYTES).toBe(256 * 1024);
    const small = pack("school", ["hallway leaks"]);
    expect(storedBytes(small)).toBe(new TextEncoder().encode(JSON.stringify(small)).length);
    expect(accepts({ userPacks: Array.from({ length: 20 }, (_, i) => pack(`school${i}`, ["hallway leaks"])) })).toBe(true);
    expect(accepts({ userPacks: Array.from({ length: 21 }, (_, i) => pack(`school${i}`, ["hallway leaks"])) })).toBe(false);

    const terms = Array.from({ length: 20_000 }, (_, i) => `hallway leak number ${i}`);
    const big = pack("big", terms);
    expect(storedBytes(big)).toBeGreaterThan(USER_PACK_MAX_BYTES);
    const parsed = SettingsSchema.safeParse({ userPacks: [big] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ message: "a rule pack may take at most 256 KB", params: { why: "pack-too-big", args: ["256"] } });
  });

  it("takes a pack of exactly 256 KB and refuses one byte more", () => {
    // The limit applies to the pack as stored, with its defaults filled in.
    const sized = (bytes: number) => {
      const base = { ...pack("school", ["hallway leaks"]), description: "x" };
      return { ...base, description: "x".repeat(1 + bytes - storedBytes(RulePackSchema.parse(base))) };
    };
    expect(storedBytes(RulePackSchema.parse(sized(USER_PACK_MAX_BYTES)))).toBe(USER_PACK_MAX_BYTES);
    expect(accepts({ userPacks: [sized(USER_PACK_MAX_BYTES)] })).toBe(true);
    expect(accepts({ userPacks: [sized(USER_PACK_MAX_BYTES + 1)] })).toBe(false);
  });

  it("keeps a pause only for a site it knows", () => {
    expect(accepts({ pausedUntil: { reddit: 5 } })).toBe(true);
    expect(accepts({ pausedUntil: { facebook: 5 } })).toBe(false);
    expect(accepts({ version: 1 })).toBe(false);
  });
});
