import { parseArgs } from "node:util";
import { SensitivitySchema, type Sensitivity } from "../rules/engine.ts";

export interface ScanArgs {
  rules: string[];
  withDefaults: boolean;
  sensitivity: Sensitivity;
  summary: boolean;
  /** Judge by rules alone, without the learned layer. */
  rulesOnly: boolean;
  /** A model directory other than the built-in one (model.json and weights.bin). */
  model: string | undefined;
  /** Longest line read, in bytes; a longer one is reported as malformed. */
  maxLineBytes: number;
  input: string;
}

/** One post a line is a few kilobytes at most: a megabyte is room for any real one, and bounds a hostile file. */
export const MAX_LINE_BYTES = 1_048_576;

export const SCAN_USAGE = `usage: second-look scan [--rules PACK.json]… [--defaults] [--sensitivity low|balanced|high] [--rules-only | --model DIR] [--summary] [--max-line BYTES] FILE.jsonl|-
       (in the repository: npm run --silent scan -- [options] FILE.jsonl|-)
  --rules PACK.json   scan with this pack instead of the built-in ones (repeat for several packs)
  --defaults          with --rules: use the built-in packs too
  --sensitivity       low, balanced (default) or high
  --rules-only        judge by the rules alone, without the learned check
  --model DIR         use the model in DIR (model.json, weights.bin) instead of the built-in one
  --summary           with "label" fields in the input: precision, recall, F1 and per-slice tables on stderr
  --max-line BYTES    skip (and report) lines longer than this; default 1048576 (1 MiB)
  --help, -h          print this and exit
  FILE.jsonl          one post a line: {"id", "text", "hashtags"?, "links"?}; "-" reads standard input`;

/** Throws an Error whose message is fit for the user when the arguments are wrong. */
export function parseScanArgs(argv: string[]): ScanArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      rules: { type: "string", multiple: true },
      defaults: { type: "boolean", default: false },
      sensitivity: { type: "string", default: "balanced" },
      summary: { type: "boolean", default: false },
      "rules-only": { type: "boolean", default: false },
      model: { type: "string" },
      "max-line": { type: "string", default: String(MAX_LINE_BYTES) },
    },
  });
  const maxLine = values["max-line"] ?? String(MAX_LINE_BYTES);
  if (!/^[1-9]\d{0,9}$/.test(maxLine)) throw new Error(`--max-line must be a number of bytes, such as 1048576, not "${maxLine}"`);
  const sensitivity = SensitivitySchema.safeParse(values.sensitivity);
  if (!sensitivity.success) throw new Error(`--sensitivity must be low, balanced or high, not "${values.sensitivity}"`);
  if (values["rules-only"] && values.model !== undefined) throw new Error("--rules-only and --model exclude each other");
  if (positionals.length !== 1) throw new Error("give exactly one input file (or - for standard input)");
  return {
    rules: values.rules ?? [],
    withDefaults: values.defaults ?? false,
    sensitivity: sensitivity.data,
    summary: values.summary ?? false,
    rulesOnly: values["rules-only"] ?? false,
    model: values.model,
    maxLineBytes: Number(maxLine),
    input: positionals[0] as string,
  };
}
