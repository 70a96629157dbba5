import type { Contender } from "./contender.ts";
import { naiveRegExp } from "./naive-regexp.ts";
import { obscenity } from "./obscenity.ts";
import { secondLook } from "./second-look.ts";

/** Ours first: ratios are taken against it. */
export const CONTENDERS: readonly Contender[] = [secondLook, naiveRegExp, obscenity];
export type { Contender, Detector } from "./contender.ts";
