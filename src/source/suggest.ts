// "Did you mean…": the nearest known word to a misspelt one, by edit distance.
// Used for keys, enum values, pattern variables, references, commands and flags.

/** The candidate nearest to `word`, when it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lowered = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lowered, candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  // One edit per three characters, at least one: 'rwa' → 'raw' (a swap is one edit),
  // 'purpos' → 'purpose', but not 'env' → 'dev'.
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(lowered.length / 3)) ? best : undefined;
}

/** `did you mean 'x'?`, or undefined when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>, quote = (s: string) => `'${s}'`): string | undefined {
  const guess = closest(word, candidates);
  return guess === undefined ? undefined : `did you mean ${quote(guess)}?`;
}

/** Levenshtein distance, with an adjacent swap counted as one edit (Damerau, restricted). */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}
