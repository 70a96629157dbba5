import { afterEach, describe, expect, it } from "vitest";
import { formatNumber, setMessageLookup, t } from "../../../src/ui/kit/i18n.ts";
import { lookupFor } from "../messages.ts";

const withChrome = (value: unknown) => Object.assign(globalThis, { chrome: value });

afterEach(() => {
  setMessageLookup(null);
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe("t", () => {
  it("reads the injected catalogue, filling named placeholders from substitutions", () => {
    setMessageLookup(lookupFor("en"));
    expect(t("overlayTitle")).toBe("Unverified · possibly non-consensual");
    expect(t("frictionShareAnywayIn", ["3"])).toBe("Share anyway (3)");
    setMessageLookup(lookupFor("es"));
    expect(t("frictionShareAnywayIn", ["2"])).toBe("Compartir de todos modos (2)");
  });

  it("asks the platform's chrome.i18n lazily, on its own object, when nothing is injected", () => {
    const calls: unknown[][] = [];
    const i18n = {
      prefix: "from-platform:",
      getMessage(this: { prefix: string }, key: string, subs?: string[]) {
        calls.push([key, subs]);
        return this.prefix + key;
      },
    };
    withChrome({ i18n });
    expect(t("frictionShareAnywayIn", ["5"])).toBe("from-platform:frictionShareAnywayIn");
    expect(calls).toEqual([["frictionShareAnywayIn", ["5"]]]);
  });

  it("shows the key rather than a blank when no catalogue knows it", () => {
    withChrome({ i18n: { getMessage: () => "" } });
    expect(t("overlayWhy")).toBe("overlayWhy");
    delete (globalThis as { chrome?: unknown }).chrome;
    expect(t("overlayWhy")).toBe("overlayWhy");
  });
});

describe("formatNumber", () => {
  it("writes numbers as the UI language does", () => {
    setMessageLookup(lookupFor("de"));
    expect(formatNumber(0.98, { minimumFractionDigits: 2 })).toBe("0,98");
    expect(formatNumber(12345)).toBe("12.345");
    setMessageLookup(lookupFor("fr"));
    expect(formatNumber(12345.5)).toBe("12\u202f345,5");
    setMessageLookup(lookupFor("en"));
    expect(formatNumber(12345.5)).toBe("12,345.5");
  });

  it("writes Hindi in the Latin digits Indian interfaces use, grouped in lakhs, and Filipino as English does", () => {
    setMessageLookup(lookupFor("hi"));
    expect(formatNumber(1234567.5)).toBe("12,34,567.5");
    expect(formatNumber(0.98, { minimumFractionDigits: 2 })).toBe("0.98");
    setMessageLookup(lookupFor("fil"));
    expect(formatNumber(1234567.5)).toBe("1,234,567.5");
  });
});
