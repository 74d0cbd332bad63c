'use client';

import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { compactMoney } from '@/lib/format/money';
import { HEIGHT, axisTick, niceTicks, type ChartBase } from './types';

type Props = ChartBase & {
  p10: number;
  p50: number;
  p90: number;
  labels: { saving: string; p10: string; p50: string; p90: string };
};

/** The P10–P90 band of the saving as one floating bar, with P50 and zero marked. */
export default function RangeChart({ p10, p50, p90, labels, locale, currency, colors }: Props) {
  const ticks = niceTicks([p10, p50, p90], 3);
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      layout="vertical"
      data={[{ label: labels.saving, range: [p10, p90] }]}
      style={{ width: '100%', height: HEIGHT.range }}
      // Two label rows: P50 just above the band, P10 and P90 one row higher, so a narrow range
      // does not print the three labels over each other.
      margin={{ top: 40, right: 16, bottom: 0, left: 4 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
      <XAxis
        type="number"
        domain={[ticks[0]!, ticks[ticks.length - 1]!]}
        ticks={ticks}
        tick={axisTick}
        tickFormatter={(v: number) => compactMoney(locale, currency, v)}
      />
      <YAxis type="category" dataKey="label" hide />
      <Bar
        dataKey="range"
        fill={colors.suite}
        fillOpacity={0.35}
        barSize={36}
        isAnimationActive={false}
      />
      <ReferenceLine x={0} stroke="#0f172a" strokeWidth={1} />
      <ReferenceLine
        x={p50}
        stroke="#0f172a"
        strokeWidth={3}
        label={{ value: labels.p50, position: 'top', fill: '#0f172a', fontSize: 12 }}
      />
      <ReferenceLine
        x={p10}
        stroke={colors.suite}
        strokeWidth={1}
        label={{ value: labels.p10, position: 'top', offset: 22, fill: '#334155', fontSize: 12 }}
      />
      <ReferenceLine
        x={p90}
        stroke={colors.suite}
        strokeWidth={1}
        label={{ value: labels.p90, position: 'top', offset: 22, fill: '#334155', fontSize: 12 }}
      />
    </BarChart>
  );
}
