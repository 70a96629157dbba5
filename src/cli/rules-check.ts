/** `npm run --silent rules:check -- …`: the command of src/cli/commands/rules-check.ts, run by tsx from the sources. */
import { rulesCheck } from "./commands/rules-check.ts";

process.exitCode = await rulesCheck(process.argv.slice(2));
