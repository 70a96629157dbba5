/**
 * `second-look scan [options] FILE.jsonl` (or `npm run --silent scan -- …`): scans posts with the rule engine, one
 * JSON verdict a line on standard output. Malformed lines are reported on standard error with their line number;
 * the others are still scanned and the exit code is then 2.
 */
import { createReadStream } from "node:fs";
import { z } from "zod";
import { compileEngine } from "../../rules/engine.ts";
import { defaultPacks } from "../../rules/packs/index.ts";
import type { RulePack } from "../../rules/schema/pack.ts";
import { formatIssues } from "../../rules/schema/issues.ts";
import { escapeControl } from "../escape.ts";
import { wantsHelp } from "../help.ts";
import { readLines } from "../lines.ts";
import { readModel } from "../model-file.ts";
import { readPack } from "../read-pack.ts";
import { SCAN_USAGE, parseScanArgs, type ScanArgs } from "../scan-args.ts";
import { summarise, type Outcome } from "../summary.ts";

const LineSchema = z.object({
  id: z.union([z.string().min(1), z.number()], { error: "use a non-empty string or a number, such as post-1" }),
  text: z.string({ error: "use a string: the post's text" }),
  hashtags: z.array(z.string()).optional(),
  links: z.array(z.string()).optional(),
  label: z.enum(["flag", "ok"]).optional(),
  lang: z.string().optional(),
  category: z.string().optional(),
  obfuscation: z.string().optional(),
});

/** Every message goes through here: it may quote the input, which must not drive the terminal. */
const warn = (message: string) => process.stderr.write(`${escapeControl(message)}\n`);

async function loadPacks(args: ScanArgs): Promise<RulePack[] | null> {
  if (args.rules.length === 0) return defaultPacks();
  const packs = args.withDefaults ? [...defaultPacks()] : [];
  for (const file of args.rules) {
    const result = await readPack(file);
    if (!result.ok) {
      for (const p of result.problems) warn(`${file}: ${p}`);
      return null;
    }
    packs.push(result.pack);
  }
  return packs;
}

export async function scan(argv: string[]): Promise<number> {
  if (wantsHelp(argv)) {
    process.stdout.write(`${SCAN_USAGE}\n`);
    return 0;
  }
  let args: ScanArgs;
  try {
    args = parseScanArgs(argv);
  } catch (error) {
    warn((error as Error).message);
    process.stderr.write(`${SCAN_USAGE}\n`);
    return 1;
  }
  const packs = await loadPacks(args);
  if (!packs) return 1;
  // The learned layer belongs to the built-in detection: a pack author's own packs are judged as they are.
  let model = null;
  if (!args.rulesOnly && (args.rules.length === 0 || args.withDefaults)) {
    const loaded = await readModel(args.model);
    if (loaded.model) model = loaded.model;
    else warn(`the learned check is unavailable: ${loaded.error}. Judging by the rules alone.`);
  }
  const engine = compileEngine(packs, { sensitivity: args.sensitivity, model });
  for (const { rule, pattern, problem } of engine.tables.skipped) warn(`rule ${rule}: pattern ${JSON.stringify(pattern)} left out: ${problem}`);

  // A reader that has seen enough (`scan … | head -1`) closes the pipe: stop there, without a stack trace.
  let readerGone = false;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    readerGone = true;
  });
  const input = args.input === "-" ? process.stdin : createReadStream(args.input);
  const outcomes: Outcome[] = [];
  let malformed = 0;
  try {
    for await (const read of readLines(input, args.maxLineBytes)) {
      if (readerGone) break;
      const lineNumber = read.number;
      if ("tooLong" in read) {
        malformed++;
        warn(`line ${lineNumber}: longer than ${args.maxLineBytes} bytes (--max-line), not read`);
        continue;
      }
      const line = read.text;
      if (line.trim() === "") continue;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (error) {
        malformed++;
        warn(`line ${lineNumber}: not valid JSON (${(error as Error).message})`);
        continue;
      }
      const parsed = LineSchema.safeParse(raw);
      if (!parsed.success) {
        malformed++;
        warn(`line ${lineNumber}: ${formatIssues(parsed.error).join("; ")}`);
        continue;
      }
      const post = parsed.data;
      const v = engine.evaluate({ text: post.text, hashtags: post.hashtags ?? [], links: post.links ?? [] });
      // Exceptions that lowered or cancelled the score are listed too, after the signals: authors need both.
      const reasons = v.reasons.map(({ rule, match }) => ({ rule, match }));
      process.stdout.write(`${JSON.stringify({ id: post.id, verdict: v.verdict, score: v.score, category: v.category, reasons })}\n`);
      if (post.label) {
        outcomes.push({ label: post.label, verdict: v.verdict, slices: { lang: post.lang, obfuscation: post.obfuscation, category: post.category } });
      }
    }
  } catch (error) {
    warn(`cannot read ${args.input}: ${(error as Error).message}`);
    return 1;
  }
  if (args.summary) {
    process.stderr.write(outcomes.length > 0 ? summarise(outcomes) : "no labelled posts: nothing to summarise\n");
  }
  return malformed > 0 ? 2 : 0;
}
