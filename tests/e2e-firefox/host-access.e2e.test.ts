import { expect, it } from "vitest";
import { FEEDS } from "../e2e/harness/pages.ts";
import { expectedFor, readVerdicts } from "../e2e/harness/page.ts";
import { useFirefox } from "./harness/session.ts";

/**
 * Firefox treats an MV3 add-on's content-script hosts as optional permissions. A fresh install is granted them
 * only because extensions.originControls.grantByDefault is on (Firefox's default since 127); the other specs
 * run with that default. With it off, as for a reader who switched the add-on's site access off, the sites must
 * stay unscanned: why the README tells Firefox users to keep each site's access on.
 */
const session = useFirefox({ "extensions.originControls.grantByDefault": false });

/** Well past the time a granted install takes to mark every post of these pages (about a second, see verdicts). */
const GRACE_MS = 4_000;

it("leaves X, new Reddit and old Reddit unscanned when Firefox has not granted the add-on access to them", async () => {
  const tabs = await Promise.all(FEEDS.map((page) => session.open(page.url)));
  for (const [i, tab] of tabs.entries()) {
    expect(Object.keys((await expectedFor(tab, FEEDS[i]?.section ?? "")).bait).length, "the fixture rendered its posts").toBeGreaterThan(0);
  }
  await new Promise((resolve) => setTimeout(resolve, GRACE_MS));
  for (const tab of tabs) expect(await readVerdicts(tab), tab.url()).toEqual({});
});
