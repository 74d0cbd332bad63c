import { describe, expect, it } from 'vitest';
import { assumptionIds, assumptionRegistry, assumptionUnits } from '@/lib/model';

describe('assumption registry', () => {
  it('has unique ids that can serve as message keys', () => {
    expect(new Set(assumptionIds).size).toBe(assumptionRegistry.length);
    for (const id of assumptionIds) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  it.each(assumptionRegistry.map((a) => [a.id, a] as const))('%s is well formed', (_id, a) => {
    expect(Number.isFinite(a.value)).toBe(true);
    expect(a.low).toBeLessThanOrEqual(a.value);
    expect(a.value).toBeLessThanOrEqual(a.high);
    expect(assumptionUnits).toContain(a.unit);
    for (const source of [a.source, ...(a.additionalSources ?? [])]) {
      expect(source.title.length).toBeGreaterThan(3);
      expect(source.publisher.length).toBeGreaterThan(1);
      expect(Number.isInteger(source.year)).toBe(true);
      expect(source.year).toBeGreaterThanOrEqual(2000);
      expect(source.year).toBeLessThanOrEqual(2026);
      expect(() => new URL(source.url)).not.toThrow();
      expect(new URL(source.url).protocol).toBe('https:');
    }
    if (a.unit.startsWith('money')) expect(a.currency).toBeDefined();
    // Shares of salary may exceed 1 (Gallup: up to 2× salary); other shares and odds may not.
    if (a.unit !== 'shareOfSalary' && /^(share|probability)/.test(a.unit)) {
      expect(a.low).toBeGreaterThanOrEqual(0);
      expect(a.high).toBeLessThanOrEqual(1);
    }
    expect(a.low).toBeGreaterThanOrEqual(0);
  });

  it('calls a figure published only where a source states it: rates, legal caps, list prices', () => {
    const published = assumptionRegistry.filter((a) => a.basis === 'published').map((a) => a.id);
    expect(published).toEqual([
      'fxUsdPerEur',
      'fxGbpPerEur',
      'fxChfPerEur',
      // Forrester's TEI studies count about half of a time saving.
      'productivityRecaptureShare',
      // Microsoft 365 Business Standard, $12.50 (Teams Essentials $4 to Business Premium $22).
      'suiteLicencePerUserMonth',
      // The EU's standard VAT rates, 17–27 %; the UK's 20 %, Switzerland's 8.1 %.
      'vatRate',
    ]);
  });

  it('explains every judgement and derivation in one line', () => {
    for (const a of assumptionRegistry.filter((x) => x.basis !== 'published')) {
      expect(a.rationale, a.id).toBeTruthy();
      expect(a.rationale!.length, a.id).toBeLessThanOrEqual(300);
      expect(a.rationale, a.id).not.toMatch(/\n/);
    }
  });

  it('centres every varied figure on its value: the mode 3·value − low − high lies in range', () => {
    // The simulation draws from the triangle whose mean is the value; a mode outside the range
    // would mean the range's tail is not supported by the value (and the headline left its band).
    const ranges = assumptionRegistry.flatMap((a) => [
      [a.id, a] as const,
      ...Object.entries(a.byIndustry ?? {}).map(
        ([industry, r]) => [`${a.id}/${industry}`, r] as const,
      ),
    ]);
    for (const [id, { low, value, high }] of ranges) {
      if (low === high) continue;
      const mode = 3 * value - low - high;
      expect(mode, id).toBeGreaterThanOrEqual(low - 1e-9 * Math.abs(low));
      expect(mode, id).toBeLessThanOrEqual(high + 1e-9 * Math.abs(high));
    }
  });

  it('cites each source one way: one URL, one title, publisher and year', () => {
    const byUrl = new Map<string, string>();
    for (const a of assumptionRegistry) {
      for (const source of [a.source, ...(a.additionalSources ?? [])]) {
        const text = JSON.stringify(source);
        expect(byUrl.get(source.url) ?? text).toBe(text);
        byUrl.set(source.url, text);
      }
    }
  });

  it('labels judgement as judgement: every residual share is a clearly marked assumption', () => {
    const residuals = assumptionRegistry.filter((a) => a.id.startsWith('residual'));
    expect(residuals.map((a) => a.id)).toEqual([
      'residualFines',
      'residualDataLoss',
      'residualTurnover',
      'residualSales',
      'residualSalesWithCrm',
      'residualProductivity',
      'residualMessaging',
    ]);
    for (const a of residuals.filter((r) => r.id !== 'residualMessaging')) {
      expect(a.basis).toBe('judgement');
    }
  });
});
