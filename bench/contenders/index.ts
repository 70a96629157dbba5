import type { Contender } from "./contender.ts";
import { naiveRegExp } from "./naive-regexp.ts";
import { obscenity } from "./obscenity.ts";
import { secondLook, secondLookRulesOnly } from "./second-look.ts";

/** Ours first: ratios are taken against it. */
export const CONTENDERS: readonly Contender[] = [secondLook, secondLookRulesOnly, naiveRegExp, obscenity];
export type { Contender, Detector } from "./contender.ts";
