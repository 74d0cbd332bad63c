import { describe, expect, it } from 'vitest';
import { parseFunnelQuery } from '@/lib/funnel/query';
import { funnelStages } from '@/lib/funnel/stages';

describe('funnel stages', () => {
  it('computes the drop-off from each stage to the next', () => {
    const { entries, path } = funnelStages([
      { event: 'landing_viewed', step: 0, count: 40 },
      { event: 'assessment_started', step: 0, count: 20 },
      { event: 'step_reached', step: 2, count: 15 },
      { event: 'step_reached', step: 3, count: 15 },
      { event: 'report_viewed', step: 0, count: 5 },
    ]);
    expect(entries.map((s) => s.count)).toEqual([40, 0]);
    // started, steps 2..6 (the questionnaire has six steps), report, lead: 1 + 5 + 1 + 1 = 8.
    expect(path).toHaveLength(8);
    expect(path[0]).toMatchObject({ event: 'assessment_started', count: 20, dropOff: null });
    // 20 started, 15 reached step 2: 1 − 15/20 = 0.25 lost.
    expect(path[1]).toMatchObject({ step: 2, count: 15, dropOff: 0.25 });
    expect(path[2]).toMatchObject({ step: 3, count: 15, dropOff: 0 });
    // Nobody reached step 4: all 15 lost; after a 0 there is no share to compute.
    expect(path[3]).toMatchObject({ step: 4, count: 0, dropOff: 1 });
    expect(path[4]).toMatchObject({ step: 5, count: 0, dropOff: null });
    expect(path[7]).toMatchObject({ event: 'lead_submitted', count: 0, dropOff: 1 });
  });
});

describe('funnel filters', () => {
  it('reads dates, language and source, and names direct visits', () => {
    expect(
      parseFunnelQuery({ from: '2026-12-01', to: '2026-12-31', locale: 'de', source: '(direct)' }),
    ).toEqual({
      filter: { from: '2026-12-01', to: '2026-12-31', locale: 'de', source: '' },
      values: { from: '2026-12-01', to: '2026-12-31', locale: 'de', source: '(direct)' },
      dropped: false,
    });
  });

  it('drops what it cannot read', () => {
    const q = parseFunnelQuery({ from: 'yesterday', locale: 'fr', source: 'News Letter' });
    expect(q.dropped).toBe(true);
    expect(q.filter).toEqual({
      from: undefined,
      to: undefined,
      locale: undefined,
      source: undefined,
    });
  });
});
