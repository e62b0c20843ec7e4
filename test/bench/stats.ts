/** The benchmarks' statistics: a quantile of a sample (the value below which a fraction `q` lies). */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

export const median = (xs: readonly number[]) => quantile(xs, 0.5);
