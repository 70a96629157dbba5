/**
 * `second-look rules:check PACK.json` (or `npm run --silent rules:check -- …`): validates a rule pack for its
 * author. Prints one problem a line (`rules[3].terms[0]: expected string`) and exits 1 when there is any; prints a
 * one-line summary otherwise.
 */
import { defaultPacks } from "../../rules/packs/index.ts";
import { referenceProblems } from "../../rules/packs/references.ts";
import { wantsHelp } from "../help.ts";
import { readPack } from "../read-pack.ts";

export const RULES_CHECK_USAGE = `usage: second-look rules:check PACK.json [MORE.json …]
       (in the repository: npm run --silent rules:check -- PACK.json [MORE.json …])
  checks each rule pack: prints every problem on its own line with the path of the bad field and exits 1 when
  there is any, else one line per pack saying it is ok`;

export async function rulesCheck(argv: string[]): Promise<number> {
  if (wantsHelp(argv)) {
    process.stdout.write(`${RULES_CHECK_USAGE}\n`);
    return 0;
  }
  const files = argv;
  if (files.length === 0) {
    process.stderr.write(`${RULES_CHECK_USAGE}\n`);
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
