import type { ElementHandle, Page } from "puppeteer-core";
import { call } from "../../e2e/harness/page.ts";

/** The overlay covering post `id`; throws when there is none. */
export async function overlayFor(page: Page, id: string): Promise<ElementHandle<HTMLElement>> {
  const element = (await page.evaluateHandle(call("overlayFor", id))).asElement();
  if (element === null) throw new Error(`no overlay covers post ${id}`);
  return element as ElementHandle<HTMLElement>;
}

/** The element matching selector in host's open shadow root; throws when there is none. */
export async function inShadow(host: ElementHandle<Element>, selector: string): Promise<ElementHandle<HTMLElement>> {
  const element = (await host.evaluateHandle((el, s) => el.shadowRoot?.querySelector<HTMLElement>(s) ?? null, selector)).asElement();
  if (element === null) throw new Error(`nothing matches ${selector} in the shadow root`);
  return element as ElementHandle<HTMLElement>;
}
