import { describe, expect, it } from "vitest";
import { topSignals, watchVerdicts } from "../../scripts/demo.ts";
import { expectedFor, overlayOwners, waitForVerdicts } from "./harness/page.ts";
import { PAGES } from "./harness/pages.ts";
import { useExtension } from "./harness/session.ts";

const session = useExtension();

describe("npm start's summary", () => {
  it("names the category and the signals of each flagged post from its verdict, without opening any why panel", async () => {
    const judged = await watchVerdicts(session.browser);
    const page = await session.open(PAGES.xTimeline.url);
    const { bait } = await expectedFor(page, PAGES.xTimeline.section);
    await waitForVerdicts(page, Object.keys(bait));
    const verdicts = await judged.read();

    const flagged = await overlayOwners(page);
    expect(flagged.length).toBeGreaterThan(0);
    for (const id of flagged) {
      const verdict = verdicts.get(`x:${id}`);
      expect(verdict?.verdict, id).toBe("flag");
      expect(verdict?.category, id).not.toBeNull();
      // "rule “the post's words”", strongest first, as the scan CLI names them.
      expect(topSignals(verdict), id).toMatch(/^[a-z-]+ “[^”]+”(; [a-z-]+ “[^”]*”)?$/);
    }
    // The posts left alone got their verdicts too.
    for (const [id, isBait] of Object.entries(bait)) if (!isBait) expect(verdicts.get(`x:${id}`)?.verdict, id).toBe("ok");
  });
});
