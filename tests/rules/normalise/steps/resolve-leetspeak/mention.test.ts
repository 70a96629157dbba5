import { describe, expect, it } from "vitest";
import { resolveLeetspeak } from "../../../../../src/rules/normalise/steps/resolve-leetspeak/index.ts";
import { applyStep } from "../../apply-step.ts";

const resolve = (text: string): string => applyStep(resolveLeetspeak, text).text();

describe("resolveLeetspeak and a leading @", () => {
  it.each([
    ["@l@m@t", "alamat"],
    ["@lam@t", "alamat"],
    ["@l$k", "alsk"],
  ])("reads %s as %s: the rest could be no handle", (input, expected) => {
    expect(resolve(input)).toBe(expected);
  });

  it.each(["@l3ak", "@user_123", "@mia_leaks", "@n00dz"])("keeps %s a mention", (input) => {
    expect(resolve(input).startsWith("@")).toBe(true);
  });
});
