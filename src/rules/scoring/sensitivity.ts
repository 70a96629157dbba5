import { z } from "zod";

export const SensitivitySchema = z.enum(["low", "balanced", "high"]);
export type Sensitivity = z.infer<typeof SensitivitySchema>;

/** The score a post needs to be flagged: higher sensitivity flags on weaker evidence. */
export const THRESHOLDS: Readonly<Record<Sensitivity, number>> = { low: 0.75, balanced: 0.55, high: 0.4 };
