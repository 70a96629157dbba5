/**
 * FNV-1a over UTF-16 units with a final avalanche, so hashed features spread evenly over the buckets. Feeding
 * the units one at a time lets the feature extractor hash every n-gram of a word without slicing strings.
 */
export const FNV_OFFSET = 0x811c9dc5;

export function fnvStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

export function fnvString(hash: number, s: string): number {
  let h = hash;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h;
}

/** murmur3's finaliser: FNV's low bits alone are poorly mixed for short keys. */
export function avalanche(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
