// A seeded shuffle: the order is drawn once when an attempt starts and stored, so a reload, a
// second tab or a teacher's report all see the same order.
// The random source is the generator's seededRandom (mulberry32 on a string seed).

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
