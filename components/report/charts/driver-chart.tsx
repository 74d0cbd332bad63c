'use client';

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, XAxis, YAxis } from 'recharts';
import { compactMoney } from '@/lib/format/money';
import type { DriverBar } from '@/lib/report/series';
import { HEIGHT, axisTick, niceTicks, type ChartBase } from './types';

type Props = ChartBase & {
  data: DriverBar[];
  base: number;
  labels: { low: string; high: string };
};

/** Tornado: numbered rows (the list beside the chart names them), bars from the base saving. */
export default function DriverChart({ data, base, labels, locale, currency, colors }: Props) {
  const rows = data.map((d, i) => ({ ...d, rank: String(i + 1) }));
  const ticks = niceTicks([base, ...data.flatMap((d) => [d.low[1], d.high[1]])], 3);
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      layout="vertical"
      data={rows}
      style={{ width: '100%', height: HEIGHT.drivers }}
      margin={{ top: 4, right: 16, bottom: 0, left: 4 }}
      barGap={-18}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
      <XAxis
        type="number"
        domain={[ticks[0]!, ticks[ticks.length - 1]!]}
        ticks={ticks}
        tick={axisTick}
        tickFormatter={(v: number) => compactMoney(locale, currency, v)}
      />
      <YAxis type="category" dataKey="rank" width={24} tick={axisTick} interval={0} />
      <Legend wrapperStyle={{ fontSize: 13, color: '#0f172a' }} />
      <Bar
        dataKey="low"
        name={labels.low}
        fill={colors.statusQuo}
        barSize={18}
        isAnimationActive={false}
      />
      <Bar
        dataKey="high"
        name={labels.high}
        fill={colors.suite}
        barSize={18}
        isAnimationActive={false}
      />
      <ReferenceLine x={base} stroke="#0f172a" strokeWidth={2} />
    </BarChart>
  );
}
