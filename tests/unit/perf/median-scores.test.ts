import { describe, expect, it } from 'vitest';
import { medianScores, type Scores } from '@/scripts/perf/lighthouse-median';

const run = (performance: number, error?: string): Scores => ({
  performance,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcp: 1000 + performance,
  tbt: 300 - performance,
  mainThread: 2000,
  ...(error ? { error } : {}),
});

describe('medianScores', () => {
  it('takes the median of the runs that measured something and reports the others', () => {
    // A run Lighthouse could not measure reads 0; counted, the median of [0, 80, 90, 93, 95]
    // would be 90. Left out, the median of [80, 90, 93, 95] (the upper middle) is 93.
    const m = medianScores([run(0, 'NO_FCP'), run(95), run(80), run(90), run(93)]);
    expect(m.performance).toBe(93);
    expect(m.lcp).toBe(1093); // the median run's own figures: 1000 + 93
    expect(m.performanceRuns).toEqual([80, 90, 93, 95]);
    expect(m.failedRuns).toEqual(['NO_FCP']);
    expect(m.error).toBeUndefined();
  });

  it('refuses a page whose every run failed', () => {
    expect(() => medianScores([run(0, 'ERRORED_DOCUMENT_REQUEST')])).toThrow(
      /every Lighthouse run failed: ERRORED_DOCUMENT_REQUEST/,
    );
  });
});
