import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXTENSION_ID } from "../../src/ui/extension-id.ts";
import { ROOT } from "./messages.ts";

/** Chromium's id for an unpacked extension with a key: sha256 of the key's DER bytes, 32 hex digits as a–p. */
const idOf = (base64Key: string) =>
  createHash("sha256")
    .update(Buffer.from(base64Key, "base64"))
    .digest("hex")
    .slice(0, 32)
    .replace(/[0-9a-f]/g, (d) => String.fromCharCode(97 + parseInt(d, 16)));

describe("extension id", () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as { key?: string };

  it("is derived from the manifest's public key", () => {
    expect(manifest.key).toMatch(/^MIIB[A-Za-z0-9+/]+=*$/);
    expect(EXTENSION_ID).toBe(idOf(manifest.key ?? ""));
  });

  it("is the id the README and the school guide give", () => {
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain(EXTENSION_ID);
    expect(readFileSync(join(ROOT, "docs/for-schools.md"), "utf8")).toContain(EXTENSION_ID);
  });
});
