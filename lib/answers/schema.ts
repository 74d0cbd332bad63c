import { z } from 'zod';
import { answerKeys, answerRules, type AnswerKey, type AnswerRule, type ChoiceRule } from './rules';

export * from './rules';
export * from './profile';

// The answers' zod schema, built from the rules the browser checks with: the API, the server and
// the tests parse with it. `tests/unit/answers/rules.test.ts` holds the two to the same verdicts.

type Rules = typeof answerRules;
type ZodFor<R> =
  R extends ChoiceRule<infer T>
    ? z.ZodDefault<z.ZodEnum<{ [V in T]: V }>>
    : R extends { kind: 'number' }
      ? z.ZodDefault<z.ZodNumber>
      : R extends { kind: 'flag' }
        ? z.ZodDefault<z.ZodBoolean>
        : z.ZodOptional<z.ZodString>;

function zodFor(r: AnswerRule): z.ZodType {
  switch (r.kind) {
    case 'number': {
      let n = z.number();
      if (r.int) n = n.int();
      n = r.minExclusive ? n.gt(r.min) : n.min(r.min);
      return n.max(r.max).default(r.default);
    }
    case 'choice':
      return z.enum(r.options as [string, ...string[]]).default(r.default);
    case 'flag':
      return z.boolean().default(r.default);
    case 'text':
      return z.string().trim().max(r.max).optional();
  }
}

const shape = Object.fromEntries(answerKeys.map((k) => [k, zodFor(answerRules[k])])) as {
  [K in AnswerKey]: ZodFor<Rules[K]>;
};

/**
 * The questionnaire's answers. Every field has a default, so `answersSchema.parse({})` is a
 * complete, valid answer set. No custom messages: the UI maps issues to its own text.
 */
export const answersSchema = z.object(shape);
