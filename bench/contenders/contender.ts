/**
 * What every contender offers the benchmark: compile a term list once, then say of each post whether any term
 * matched, doing all the work its real use does (our engine: a full verdict with reasons).
 */
export interface Detector {
  detect(text: string): boolean;
}

export interface Contender {
  id: string;
  label: string;
  compile(terms: readonly string[]): Detector;
}

/** Terms may carry `*` at either end ("the word may continue"); the peers get that as a missing boundary. */
export interface TermShape {
  body: string;
  boundaryStart: boolean;
  boundaryEnd: boolean;
}

export function termShape(term: string): TermShape {
  const lead = term.startsWith("*");
  const trail = term.length > 1 && term.endsWith("*");
  return { body: term.slice(lead ? 1 : 0, trail ? -1 : undefined), boundaryStart: !lead, boundaryEnd: !trail };
}
