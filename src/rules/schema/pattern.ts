import { z } from "zod";
import { patternProblem } from "../matcher/usable.ts";

/**
 * Pattern syntax, deliberately not regex so every pattern runs in linear time: literal words and phrases,
 * with an optional `*` at the start or end meaning "the word may continue" (leak* → leaked, leaks).
 */
export const PatternSchema = z
  .string()
  .trim()
  .min(1, "pattern must not be empty")
  .max(100, "pattern is longer than 100 characters")
  .refine((p) => !/^\*+$/.test(p), { message: "a pattern needs at least one letter besides '*'", params: { why: "pattern-only-star" } })
  .refine((p) => !p.slice(1, -1).includes("*"), { message: "'*' is allowed only at the start or the end of a pattern", params: { why: "pattern-inner-star" } })
  .superRefine((p, ctx) => {
    // What the two checks above miss ("--", "...", a lone zero-width space, a full-width '＊'), the matcher sees.
    if (/^\*+$/.test(p) || p.slice(1, -1).includes("*")) return;
    const problem = patternProblem(p);
    if (problem !== null) ctx.addIssue({ code: "custom", message: `${problem}; write a word, such as leak`, params: { why: "pattern-unusable" } });
  });

/** `*` stands for any link at all (a scam line plus any link is enough). */
export const HostPatternSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?:\*|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?:\/[^\s]*)?)$/,
    "use a host such as t.me, optionally with a path prefix such as drive.google.com/drive/folders, or * for any link",
  );
