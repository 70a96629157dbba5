import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { FIREFOX_MIN_VERSION } from "../../../scripts/firefox-manifest.ts";

const CANDIDATES = ["/usr/bin/firefox-esr", "/usr/bin/firefox"];

export const INSTALL_HINT =
  "Install Firefox ESR (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH to a Firefox binary.";

/** The major version `firefox --version` reports ("Mozilla Firefox 153.7.0esr" → 153), or null when it says nothing usable. */
export function majorVersion(versionOutput: string): number | null {
  const match = /Firefox (\d+)\./.exec(versionOutput);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/**
 * The Firefox to drive: FIREFOX_PATH when set, else the first system Firefox found. Throws with how to get one,
 * also when it is older than the manifest's strict_min_version (it would refuse the add-on with a vaguer error).
 */
export function firefoxPath(env: NodeJS.ProcessEnv = process.env): string {
  const wanted = env.FIREFOX_PATH;
  const path = wanted !== undefined && wanted !== "" ? wanted : CANDIDATES.find((p) => existsSync(p));
  if (path === undefined) throw new Error(`No Firefox found (looked for ${CANDIDATES.join(", ")}). ${INSTALL_HINT}`);
  if (!existsSync(path)) throw new Error(`FIREFOX_PATH=${path} does not exist. ${INSTALL_HINT}`);
  const reported = spawnSync(path, ["--version"], { encoding: "utf8" }).stdout ?? "";
  const major = majorVersion(reported);
  if (major === null || major < Number.parseInt(FIREFOX_MIN_VERSION, 10)) {
    throw new Error(`${path} reports "${reported.trim()}"; the add-on needs Firefox ${FIREFOX_MIN_VERSION} or newer. ${INSTALL_HINT}`);
  }
  return path;
}
