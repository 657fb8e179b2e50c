/** Overlapping runs of `size` words, lower-cased, punctuation ignored. */
export function shingles(text: string, size = 5): Set<string> {
  const words = text.toLocaleLowerCase("nl").match(/[\p{L}\p{N}]+/gu) ?? [];
  const result = new Set<string>();
  for (let index = 0; index + size <= words.length; index++) result.add(words.slice(index, index + size).join(" "));
  return result;
}

/** Jaccard similarity of two texts' shingle sets: 0 = nothing shared, 1 = the same text. */
export function jaccardSimilarity(a: string, b: string, size = 5): number {
  const left = shingles(a, size);
  const right = shingles(b, size);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const shingle of left) if (right.has(shingle)) shared++;
  return shared / (left.size + right.size - shared);
}
