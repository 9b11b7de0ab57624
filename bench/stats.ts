/** Percentile of sorted-or-not samples (nearest rank). */
export function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Runs `task` for each index with at most `concurrency` in flight; returns each duration in ms. */
export async function runPool(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<number[]> {
  const durations: number[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const t0 = performance.now();
      await task(i);
      durations[i] = performance.now() - t0;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return durations;
}

/** Formats a ratio with its target for the report. */
export function ratioLine(name: string, value: number, target: string, ok: boolean): string {
  return `${name.padEnd(46)} ${value.toFixed(2).padStart(8)}   target ${target.padEnd(10)} ${ok ? 'met' : 'NOT met'}`;
}
