import { Units } from "../../../src/rules/normalise/units.ts";

/** Runs one contextual step on already-folded text, the way the pipeline would. */
export function applyStep(step: (units: Units) => void, text: string): Units {
  const units = new Units();
  units.reserve(text.length);
  for (let i = 0; i < text.length; i++) {
    units.codes[i] = text.charCodeAt(i);
    units.start[i] = i;
    units.end[i] = i + 1;
  }
  units.length = text.length;
  step(units);
  return units;
}
