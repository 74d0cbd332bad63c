import { describe, expect, it } from 'vitest';
import { answersSchema, choosePackage, computeReport, resolveAssumptions } from '@/lib/model';
import { getBrand } from '@/lib/brand/load';
import { blankReport, initialWorkshop } from '@/lib/workshop';

const book = getBrand().suite;

describe('blankReport', () => {
  it('is the report of a workshop with nothing entered, at the default package', () => {
    // What the page shows before a first edit, rejoined with its assumptions as workshop.tsx
    // does, against the model run on the questionnaire's defaults.
    const blank = blankReport(book);
    const suite = choosePackage(book).pricing;
    const answers = answersSchema.parse({});
    const shown = { ...blank, assumptions: resolveAssumptions(answers, { suite }).assumptions };
    expect(shown).toEqual(computeReport(answers, { suite }));
    expect(initialWorkshop().answers).toEqual(answers);
  });

  it('leaves the assumptions out, and crosses to the browser intact', () => {
    const blank = blankReport(book);
    expect(blank).not.toHaveProperty('assumptions');
    // The page's payload carries it as JSON-like data: nothing is lost on the way.
    expect(JSON.parse(JSON.stringify(blank))).toEqual(blank);
    // About 4 kB against the whole report's 30 kB (53 assumptions with their sources).
    expect(JSON.stringify(blank).length).toBeLessThan(8_000);
  });
});
