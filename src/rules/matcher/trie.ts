/**
 * The keyword trie in typed arrays, states numbered breadth-first so a state's children are consecutive
 * states, sorted by code unit. A state then costs 6 bytes (its unit and where its children start), and
 * following an edge is a short scan or binary search, or one table read at the root for ASCII.
 */
export interface Trie {
  /** Code unit on the edge into each state (unused for the root, state 0). */
  readonly unitInto: Uint16Array;
  /** First child of each state; the children of s are the states childStart[s] .. childStart[s + 1] - 1. */
  readonly childStart: Int32Array;
  readonly depth: Int32Array;
  readonly parent: Int32Array;
  /** Root's child for each ASCII unit, or -1: most steps fail back to the root, so it gets a direct table. */
  readonly rootAscii: Int32Array;
  /** The state each keyword ends at, indexed like the input. */
  readonly endState: Int32Array;
  readonly size: number;
}

const LINEAR_SCAN_MAX = 8;

export function buildTrie(words: readonly string[]): Trie {
  // Inserting in sorted order needs no lookups (a word shares exactly its common prefix with the previous
  // one) and creates each state's children in unit order, in depth-first order of states.
  const order = words.map((_, k) => k).sort((a, b) => compareUnits(words[a] ?? "", words[b] ?? "") || a - b);
  const maxStates = 1 + words.reduce((sum, w) => sum + w.length, 0);
  const dfsUnit = new Uint16Array(maxStates);
  const dfsDepth = new Int32Array(maxStates);
  const dfsParent = new Int32Array(maxStates);
  const dfsEnd = new Int32Array(words.length);
  const path = new Int32Array(1 + words.reduce((max, w) => Math.max(max, w.length), 0));
  let states = 1;
  let previous = "";
  for (const k of order) {
    const word = words[k] ?? "";
    let shared = 0;
    while (shared < word.length && shared < previous.length && word.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    for (let i = shared; i < word.length; i++) {
      dfsUnit[states] = word.charCodeAt(i);
      dfsDepth[states] = i + 1;
      dfsParent[states] = path[i] ?? 0;
      path[i + 1] = states++;
    }
    dfsEnd[k] = path[word.length] ?? 0;
    previous = word;
  }

  // Among states of equal depth, depth-first order is already lexicographic, which is breadth-first order;
  // so a stable counting sort by depth renumbers the trie breadth-first.
  const maxDepth = path.length - 1;
  const atDepth = new Int32Array(maxDepth + 2);
  for (let s = 0; s < states; s++) {
    const d = (dfsDepth[s] ?? 0) + 1;
    atDepth[d] = (atDepth[d] ?? 0) + 1;
  }
  for (let d = 1; d < atDepth.length; d++) atDepth[d] = (atDepth[d] ?? 0) + (atDepth[d - 1] ?? 0);
  const bfsOf = new Int32Array(states);
  for (let s = 0; s < states; s++) {
    const d = dfsDepth[s] ?? 0;
    bfsOf[s] = atDepth[d] ?? 0;
    atDepth[d] = (atDepth[d] ?? 0) + 1;
  }

  const unitInto = new Uint16Array(states);
  const depth = new Int32Array(states);
  const parent = new Int32Array(states);
  const childStart = new Int32Array(states + 1);
  for (let s = 1; s < states; s++) {
    const b = bfsOf[s] ?? 0;
    unitInto[b] = dfsUnit[s] ?? 0;
    depth[b] = dfsDepth[s] ?? 0;
    parent[b] = bfsOf[dfsParent[s] ?? 0] ?? 0;
  }
  // Breadth-first, the children of state 0 come first, then those of state 1, and so on.
  childStart[0] = 1;
  const childCount = new Int32Array(states);
  for (let s = 1; s < states; s++) {
    const p = parent[s] ?? 0;
    childCount[p] = (childCount[p] ?? 0) + 1;
  }
  for (let s = 0; s < states; s++) childStart[s + 1] = (childStart[s] ?? 0) + (childCount[s] ?? 0);

  const rootAscii = new Int32Array(128).fill(-1);
  for (let c = 1; c < (childStart[1] ?? 1); c++) {
    const unit = unitInto[c] ?? 0;
    if (unit < 128) rootAscii[unit] = c;
  }
  return { unitInto, childStart, depth, parent, rootAscii, endState: dfsEnd.map((s) => bfsOf[s] ?? 0), size: states };
}

/** The child of `state` along `unit`, or -1. */
export function childOf(trie: Trie, state: number, unit: number): number {
  if (state === 0 && unit < 128) return trie.rootAscii[unit] ?? -1;
  const { unitInto, childStart } = trie;
  let lo = childStart[state] ?? 0;
  let hi = childStart[state + 1] ?? 0;
  if (hi - lo <= LINEAR_SCAN_MAX) {
    for (; lo < hi; lo++) {
      const u = unitInto[lo] ?? 0;
      if (u === unit) return lo;
      if (u > unit) return -1;
    }
    return -1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const u = unitInto[mid] ?? 0;
    if (u === unit) return mid;
    if (u < unit) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

function compareUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
