'use client';

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { compactMoney, money } from '@/lib/format/money';
import type { CumulativePoint } from '@/lib/report/series';
import { HEIGHT, axisTick, type ChartBase } from './types';

export default function CumulativeChart({
  data,
  locale,
  currency,
  colors,
  names,
}: ChartBase & { data: CumulativePoint[] }) {
  return (
    <LineChart
      responsive
      accessibilityLayer={false}
      data={data}
      style={{ width: '100%', height: HEIGHT.cumulative }}
      margin={{ top: 8, right: 16, bottom: 0, left: 4 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
      <XAxis dataKey="label" tick={axisTick} />
      <YAxis
        width={76}
        tick={axisTick}
        tickFormatter={(v: number) => compactMoney(locale, currency, v)}
        tickCount={4}
      />
      <Tooltip formatter={(v) => money(locale, currency, Number(v))} />
      <Legend wrapperStyle={{ fontSize: 13, color: '#0f172a' }} />
      <Line
        type="linear"
        dataKey="statusQuo"
        name={names.statusQuo}
        stroke={colors.statusQuo}
        strokeWidth={3}
        isAnimationActive={false}
      />
      <Line
        type="linear"
        dataKey="suite"
        name={names.suite}
        stroke={colors.suite}
        strokeWidth={3}
        strokeDasharray="7 4"
        isAnimationActive={false}
      />
    </LineChart>
  );
}
