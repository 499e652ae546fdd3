/**
 * Character error rate: Levenshtein edit distance between the recognised and the true text,
 * divided by the length of the true text. Whitespace is ignored: OCR line and paragraph breaks
 * are layout, not content, and Chinese has no spaces to count.
 */
export const characterErrorRate = (recognised: string, truth: string): number => {
  const a = [...recognised.replace(/\s+/gu, '')];
  const b = [...truth.replace(/\s+/gu, '')];
  if (b.length === 0) return a.length === 0 ? 0 : 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(
        Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1),
      );
    }
    previous = current;
  }
  return (previous[b.length] as number) / b.length;
};
