import { readFile } from "node:fs/promises";
import { RulePackSchema, type RulePack } from "../rules/schema/pack.ts";
import { formatIssues } from "../rules/schema/issues.ts";

export type PackResult = { ok: true; pack: RulePack } | { ok: false; problems: string[] };

/** Reads and validates a rule-pack file; every problem names the field that is wrong. */
export async function readPack(file: string): Promise<PackResult> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : `cannot read (${(error as Error).message})`;
    return { ok: false, problems: [`${file}: ${reason}`] };
  }
  const parsed = RulePackSchema.safeParse(raw);
  return parsed.success ? { ok: true, pack: parsed.data } : { ok: false, problems: formatIssues(parsed.error) };
}
