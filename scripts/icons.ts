// `npm run icons`: renders the SVG sources in icons/ to the PNGs the manifest and the toolbar states use, with the
// same system Chromium the demo and the browser tests drive (no image library to install).
//   icons/<state>.svg  →  icons/<state>-16.png, -32.png, -48.png, -128.png
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { ICON_SIZES, TOOLBAR_STATES } from "../src/background/badge/icon.ts";
import { chromiumPath } from "../tests/e2e/harness/browser-path.ts";

const ICONS = join(import.meta.dirname, "..", "icons");

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage();
  for (const state of TOOLBAR_STATES) {
    const svg = readFileSync(join(ICONS, `${state}.svg`), "utf8");
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      // The SVG scaled by the browser, not a bitmap scaled down: each size is drawn sharp from the vector source.
      await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
      const path = join(ICONS, `${state}-${size}.png`);
      await page.screenshot({ path, omitBackground: true });
      console.log(path);
    }
  }
} finally {
  await browser.close();
}
