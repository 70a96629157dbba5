/**
 * `npm run --silent rules:check -- PACK.json`: validates a rule pack for its author. Prints one problem a line
 * (`rules[3].terms[0]: expected string`) and exits 1 when there is any; prints a one-line summary otherwise.
 */
import { defaultPacks } from "../rules/packs/index.ts";
import { referenceProblems } from "../rules/packs/references.ts";
import { readPack } from "./read-pack.ts";

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write("usage: npm run --silent rules:check -- PACK.json [MORE.json …]\n");
    return 1;
  }
  const builtIn = new Set(defaultPacks().flatMap((p) => p.rules.map((r) => r.id)));
  let failed = false;
  for (const file of files) {
    const result = await readPack(file);
    const problems = result.ok ? referenceProblems(result.pack, builtIn) : result.problems;
    if (problems.length > 0) {
      failed = true;
      for (const p of problems) process.stdout.write(`${files.length > 1 ? `${file}: ` : ""}${p}\n`);
    } else if (result.ok) {
      process.stdout.write(`${file}: ok, pack "${result.pack.id}" ${result.pack.version} with ${result.pack.rules.length} rules\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
