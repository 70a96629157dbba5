import { existsSync } from "node:fs";

/** Branded Google Chrome stopped loading unpacked extensions from the command line; Chromium still does. */
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];

export const INSTALL_HINT =
  "Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium binary.";

/** The Chromium to drive: CHROMIUM_PATH when set, else the first system Chromium found. Throws with how to get one. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const wanted = env.CHROMIUM_PATH;
  if (wanted !== undefined && wanted !== "") {
    if (existsSync(wanted)) return wanted;
    throw new Error(`CHROMIUM_PATH=${wanted} does not exist. ${INSTALL_HINT}`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found === undefined) throw new Error(`No Chromium found (looked for ${CANDIDATES.join(", ")}). ${INSTALL_HINT}`);
  return found;
}
