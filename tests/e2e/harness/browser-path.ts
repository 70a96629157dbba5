import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { FIREFOX_MIN_VERSION } from "../../../scripts/firefox-manifest.ts";

interface Wanted {
  name: string;
  /** Names a binary to use instead of looking. */
  variable: string;
  candidates: readonly string[];
  hint: string;
}

/** The binary the variable names when set, else the first candidate found. Throws with how to get one. */
function findBrowser({ name, variable, candidates, hint }: Wanted, env: NodeJS.ProcessEnv): string {
  const wanted = env[variable];
  if (wanted !== undefined && wanted !== "") {
    if (existsSync(wanted)) return wanted;
    throw new Error(`${variable}=${wanted} does not exist. ${hint}`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found === undefined) throw new Error(`No ${name} found (looked for ${candidates.join(", ")}). ${hint}`);
  return found;
}

const CHROMIUM: Wanted = {
  name: "Chromium",
  variable: "CHROMIUM_PATH",
  // Branded Google Chrome stopped loading unpacked extensions from the command line; Chromium still does.
  candidates: ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"],
  hint: "Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium binary.",
};

const FIREFOX: Wanted = {
  name: "Firefox",
  variable: "FIREFOX_PATH",
  candidates: ["/usr/bin/firefox-esr", "/usr/bin/firefox"],
  hint: "Install Firefox ESR (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH to a Firefox binary.",
};

/** The Chromium to drive: CHROMIUM_PATH when set, else the first system Chromium found. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return findBrowser(CHROMIUM, env);
}

/** The major version `firefox --version` reports ("Mozilla Firefox 153.7.0esr" → 153), or null when it says nothing usable. */
function majorVersion(versionOutput: string): number | null {
  const match = /Firefox (\d+)\./.exec(versionOutput);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/**
 * The Firefox to drive: FIREFOX_PATH when set, else the first system Firefox found; also refused when older than
 * the manifest's strict_min_version (it would refuse the add-on with a vaguer error).
 */
export function firefoxPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = findBrowser(FIREFOX, env);
  const reported = spawnSync(path, ["--version"], { encoding: "utf8" }).stdout ?? "";
  const major = majorVersion(reported);
  if (major === null || major < Number.parseInt(FIREFOX_MIN_VERSION, 10)) {
    throw new Error(`${path} reports "${reported.trim()}"; the add-on needs Firefox ${FIREFOX_MIN_VERSION} or newer. ${FIREFOX.hint}`);
  }
  return path;
}
