import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '@/lib/answers/schema';
import {
  answerKeys,
  answerRules,
  checkAnswer,
  parseAnswers,
  readAnswers,
  type AnswerKey,
} from '@/lib/answers/rules';

// The browser checks answers with the zod-free rules; the server and the API with the zod schema
// built from them. Both must give every input the same verdict and the same stored value.

/** Values near each rule's edges, of the right type and of every wrong one. */
function valueFor(key: AnswerKey): fc.Arbitrary<unknown> {
  const rule = answerRules[key];
  const wrongType = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 4 }),
    fc.boolean(),
    fc.constant([]),
    fc.constant({}),
    fc.constantFrom(Number.NaN, Infinity, -Infinity),
  );
  switch (rule.kind) {
    case 'number':
      return fc.oneof(
        fc.constantFrom(rule.min, rule.max, rule.min - 1e-9, rule.max + 1, 0, -0, 0.5, 1e20),
        fc.double({ min: rule.min - 2, max: rule.max * 2 + 2, noNaN: true }),
        fc.integer({ min: -2, max: 2 * Math.min(rule.max, 1e9) }),
        wrongType,
      );
    case 'choice':
      return fc.oneof(fc.constantFrom(...rule.options), fc.constant('unknown-option'), wrongType);
    case 'flag':
      return fc.oneof(fc.boolean(), wrongType);
    case 'text':
      return fc.oneof(
        fc.string({ maxLength: 100 }),
        fc.constant(`  ${'x'.repeat(80)}  `), // 84 characters, 80 once trimmed: accepted
        fc.constant('y'.repeat(81)),
        wrongType,
      );
  }
}

const answerObjects = fc.record(
  Object.fromEntries(answerKeys.map((k) => [k, valueFor(k)])) as Record<
    AnswerKey,
    fc.Arbitrary<unknown>
  >,
  { requiredKeys: [] },
);

describe('answer rules against the zod schema', () => {
  it('give each answer the same verdict and the same stored value', () => {
    for (const key of answerKeys) {
      fc.assert(
        fc.property(fc.option(valueFor(key), { nil: undefined }), (value) => {
          const zod = answersSchema.shape[key].safeParse(value);
          const mine = checkAnswer(key, value);
          expect(mine.ok, `${key} = ${String(value)}`).toBe(zod.success);
          if (mine.ok && zod.success) expect(mine.value).toEqual(zod.data);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('give whole answer sets the same verdict, defaults and dropped names', () => {
    fc.assert(
      fc.property(answerObjects, fc.option(fc.string(), { nil: undefined }), (answers, extra) => {
        const input = extra === undefined ? answers : { ...answers, [`x-${extra}`]: 1 };
        const zod = answersSchema.safeParse(input);
        const mine = readAnswers(input);
        expect(mine.ok).toBe(zod.success);
        if (mine.ok && zod.success) expect(mine.answers).toEqual(zod.data);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuse what is not an object, as zod does', () => {
    for (const input of [null, undefined, 3, 'answers', [], [1]]) {
      expect(readAnswers(input).ok).toBe(answersSchema.safeParse(input).success);
      expect(readAnswers(input).ok).toBe(false);
    }
  });

  it('fill every default for an empty set', () => {
    expect(parseAnswers({})).toEqual(answersSchema.parse({}));
    expect(() => parseAnswers({ employees: 0 })).toThrow(/employees/);
  });
});

describe('why an answer is refused', () => {
  it('names the first broken rule with its bound', () => {
    // employees: whole, 1 to 1,000,000. 0.5 is neither whole nor ≥ 1: the whole-number rule
    // comes first, as the person reads it.
    expect(checkAnswer('employees', 0.5)).toEqual({ ok: false, issue: { code: 'integer' } });
    expect(checkAnswer('employees', 0)).toEqual({ ok: false, issue: { code: 'min', bound: 1 } });
    // zod's own first issue for 1e20 is the safe-integer limit (2^53 − 1); the rules name the
    // answer's own maximum, which is what the form shows.
    expect(checkAnswer('employees', 1e20)).toEqual({
      ok: false,
      issue: { code: 'max', bound: 1_000_000 },
    });
    // A salary must be above 0, not merely at least 0.
    expect(checkAnswer('averageSalary', 0)).toEqual({
      ok: false,
      issue: { code: 'above', bound: 0 },
    });
    expect(checkAnswer('turnoverRate', 1.2)).toEqual({
      ok: false,
      issue: { code: 'max', bound: 1 },
    });
    expect(checkAnswer('industry', 'mining')).toEqual({ ok: false, issue: { code: 'choice' } });
    expect(checkAnswer('mixedPhones', 'yes')).toEqual({ ok: false, issue: { code: 'type' } });
    expect(checkAnswer('clientName', 'z'.repeat(81))).toEqual({
      ok: false,
      issue: { code: 'tooLong', bound: 80 },
    });
    expect(checkAnswer('clientName', '  Acme  ')).toEqual({ ok: true, value: 'Acme' });
  });
});
