// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS } from "../../../src/settings/schema.ts";
import { SETTINGS_KEY } from "../../../src/settings/storage.ts";
import { byId, click, settle } from "../page-helpers.ts";
import { openOptions, useOptionsPage } from "./open.ts";

vi.mock("webextension-polyfill", () => ({ default: {} }));

useOptionsPage();

const friction = () => byId<HTMLInputElement>("opt-friction");
async function enter(value: string) {
  friction().value = value;
  friction().dispatchEvent(new Event("change", { bubbles: true }));
  await settle();
}
const error = () => byId(friction().getAttribute("aria-describedby")?.split(" ").find((id) => id.endsWith("-error")) ?? "").textContent;

describe("the share pause field", () => {
  it.each([
    ["45", "Use a number from 0 to 30 seconds."],
    ["-1", "Use a number from 0 to 30 seconds."],
    ["2.5", "Use whole seconds, without a decimal part, such as 3."],
    ["", "Write a number of seconds from 0 to 30."],
  ])("refuses %j, says why in the field's own error, and keeps what was typed", async (value, why) => {
    const { storage } = await openOptions({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, frictionSeconds: 5 } });
    await enter(value);
    expect(friction().value).toBe(value);
    expect(friction().getAttribute("aria-invalid")).toBe("true");
    expect(error()).toBe(`${why} Until then the pause stays at 5 seconds.`);
    expect((storage.data[SETTINGS_KEY] as typeof DEFAULT_SETTINGS).frictionSeconds).toBe(5);
  });

  it("keeps the refused value and its reason through a re-render, and clears both once the value is good", async () => {
    const { stored } = await openOptions();
    await enter("45");
    click("opt-reveal");
    await settle();
    expect(stored()?.allowReveal).toBe(false);
    expect(friction().value).toBe("45");
    expect(error()).toContain("from 0 to 30");

    await enter("30");
    expect(stored()?.frictionSeconds).toBe(30);
    expect(friction().hasAttribute("aria-invalid")).toBe(false);
    expect(error()).toBe("");
  });
});
