import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { formatIssues, formatPath } from "../../../src/rules/schema/issues.ts";
import { RulePackSchema, type RulePackInput } from "../../../src/rules/schema/pack.ts";
import { HostPatternSchema, PatternSchema } from "../../../src/rules/schema/pattern.ts";
import { PostTextSchema } from "../../../src/rules/schema/post.ts";
import { PolicySchema } from "../../../src/settings/policy.ts";
import { SettingsSchema } from "../../../src/settings/schema.ts";

const pack = (over: Record<string, unknown> = {}): RulePackInput =>
  ({ id: "p", name: "P", version: "1.0.0", languages: ["en"], description: "d", rules: [{ id: "a", description: "abc", weight: 0.5, terms: ["x"] }], ...over }) as RulePackInput;

/** Broken inputs that between them raise every message the schemas write themselves. */
const BROKEN: { schema: z.ZodType; raw: unknown }[] = [
  { schema: RulePackSchema, raw: null },
  { schema: RulePackSchema, raw: pack({ id: "Bad Id", version: "1", languages: ["english"], name: "", rules: [] }) },
  {
    schema: RulePackSchema,
    raw: pack({
      rules: [
        { id: "Bad Id", description: "x", weight: 2, terms: ["", "*", "a*b", "y".repeat(101)], links: ["not a host"], detectors: ["nope"] },
        { id: "no-patterns", description: "abc", weight: 0.5 },
        { id: "c", kind: "combo", description: "abc", category: "request", weight: 0.5, all: ["Bad"] },
        { id: "d", kind: "combo", description: "abc", category: "request", weight: 0.5, all: ["x", ["Bad", "y"], ["z"]] },
        { id: "e", kind: "exception", effect: "cancel", description: "abc", unless: ["B B"], appliesTo: [], hashtags: ["ok"] },
      ],
    }),
  },
  { schema: RulePackSchema, raw: pack({ rules: [{ id: "a", description: "abc", weight: 0.5, terms: ["x"] }, { id: "b", description: "abc", weight: 0.5, terms: ["y"] }, { id: "a", description: "abc", weight: 0.5, terms: ["z"] }] }) },
  {
    schema: SettingsSchema,
    raw: {
      frictionSeconds: 99,
      custom: { terms: ["a*b"], links: ["bad host"] },
      allow: { accounts: ["a b"], communities: ["x"], domains: ["nope"] },
      userPacks: [pack({ version: "v2" })],
    },
  },
  { schema: PostTextSchema, raw: { id: "", text: "t" } },
  { schema: PolicySchema, raw: { ExtraLinks: ["bad host"], ExtraTerms: ["*"], Locked: ["nope"] } },
  // Entries checked alone (the options page's list fields) have no path at all.
  { schema: PatternSchema, raw: "a*b" },
  { schema: HostPatternSchema, raw: "no host" },
];

/** Each issue as the user reads it, with the path and the message apart. */
const issues = BROKEN.flatMap(({ schema, raw }) => {
  const parsed = schema.safeParse(raw);
  if (parsed.success) throw new Error(`expected ${JSON.stringify(raw)} to fail`);
  const lines = formatIssues(parsed.error);
  return parsed.error.issues.map((issue, i) => {
    const line = lines[i] ?? "";
    const prefix = `${formatPath(issue.path)}: `;
    return { path: issue.path, line, afterColon: line.startsWith(prefix) ? line.slice(prefix.length) : line };
  });
});

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const singular = (word: string) => word.replace(/ies$/, "y").replace(/s$/, "");

/**
 * Whether the words right after the colon name the field the path already ends with ("version: version: …",
 * "id: rule id: …", "languages[0]: language: …"). Indices are skipped: `links[2]` is about a link.
 */
function repeatsPath(path: readonly PropertyKey[], afterColon: string): boolean {
  const field = [...path].reverse().find((key): key is string => typeof key === "string");
  if (field === undefined) return false;
  const names = new Set([field, field.split(/(?=[A-Z])/).at(-1) ?? field].map((n) => singular(n.toLowerCase())));
  return words(afterColon).slice(0, 3).some((word) => names.has(singular(word)));
}

describe("formatPath", () => {
  it("writes keys with dots and indices in brackets", () => {
    expect(formatPath(["rules", 3, "terms", 0])).toBe("rules[3].terms[0]");
    expect(formatPath([2, "id"])).toBe("[2].id");
  });
  it("names an empty path", () => {
    expect(formatPath([])).toBe("(root)");
  });
});

describe("issue messages", () => {
  it("recognises a message that repeats its field", () => {
    expect(repeatsPath(["version"], "version: use semantic versioning, e.g. 1.0.0")).toBe(true);
    expect(repeatsPath(["rules", 0, "id"], "rule id: lowercase letters, digits, '-' and '.' only")).toBe(true);
    expect(repeatsPath(["languages", 0], "language: a BCP 47 tag such as en or pt-BR")).toBe(true);
    expect(repeatsPath(["allow", "communities", 0], "a community: …")).toBe(true);
    expect(repeatsPath(["ExtraLinks", 0], "link: a host such as t.me")).toBe(true);
    expect(repeatsPath([], "anything at all")).toBe(false);
  });

  it("covers the fields whose messages the schemas write themselves", () => {
    const paths = issues.map((i) => formatPath(i.path));
    expect(paths).toEqual(
      expect.arrayContaining([
        "(root)",
        "id",
        "version",
        "languages[0]",
        "rules[0].id",
        "rules[0].terms[0]",
        "rules[0].links[0]",
        "rules[1]",
        "rules[2].all[0]",
        "rules[4].unless[0]",
        "rules[2].id",
        "custom.links[0]",
        "allow.accounts[0]",
        "allow.communities[0]",
        "allow.domains[0]",
        "userPacks[0].version",
        "ExtraLinks[0]",
      ]),
    );
  });

  it.each(issues)("$line: does not repeat its field after the colon", ({ path, afterColon }) => {
    expect(afterColon.trim()).not.toBe("");
    expect(repeatsPath(path, afterColon)).toBe(false);
  });

  it("reads as one plain sentence after the path", () => {
    const parsed = RulePackSchema.safeParse(pack({ id: "Bad Id", version: "1", languages: ["english"] }));
    expect(parsed.success ? [] : formatIssues(parsed.error)).toEqual([
      "id: use lowercase letters and digits, with single '-' or '.' between them, such as leak-word",
      "version: use semantic versioning, such as 1.0.0",
      "languages[0]: use a BCP 47 tag such as en or pt-BR",
    ]);
    const post = PostTextSchema.safeParse({ id: "", text: "t" });
    expect(post.success ? [] : formatIssues(post.error)).toEqual(["id: use a non-empty string, such as post-1"]);
  });

  it("keeps the learned check's rule id for it", () => {
    const parsed = RulePackSchema.safeParse(pack({ rules: [{ id: "model", description: "mine", weight: 0.5, terms: ["zork"] }] }));
    expect(parsed.success ? [] : formatIssues(parsed.error)).toEqual(['rules[0].id: "model" names the learned check\'s reasons: choose another id']);
  });

  it("names the first use of a duplicate rule id", () => {
    const parsed = RulePackSchema.safeParse(BROKEN[3]?.raw);
    expect(parsed.success ? [] : formatIssues(parsed.error)).toEqual(['rules[2].id: rules[0] already uses "a"; give each rule its own id']);
  });

  it("reads well with no path, as the options page shows an entry's problem", () => {
    const bare = issues.filter((i) => i.path.length === 0).map((i) => i.line);
    expect(bare).toEqual([
      "(root): Invalid input: expected object, received null",
      "(root): '*' is allowed only at the start or the end of a pattern",
      "(root): use a host such as t.me, optionally with a path prefix such as drive.google.com/drive/folders, or * for any link",
    ]);
  });
});
