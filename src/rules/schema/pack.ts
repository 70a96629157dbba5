import { z } from "zod";
import { MODEL_RULE } from "../model/rule-id.ts";
import { DetectorSchema } from "../detectors/index.ts";
import { formatPath } from "./issues.ts";
import { PatternSchema, HostPatternSchema } from "./pattern.ts";

export const CATEGORIES = ["intimate-leak", "deepfake", "doxxing", "request", "scam-dm"] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

const RuleIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, "use lowercase letters and digits, with single '-' or '.' between them, such as leak-word")
  .refine((id) => id !== MODEL_RULE, { message: `"${MODEL_RULE}" names the learned check's reasons: choose another id`, params: { why: "reserved-rule-id", args: [MODEL_RULE] } });

/** A reference to another rule (by id, in any enabled pack), or a list of alternatives of which one must match. */
const RuleRefSchema = z.union([RuleIdSchema, z.array(RuleIdSchema).min(2)]);

const PatternsShape = {
  /** Words and phrases, matched on normalised text at word boundaries; `*` at either end allows a longer word. */
  terms: z.array(PatternSchema).optional(),
  /** Hashtags without '#', matched whole (or as a stem with a trailing `*`). */
  hashtags: z.array(PatternSchema).optional(),
  /** Link hosts (`t.me`, subdomains included) or host + path prefix (`drive.google.com/drive/folders`). */
  links: z.array(HostPatternSchema).optional(),
  /** Built-in structural signals by name (`phone-number`), for what no word list can express. */
  detectors: z.array(DetectorSchema).optional(),
};

const RuleBase = {
  id: RuleIdSchema,
  /** Shown to users: say what the signal is, plainly and without graphic words. */
  description: z.string().min(3).max(200),
  enabled: z.boolean().default(true),
};

const hasPatterns = (r: { terms?: unknown[]; hashtags?: unknown[]; links?: unknown[]; detectors?: unknown[] }) =>
  (r.terms?.length ?? 0) + (r.hashtags?.length ?? 0) + (r.links?.length ?? 0) + (r.detectors?.length ?? 0) > 0;
const NEEDS_PATTERNS = { message: "give at least one of terms, hashtags, links or detectors", params: { why: "needs-patterns" } };

/**
 * A signal adds its weight when any of its patterns matches. Without a category it is an amplifier: it
 * strengthens whatever category other rules already point to (a t.me link alone says nothing).
 */
export const SignalRuleSchema = z
  .object({
    ...RuleBase,
    kind: z.literal("signal"),
    category: CategorySchema.optional(),
    weight: z.number().min(0).max(1),
    ...PatternsShape,
  })
  .refine(hasPatterns, NEEDS_PATTERNS);

/** A combination matches when every listed rule matched (one of each inner list): several weak signals together. */
export const ComboRuleSchema = z.object({
  ...RuleBase,
  kind: z.literal("combo"),
  category: CategorySchema,
  weight: z.number().min(0).max(1),
  all: z.array(RuleRefSchema).min(2, "a combination needs at least two parts"),
});

/** An exception cancels (or lowers by `weight`) the score of the categories it covers, unless one of `unless` matched. */
export const ExceptionRuleSchema = z
  .object({
    ...RuleBase,
    kind: z.literal("exception"),
    effect: z.enum(["cancel", "lower"]),
    weight: z.number().min(0).max(1).default(1),
    appliesTo: z.array(CategorySchema).min(1).optional(),
    unless: z.array(RuleIdSchema).optional(),
    ...PatternsShape,
  })
  .refine(hasPatterns, NEEDS_PATTERNS);

/** `kind` may be left out for the common case, a signal. */
export const RuleSchema = z.preprocess(
  (raw) => (raw && typeof raw === "object" && !("kind" in raw) ? { ...raw, kind: "signal" } : raw),
  z.discriminatedUnion("kind", [SignalRuleSchema, ComboRuleSchema, ExceptionRuleSchema]),
);

export const RulePackSchema = z
  .object({
    id: RuleIdSchema,
    name: z.string().min(1),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "use semantic versioning, such as 1.0.0"),
    languages: z.array(z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, "use a BCP 47 tag such as en or pt-BR")).min(1),
    description: z.string().min(1),
    rules: z.array(RuleSchema).min(1),
  })
  .superRefine((pack, ctx) => {
    const firstUse = new Map<string, number>();
    pack.rules.forEach((rule, i) => {
      const first = firstUse.get(rule.id);
      if (first === undefined) firstUse.set(rule.id, i);
      else ctx.addIssue({ code: "custom", path: ["rules", i, "id"], message: `${formatPath(["rules", first])} already uses "${rule.id}"; give each rule its own id`, params: { why: "duplicate-rule-id", args: [formatPath(["rules", first]), rule.id] } });
    });
  });

export type SignalRule = z.infer<typeof SignalRuleSchema>;
export type ComboRule = z.infer<typeof ComboRuleSchema>;
export type ExceptionRule = z.infer<typeof ExceptionRuleSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type RulePack = z.infer<typeof RulePackSchema>;
export type RulePackInput = z.input<typeof RulePackSchema>;
