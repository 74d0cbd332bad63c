'use client';

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { compactMoney, money } from '@/lib/format/money';
import type { CategoryRow } from '@/lib/report/series';
import { HEIGHT, axisTick, type ChartBase } from './types';

export default function CategoryChart({
  data,
  locale,
  currency,
  colors,
  names,
}: ChartBase & { data: CategoryRow[] }) {
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      layout="vertical"
      data={data}
      style={{ width: '100%', height: HEIGHT.categories }}
      margin={{ top: 4, right: 16, bottom: 0, left: 4 }}
      barGap={2}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
      <XAxis
        type="number"
        tick={axisTick}
        tickFormatter={(v: number) => compactMoney(locale, currency, v)}
        tickCount={4}
      />
      <YAxis type="category" dataKey="label" width={112} tick={axisTick} interval={0} />
      <Tooltip formatter={(v) => money(locale, currency, Number(v))} />
      <Legend wrapperStyle={{ fontSize: 13, color: '#0f172a' }} />
      <Bar
        dataKey="statusQuo"
        name={names.statusQuo}
        fill={colors.statusQuo}
        isAnimationActive={false}
      />
      <Bar dataKey="suite" name={names.suite} fill={colors.suite} isAnimationActive={false} />
    </BarChart>
  );
}
