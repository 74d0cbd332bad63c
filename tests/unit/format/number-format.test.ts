import { describe, expect, it } from 'vitest';
import { numberFormat } from '@/lib/format/number-format';

describe('numberFormat', () => {
  it('builds one formatter per locale and options, and formats as Intl does', () => {
    const a = numberFormat('de', { maximumFractionDigits: 2, useGrouping: 'always' });
    expect(numberFormat('de', { maximumFractionDigits: 2, useGrouping: 'always' })).toBe(a);
    expect(numberFormat('en', { maximumFractionDigits: 2, useGrouping: 'always' })).not.toBe(a);
    expect(numberFormat('de', { maximumFractionDigits: 1, useGrouping: 'always' })).not.toBe(a);
    // German groups with dots and uses a decimal comma: 1234.567 → "1.234,57".
    expect(a.format(1234.567)).toBe('1.234,57');
  });
});
