import type { Plugin } from "vite";

const ZOD_EVAL_SITES = /[\\/]zod[\\/]v4[\\/]core[\\/](?:util|doc)\.js$/;
const EVAL = "const F = Function;";

/**
 * Extensions may not evaluate strings as code (MV3's CSP forbids it, and Mozilla's linter rejects any use of
 * the Function constructor). zod only uses it for an optional speed-up that it probes for and skips when
 * eval is unavailable, so the two places that reach for `Function` get a stand-in that makes the probe fail:
 * zod then validates without generating code, as it would under the CSP anyway.
 */
export function zodWithoutEval(): Plugin {
  return {
    name: "second-look:zod-without-eval",
    enforce: "pre",
    transform(code, id) {
      if (!ZOD_EVAL_SITES.test(id)) return null;
      if (!code.includes(EVAL)) this.error(`zod changed: "${EVAL}" not found in ${id}; update ${import.meta.filename}`);
      return { code: code.replaceAll(EVAL, "const F = undefined;"), map: null };
    },
  };
}
