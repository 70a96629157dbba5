/**
 * `second-look COMMAND …`: the CLI as one file (dist-cli/second-look.mjs, built by scripts/build-cli.ts), which
 * starts without tsx. Each command prints and exits exactly as its npm script does.
 */
import { rulesCheck } from "./commands/rules-check.ts";
import { scan } from "./commands/scan.ts";
import { wantsHelp } from "./help.ts";

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = { scan, "rules:check": rulesCheck };

export const BIN_USAGE = `usage: second-look COMMAND [options]
  scan          judge posts, one JSON object a line, as the extension would (second-look scan --help)
  rules:check   check rule packs for their authors (second-look rules:check --help)`;

async function main([command, ...argv]: string[]): Promise<number> {
  const run = command === undefined ? undefined : COMMANDS[command];
  if (run) return run(argv);
  if (command !== undefined && wantsHelp([command])) {
    process.stdout.write(`${BIN_USAGE}\n`);
    return 0;
  }
  process.stderr.write(`${command === undefined ? "" : `unknown command "${command}"\n`}${BIN_USAGE}\n`);
  return 1;
}

process.exitCode = await main(process.argv.slice(2));
