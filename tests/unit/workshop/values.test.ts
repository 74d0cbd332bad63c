import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { assumptionById } from '@/lib/model';
import {
  checkOverride,
  displayKind,
  inputText,
  shownDecimals,
  sliderPosition,
  sliderValue,
  toShown,
} from '@/lib/workshop';

const lostDevice = assumptionById.lostDeviceIncidentProbability; // 6 %, 1–20 %
const records = assumptionById.recordsPerIncident; // 250, 50–650
const licence = assumptionById.suiteLicencePerUserMonth; // $12.50, $4–22
const fx = assumptionById.fxUsdPerEur; // 1.17, fixed

describe('display', () => {
  it('shows shares and probabilities as percentages, money in its currency', () => {
    expect(displayKind('probability')).toBe('percent');
    expect(displayKind('shareOfRevenue')).toBe('percent');
    expect(displayKind('moneyPerUserMonth')).toBe('money');
    expect(displayKind('records')).toBe('number');
  });

  it('keeps the decimals the range needs', () => {
    // (20 − 1) % / 200 positions = 0.095 points → steps of 0.01 %.
    expect(shownDecimals(lostDevice)).toBe(2);
    // (650 − 50) / 200 = 3 → whole records.
    expect(shownDecimals(records)).toBe(0);
    // (22 − 6) / 200 = 0.08 → cents.
    expect(shownDecimals(licence)).toBe(2);
    // Fixed: the value's own decimals.
    expect(shownDecimals(fx)).toBe(2);
  });

  it('formats with the locale', () => {
    expect(inputText(0.0539, lostDevice, 'de')).toBe('5,39');
    expect(inputText(1720, assumptionById.workingHoursPerYear, 'en')).toBe('1,720');
  });

  it('writes every assumption, at every slider position, as Intl would', () => {
    // inputText writes the site's locales out by hand (lib/format/decimal.ts); Intl is the oracle.
    const intl = (
      value: number,
      a: (typeof assumptionById)[keyof typeof assumptionById],
      locale: string,
    ) => {
      const max = shownDecimals(a);
      const cents = displayKind(a.unit) === 'money' && !Number.isInteger(value);
      return new Intl.NumberFormat(locale, {
        minimumFractionDigits: cents ? Math.min(2, max) : 0,
        maximumFractionDigits: max,
        useGrouping: 'always',
      }).format(toShown(value, a.unit));
    };
    const differ: unknown[] = [];
    for (const locale of routing.locales) {
      for (const a of Object.values(assumptionById)) {
        for (let position = 0; position <= 200; position++) {
          const value = sliderValue(position, a);
          if (inputText(value, a, locale) !== intl(value, a, locale))
            differ.push([locale, a.id, value, inputText(value, a, locale), intl(value, a, locale)]);
        }
      }
    }
    expect(differ).toEqual([]);
  });
});

describe('slider', () => {
  it('reaches both ends exactly and rounds in between', () => {
    expect(sliderValue(0, licence)).toBe(4);
    expect(sliderValue(200, licence)).toBe(22);
    // 4 + 18 × 37/200 = 7.33
    expect(sliderValue(37, licence)).toBe(7.33);
    // 0.01 + 0.19 × 101/200 = 0.10595 → 0.106 (steps of 0.0001 round half up)
    expect(sliderValue(101, lostDevice)).toBeCloseTo(0.106, 10);
  });

  it('maps a value back to its position', () => {
    expect(sliderPosition(4, licence)).toBe(0);
    expect(sliderPosition(22, licence)).toBe(200);
    expect(sliderPosition(12.5, licence)).toBe(94); // (12.5 − 4)/18 × 200 = 94.44
    expect(sliderPosition(1.17, fx)).toBe(0);
  });
});

describe('checkOverride', () => {
  it('reads percentages and locale numbers', () => {
    expect(checkOverride('12,5', lostDevice, 'de')).toEqual({ ok: true, value: 0.125 });
    expect(checkOverride('1.000', records, 'de')).toEqual({
      ok: false,
      error: { key: 'max', params: { max: 650 } },
    });
    expect(checkOverride('1,000', assumptionById.secFinePerEmployee, 'en')).toEqual({
      ok: true,
      value: 1_000,
    });
  });

  it('refuses what is not a number, and says which bound is crossed, in shown units', () => {
    expect(checkOverride('', records, 'en')).toEqual({ ok: false, error: { key: 'required' } });
    expect(checkOverride('abc', records, 'en')).toEqual({ ok: false, error: { key: 'number' } });
    expect(checkOverride('25', lostDevice, 'en')).toEqual({
      ok: false,
      error: { key: 'max', params: { max: 20 } },
    });
    expect(checkOverride('10', records, 'en')).toEqual({
      ok: false,
      error: { key: 'min', params: { min: 50 } },
    });
  });

  it('takes a bound typed as displayed (rounded) as the bound itself', () => {
    const quoted = { ...licence, currency: 'EUR' as const, low: 5.128205128205129 };
    expect(checkOverride('5.13', quoted, 'en')).toEqual({ ok: true, value: 5.13 });
    expect(checkOverride('5.12', quoted, 'en')).toEqual({ ok: true, value: 5.128205128205129 });
  });
});
