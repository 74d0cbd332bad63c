import { describe, expect, it } from 'vitest';
import { checkAnswer, type AnswerKey } from '@/lib/answers';
import { isNumericKind, keyboardFor, steps } from '@/lib/questionnaire';

const fields = steps.flatMap((s) => s.fields);

// Whether the answer's check accepts a fraction: 0.5, or 1.5 where it starts at 1 (employees).
// Percent answers are stored as shares, so 0.5 stands for a typed 50.
const takesFraction = (key: AnswerKey) => [0.5, 1.5].some((v) => checkAnswer(key, v).ok);

describe('the phone keyboard of each questionnaire field', () => {
  it('offers no decimal mark where the answer must be a whole number', () => {
    const whole = fields.filter((f) => isNumericKind(f.kind) && !takesFraction(f.key));
    expect(whole.map((f) => f.key)).toEqual(['employees', 'clientFacingStaff']);
    for (const f of whole) expect(keyboardFor(f.kind), f.key).toBe('numeric');
  });

  it('offers the decimal mark for amounts and shares, whose answers take cents and fractions', () => {
    const amounts = fields.filter((f) => f.kind === 'money' || f.kind === 'percent');
    expect(amounts.length).toBeGreaterThan(0);
    for (const f of amounts) {
      expect(takesFraction(f.key), f.key).toBe(true);
      expect(keyboardFor(f.kind), f.key).toBe('decimal');
    }
  });

  it('leaves choices, yes/no and the client name to the browser', () => {
    const others = fields.filter((f) => !isNumericKind(f.kind));
    expect(others.length).toBeGreaterThan(0);
    for (const f of others) expect(keyboardFor(f.kind), f.key).toBeUndefined();
  });
});
