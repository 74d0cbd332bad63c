import { describe, expect, it } from 'vitest';
import {
  answersSchema,
  computeReport,
  netPresentValue,
  paybackMonth,
  unadoptedShare,
} from '@/lib/model';

describe('paybackMonth (monthly flows)', () => {
  it('is month 1 when the suite is cheaper from the start', () => {
    expect(paybackMonth(100, [50, 50, 50])).toBe(1);
  });

  it('finds the month cumulative costs cross', () => {
    // Status quo 100 a month; suite 1,200 + 50 in month one, then 50: cumulative net
    // 50m − 1,200 ≥ 0 from m = 24 (ties count as paid back).
    const suite = Array.from({ length: 24 }, (_, i) => (i === 0 ? 1250 : 50));
    expect(paybackMonth(100, suite)).toBe(24);
  });

  it('is null when the suite is still dearer at the horizon', () => {
    const suite = Array.from({ length: 24 }, (_, i) => (i === 0 ? 1250 : 51));
    expect(paybackMonth(100, suite)).toBeNull();
  });

  it('needs the suite to stay cheaper until the horizon ends', () => {
    // Cheaper for a year (50 a month), then dearer (250): cumulative net +600 after month 12,
    // falls by 150 a month, negative from month 17: not paid back at the end.
    const suite = Array.from({ length: 24 }, (_, i) => (i < 12 ? 50 : 250));
    expect(paybackMonth(100, suite)).toBeNull();
  });
});

describe('adoption ramp, month by month', () => {
  it('spreads R/24 of year one over the ramp’s months', () => {
    // R = 3: months 1–3 keep 1 − (2m − 1)/6 = 5/6, 1/2, 1/6 of the old risk; their sum 1.5 = R/2
    // months, i.e. R/24 of a year, as the yearly figures assume.
    const shares = [1, 2, 3, 4].map((m) => unadoptedShare(m, 3));
    [5 / 6, 0.5, 1 / 6, 0].forEach((x, i) => expect(shares[i]).toBeCloseTo(x, 12));
    // R = 2.5: month 3 holds the tail (2.5 − 2)² / (2 × 2.5) = 0.05.
    expect(unadoptedShare(3, 2.5)).toBeCloseTo(0.05, 12);
    let sum = 0;
    for (let m = 1; m <= 12; m++) sum += unadoptedShare(m, 4.5);
    expect(sum).toBeCloseTo(4.5 / 2, 12);
  });

  it('pays back later with a longer ramp', () => {
    // The sample brand's chat-and-meetings package, a firm that loses 15 minutes a day.
    const chat = {
      currency: 'EUR' as const,
      licencePerUserMonth: 10.8,
      telephonyPerUserMonth: 0,
      managedServicePerUserMonth: 8,
      onboardingPerUser: 45,
    };
    const answers = answersSchema.parse({
      employees: 50,
      recordKeepingDuty: 'yes',
      minutesLostPerDay: 15,
      businessOnWhatsapp: 'often',
    });
    const at = (months: number) =>
      computeReport(answers, { suite: chat, overrides: { adoptionRampMonths: months }, samples: 1 })
        .paybackMonth;
    // Computed month by month: 5 with a one-month ramp, 7 with three, 9 with six.
    expect([at(1), at(3), at(6)]).toEqual([5, 7, 9]);
  });
});

describe('net present value', () => {
  it('discounts each year at mid-year and leaves one-off costs at the start', () => {
    // One-off 1,000; years net 4,000 and 5,000 (year one with the one-off): at 8 %,
    // −1,000 + 5,000 / 1.08^0.5 + 5,000 / 1.08^1.5 = −1,000 + 4,811.25 + 4,454.86 = 8,266.12 (8,266.115 unrounded).
    expect(netPresentValue([4000, 5000], 1000, 0.08)).toBeCloseTo(8266.12, 2);
    expect(netPresentValue([4000, 5000], 1000, 0)).toBeCloseTo(9000, 9);
  });

  it('is below the undiscounted saving for a positive rate', () => {
    const answers = answersSchema.parse({
      employees: 80,
      recordKeepingDuty: 'yes',
      minutesLostPerDay: 15,
    });
    const report = computeReport(answers, { samples: 1 });
    expect(report.netSaving).toBeGreaterThan(0);
    expect(report.npvNetSaving).toBeLessThan(report.netSaving);
    const none = computeReport(answers, { samples: 1, overrides: { discountRate: 0.05 } });
    // A lower rate discounts less: closer to the undiscounted saving.
    expect(none.npvNetSaving).toBeGreaterThan(report.npvNetSaving);
  });
});
