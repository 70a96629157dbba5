import { z } from "zod";
import { DetectorSchema } from "../detectors/index.ts";
import type { ComboRule, ExceptionRule, SignalRule } from "../schema/pack.ts";
import { SensitivitySchema } from "../scoring/sensitivity.ts";
import type { EngineTables } from "./compile.ts";

/**
 * Engine tables read back from storage are checked for shape and consistency: the right typed arrays, of
 * lengths that agree, and rules where rules belong. The rules are not validated field by field again: they come
 * from packs this same build validated before compiling them (the cache key names the build), and re-parsing
 * eleven thousand terms is the very cost the cache exists to skip. What this catches is a truncated or foreign
 * entry, which then is compiled afresh.
 */
const Int32 = z.instanceof(Int32Array);
const Count = z.number().int().nonnegative();

const TrieSchema = z.object({
  unitInto: z.instanceof(Uint16Array),
  childStart: Int32,
  depth: Int32,
  parent: Int32,
  rootAscii: Int32,
  endState: Int32,
  size: Count,
});

const AutomatonSchema = z
  .object({
    trie: TrieSchema,
    fail: Int32,
    firstKeyword: Int32,
    nextKeyword: Int32,
    outputFrom: Int32,
    openEndFrom: Int32,
    asciiColumn: z.instanceof(Int8Array),
    width: Count,
    denseRows: Count,
    dense: Int32,
  })
  .refine(
    (a) =>
      [a.trie.unitInto, a.trie.depth, a.trie.parent, a.fail, a.firstKeyword, a.outputFrom, a.openEndFrom].every((arr) => arr.length === a.trie.size) &&
      a.dense.length === a.denseRows * a.width,
    "automaton arrays of inconsistent lengths",
  );

/** An array whose every item passes a plain predicate: thousands of items, so no zod object per item. */
const arrayOf = <T>(check: (item: unknown) => boolean) => z.custom<T[]>((v) => Array.isArray(v) && v.every(check));

const MatcherTablesSchema = z
  .object({
    automaton: AutomatonSchema,
    startBoundary: z.instanceof(Uint8Array),
    endBoundary: z.instanceof(Uint8Array),
    breaks: z.instanceof(Uint32Array),
    payloads: arrayOf<string>((v) => typeof v === "string"),
  })
  .refine(
    (t) => [t.startBoundary.length, t.endBoundary.length, t.breaks.length, t.automaton.trie.endState.length].every((n) => n === t.payloads.length),
    "keywords, boundaries and payloads differ in number",
  );

const isRule = (kind: string) => (v: unknown) =>
  typeof v === "object" && v !== null && (v as { kind?: unknown }).kind === kind && typeof (v as { id?: unknown }).id === "string";

export const EngineTablesSchema: z.ZodType<EngineTables> = z.object({
  sensitivity: SensitivitySchema,
  rules: z.object({
    signals: z.map(z.string(), arrayOf<SignalRule>(isRule("signal"))),
    combos: arrayOf<ComboRule>(isRule("combo")),
    exceptions: arrayOf<ExceptionRule>(isRule("exception")),
    firm: z.array(z.string()).optional(),
  }),
  terms: MatcherTablesSchema,
  hashtags: MatcherTablesSchema,
  links: z.array(z.tuple([z.string(), z.string()])),
  detectors: z.map(DetectorSchema, z.array(z.string())),
  overrulable: arrayOf<string>((v) => typeof v === "string"),
  skipped: z.array(z.object({ rule: z.string(), pattern: z.string(), problem: z.string() })),
});
