import { coldStartSection } from "../browser/cold-start.ts";
import { browserSection } from "../browser/section.ts";
import { engineSection } from "./engine.ts";
import type { Section } from "./section.ts";

/** Every section `npm run bench` runs, in order; `--only <id>` picks one. */
export const SECTIONS: readonly Section[] = [engineSection, browserSection, coldStartSection];
