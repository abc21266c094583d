// A seeded shuffle: the order is drawn once when an attempt starts and stored, so a reload, a
// second tab or a teacher's report all see the same order.

function hashSeed(seed: string): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough to deal cards; not for secrets. */
export function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededShuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A shuffle that never hands back the original order (when there is another), for ordering questions. */
export function shuffleAwayFrom<T>(items: readonly T[], random: () => number): T[] {
  if (items.length < 2) return [...items];
  const out = seededShuffle(items, random);
  if (out.every((item, i) => item === items[i])) return [...out.slice(1), out[0]];
  return out;
}
