import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * A digest of everything a compiled engine depends on in the code: the rules folder (engine, normaliser data,
 * built-in packs). The worker keys its kept engine on it, so any build that could compile differently starts
 * afresh, and identical sources give identical builds.
 */
export function rulesBuildId(root: string): string {
  const dir = join(root, "src/rules");
  const hash = createHash("sha256");
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(relative(dir, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}
