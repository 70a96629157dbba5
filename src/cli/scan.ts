/** `npm run --silent scan -- …`: the scan command of src/cli/commands/scan.ts, run by tsx from the sources. */
import { scan } from "./commands/scan.ts";

process.exitCode = await scan(process.argv.slice(2));
