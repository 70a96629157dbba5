import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ICON_SIZES, TOOLBAR_STATES, iconPaths, toolbarState } from "../../../src/background/badge/icon.ts";
import manifest from "../../../manifest.json" with { type: "json" };

const ROOT = join(import.meta.dirname, "..", "..", "..");

/** Width and height from a PNG's IHDR chunk, which the format puts first, right after the 8-byte signature. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(join(ROOT, path));
  expect(bytes.subarray(0, 8).toString("hex"), `${path} is not a PNG`).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const declared = (icons: Record<string, string>) => Object.entries(icons).map(([size, path]) => ({ size: Number(size), path }));

describe("icons", () => {
  it("the manifest declares an icon and a toolbar icon at 16, 32, 48 and 128 px, each a PNG of its size", () => {
    for (const icons of [manifest.icons, manifest.action.default_icon]) {
      expect(Object.keys(icons).map(Number)).toEqual([...ICON_SIZES]);
      for (const { size, path } of declared(icons)) expect(pngSize(path)).toEqual({ width: size, height: size });
    }
  });

  it("the toolbar starts in the active state, the same set the worker sets back", () => {
    expect(manifest.action.default_icon).toEqual(iconPaths("active"));
  });

  it("every toolbar state has its SVG source and a PNG of each size, and no two states share a picture", () => {
    const pictures = new Set<string>();
    for (const state of TOOLBAR_STATES) {
      expect(existsSync(join(ROOT, "icons", `${state}.svg`))).toBe(true);
      for (const { size, path } of declared(iconPaths(state))) {
        expect(pngSize(path)).toEqual({ width: size, height: size });
        pictures.add(readFileSync(join(ROOT, path)).toString("base64"));
      }
    }
    expect(pictures.size).toBe(TOOLBAR_STATES.length * ICON_SIZES.length);
  });

  it("trouble shows as unavailable even on a paused site", () => {
    expect(toolbarState({ trouble: false, paused: false })).toBe("active");
    expect(toolbarState({ trouble: false, paused: true })).toBe("paused");
    expect(toolbarState({ trouble: true, paused: true })).toBe("unavailable");
  });
});
