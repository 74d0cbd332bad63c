import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { riskCategories } from '@/lib/model';
import { steps } from '@/lib/questionnaire';
import { riskNote } from '@/lib/report/risk-notes';
import { validAnswers } from '../support/arbitraries';

type Tree = { [k: string]: string | Tree };
const at = (tree: Tree, path: string): unknown =>
  path.split('.').reduce<unknown>((node, k) => (node as Tree | undefined)?.[k], tree);

describe('questionnaire messages', () => {
  it('label, help and every option of every field exist in the English contract', () => {
    const missing: string[] = [];
    for (const step of steps) {
      if (typeof at(en, `questionnaire.steps.${step.id}`) !== 'string') missing.push(step.id);
      for (const field of step.fields) {
        const base = `questionnaire.fields.${field.key}`;
        for (const k of ['label', 'help']) {
          if (typeof at(en, `${base}.${k}`) !== 'string') missing.push(`${base}.${k}`);
        }
        if (field.kind === 'select') {
          for (const o of field.options) {
            if (typeof at(en, `${base}.options.${o}`) !== 'string') {
              missing.push(`${base}.options.${o}`);
            }
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('has a name for every risk area', () => {
    for (const c of riskCategories) expect(typeof at(en, `report.categories.${c}`)).toBe('string');
  });

  it('has a sentence for every risk note the answers can produce', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        for (const c of riskCategories) {
          expect(typeof at(en, `report.notes.${riskNote(c, answers).key}`)).toBe('string');
        }
      }),
      { numRuns: 500 },
    );
  });
});
