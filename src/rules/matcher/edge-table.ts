/**
 * The automaton's goto function, (state, UTF-16 unit) → state, as an open-addressing hash in typed arrays.
 * The alphabet is all of UTF-16, so a dense table per state is out of the question; a hash keeps every lookup
 * O(1) at about 10 bytes per slot.
 */
export class EdgeTable {
  private readonly from: Int32Array;
  private readonly unit: Uint16Array;
  private readonly to: Int32Array;
  private readonly mask: number;

  /** Sized once for the most edges it will ever hold, at most half full, so it never grows and probes stay short. */
  constructor(maxEdges: number) {
    let capacity = 16;
    while (capacity < maxEdges * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.from = new Int32Array(capacity).fill(-1);
    this.unit = new Uint16Array(capacity);
    this.to = new Int32Array(capacity);
  }

  get byteLength(): number {
    return this.from.byteLength + this.unit.byteLength + this.to.byteLength;
  }

  /** The state reached from `state` on `unit`, or -1 when there is no such edge. */
  get(state: number, unit: number): number {
    for (let slot = this.slotOf(state, unit); ; slot = (slot + 1) & this.mask) {
      const owner = this.from[slot] ?? -1;
      if (owner === -1) return -1;
      if (owner === state && this.unit[slot] === unit) return this.to[slot] ?? -1;
    }
  }

  /** Adds an edge the caller knows is new. */
  add(state: number, unit: number, target: number): void {
    let slot = this.slotOf(state, unit);
    while (this.from[slot] !== -1) slot = (slot + 1) & this.mask;
    this.from[slot] = state;
    this.unit[slot] = unit;
    this.to[slot] = target;
  }

  private slotOf(state: number, unit: number): number {
    let h = Math.imul(state, 0x9e3779b1) ^ unit;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    return (h ^ (h >>> 13)) & this.mask;
  }
}
