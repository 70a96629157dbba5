import { z } from "zod";
import type { Engine } from "../../rules/engine.ts";
import type { Verdict } from "../../rules/schema/verdict.ts";
import { t, type MessageKey } from "../kit/i18n.ts";
import { LESSON_POSTS, type LessonPost } from "./posts.ts";

export const CHOICES = ["share", "dont-share", "report"] as const;
export const ChoiceSchema = z.enum(CHOICES);
export type Choice = z.infer<typeof ChoiceSchema>;

export const CHOICE_KEY: Record<Choice, MessageKey> = { share: "lessonShare", "dont-share": "lessonDontShare", report: "lessonReport" };

/** An example as the student meets it: the post, its text in the reader's language, and the engine's verdict on it. */
export interface Example {
  post: LessonPost;
  text: string;
  verdict: Verdict;
}

/**
 * Judges every example with the engine the extension would use, in the reader's language. X shows the display
 * name above the post and reply bots put bait there, so the engine reads it as the site adapter passes it.
 */
export function judgeExamples(engine: Engine, posts: readonly LessonPost[] = LESSON_POSTS): Example[] {
  return posts.map((post) => {
    const text = t(post.text);
    return { post, text, verdict: engine.evaluate({ text, name: post.site === "x" ? post.name : null }) };
  });
}

/**
 * Where the student is: one choice per post answered so far, and the post on screen (`step`); a post whose choice
 * is made shows its explanation until the student moves on, and `step` equal to the number of posts is the summary.
 */
export function progressSchema(total: number) {
  return z
    .object({ choices: z.array(ChoiceSchema).max(total), step: z.number().int().min(0).max(total) })
    .refine(({ choices, step }) => choices.length === step || choices.length === step + 1, "each post before the one shown has one choice");
}
export type Progress = z.infer<ReturnType<typeof progressSchema>>;

export const START: Progress = { choices: [], step: 0 };

/** Kept in the tab's sessionStorage only: gone when the tab closes, never synced, never sent. */
export const PROGRESS_KEY = "second-look-lesson";

/** The saved progress, or the start when there is none or it does not fit this lesson (say, it changed length). */
export function readProgress(storage: Pick<Storage, "getItem">, total: number): Progress {
  const raw = storage.getItem(PROGRESS_KEY);
  if (raw === null) return START;
  try {
    const parsed = progressSchema(total).safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : START;
  } catch {
    return START;
  }
}

export function saveProgress(storage: Pick<Storage, "setItem">, progress: Progress): void {
  storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
}

/** The choice for the post on screen; a second choice for the same post is ignored, as its explanation is out. */
export function choose(progress: Progress, choice: Choice): Progress {
  return progress.choices.length > progress.step ? progress : { ...progress, choices: [...progress.choices, choice] };
}

export function next(progress: Progress): Progress {
  return progress.choices.length > progress.step ? { ...progress, step: progress.step + 1 } : progress;
}

/** The summary's counts: posts the extension would cover, and how many of those the student would have shared. */
export function tally(examples: readonly Example[], choices: readonly Choice[]): { covered: number; total: number; sharedCovered: number } {
  const covered = examples.filter((example) => example.verdict.verdict === "flag");
  return {
    covered: covered.length,
    total: examples.length,
    sharedCovered: covered.filter((example) => choices[examples.indexOf(example)] === "share").length,
  };
}
