import { Units } from "../../../src/rules/normalise/units.ts";

/** Runs one contextual step on already-folded text, the way the pipeline would. */
export function applyStep(step: (units: Units) => void, text: string): Units {
  const units = new Units();
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i), i, i + 1);
  step(units);
  return units;
}
