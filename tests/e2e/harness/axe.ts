import AxeBuilder from "@axe-core/playwright";
import { expect } from "vitest";
import type { Page } from "playwright-core";

/**
 * axe-core's violations inside the selected elements (it walks open shadow roots), as readable lines. Asserts
 * that axe really checked them: text contrast included.
 */
export async function violations(tab: Page, ...selectors: string[]): Promise<string[]> {
  const axe = new AxeBuilder({ page: tab });
  for (const selector of selectors) axe.include(selector);
  const result = await axe.analyze();
  expect(result.passes.map((rule) => rule.id)).toContain("color-contrast");
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes[0]?.failureSummary ?? ""})`);
}
