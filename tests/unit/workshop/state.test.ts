import { describe, expect, it } from 'vitest';
import { answersSchema } from '@/lib/model';
import {
  initialWorkshop,
  isAdjustable,
  readWorkshop,
  withOverride,
  writeWorkshop,
} from '@/lib/workshop';

const defaults = answersSchema.parse({});

describe('workshop state', () => {
  it('starts from the schema defaults, with nothing overridden', () => {
    expect(initialWorkshop()).toEqual({
      answers: defaults,
      edited: [],
      overrides: {},
      projector: false,
    });
  });

  it('survives a write and a read', () => {
    const state = {
      answers: { ...defaults, employees: 120, clientName: 'Acme' },
      edited: ['employees' as const, 'clientName' as const],
      overrides: { residualFines: 0.3 },
      projector: true,
    };
    expect(readWorkshop(writeWorkshop(state))).toEqual(state);
  });

  it('ignores unreadable or foreign states', () => {
    expect(readWorkshop(null)).toBeNull();
    expect(readWorkshop('{')).toBeNull();
    expect(readWorkshop(JSON.stringify({ v: 2, answers: {} }))).toBeNull();
  });

  it('drops only the bad answers and overrides', () => {
    const read = readWorkshop(
      JSON.stringify({
        v: 1,
        answers: { employees: -5, industry: 'legal', nonsense: true },
        edited: ['industry', 'nonsense'],
        overrides: { residualFines: 0.3, gdprCapFixed: 1, nope: 2, costPerRecord: 'x' },
        projector: false,
      }),
    );
    expect(read).toEqual({
      answers: { ...defaults, industry: 'legal' },
      edited: ['industry'],
      // gdprCapFixed has no range: a fixed figure is never overridden.
      overrides: { residualFines: 0.3 },
      projector: false,
    });
  });
});

describe('withOverride', () => {
  it('sets, replaces and removes one override', () => {
    expect(withOverride({}, 'residualFines', 0.3, 0.15)).toEqual({ residualFines: 0.3 });
    expect(withOverride({ residualFines: 0.3 }, 'residualFines', 0.2, 0.15)).toEqual({
      residualFines: 0.2,
    });
    expect(withOverride({ residualFines: 0.3 }, 'residualFines', undefined, 0.15)).toEqual({});
  });

  it('treats the default value as no override, so "changed" means what the link leaves out', () => {
    expect(withOverride({ residualFines: 0.3 }, 'residualFines', 0.15, 0.15)).toEqual({});
  });
});

describe('isAdjustable', () => {
  it('is false only for figures without a range', () => {
    expect(isAdjustable('residualFines')).toBe(true);
    expect(isAdjustable('fxUsdPerEur')).toBe(false);
    expect(isAdjustable('residualMessaging')).toBe(false);
  });
});
