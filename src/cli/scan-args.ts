import { parseArgs } from "node:util";
import { SensitivitySchema, type Sensitivity } from "../rules/engine.ts";

export interface ScanArgs {
  rules: string[];
  withDefaults: boolean;
  sensitivity: Sensitivity;
  summary: boolean;
  input: string;
}

export const SCAN_USAGE = `usage: npm run --silent scan -- [--rules PACK.json]… [--defaults] [--sensitivity low|balanced|high] [--summary] FILE.jsonl|-
  --rules PACK.json   scan with this pack instead of the built-in ones (repeat for several packs)
  --defaults          with --rules: use the built-in packs too
  --sensitivity       low, balanced (default) or high
  --summary           with "label" fields in the input: precision, recall, F1 and per-slice tables on stderr
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
    },
  });
  const sensitivity = SensitivitySchema.safeParse(values.sensitivity);
  if (!sensitivity.success) throw new Error(`--sensitivity must be low, balanced or high, not "${values.sensitivity}"`);
  if (positionals.length !== 1) throw new Error("give exactly one input file (or - for standard input)");
  return {
    rules: values.rules ?? [],
    withDefaults: values.defaults ?? false,
    sensitivity: sensitivity.data,
    summary: values.summary ?? false,
    input: positionals[0] as string,
  };
}
