import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useExtension } from "./harness/session.ts";
import { extensionPage, type ExtensionPage } from "./harness/settings-pages.ts";

const session = useExtension();

/** Each violation as "rule (impact): selector — what to fix", so a failure reads without a debugger. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact ?? "?"}): ${node.target.join(" ")} — ${node.failureSummary ?? v.help}`));
}

const PAGES_TO_CHECK: { name: ExtensionPage; ready: string }[] = [
  { name: "options", ready: "#opt-backup" },
  { name: "popup", ready: "#flag-count" },
  { name: "learn", ready: "main section" },
];

describe.each(["light", "dark"] as const)("%s colour scheme", (colorScheme) => {
  it.each(PAGES_TO_CHECK)("the $name page has no axe violations", async ({ name, ready }) => {
    const page = await session.browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(extensionPage(session.browser.extensionId, name));
    await page.locator(ready).first().waitFor();
    // The pages follow the system scheme: make sure the scheme under test is the one they drew.
    expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(colorScheme === "dark");
    expect(await violations(page)).toEqual([]);
  });
});
