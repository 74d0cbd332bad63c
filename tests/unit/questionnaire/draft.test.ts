import { describe, expect, it } from 'vitest';
import { answersSchema } from '@/lib/model';
import { initialDraft, readDraft, writeDraft } from '@/lib/questionnaire';

const defaults = answersSchema.parse({});

describe('draft', () => {
  it('starts on step one with the schema defaults', () => {
    expect(initialDraft()).toEqual({ step: 0, answers: defaults, edited: [] });
  });

  it('survives a write and a read', () => {
    const draft = {
      step: 3,
      answers: { ...defaults, employees: 12 },
      edited: ['employees' as const],
    };
    expect(readDraft(writeDraft(draft))).toEqual(draft);
  });

  it('ignores unreadable or foreign drafts, and drops only the bad answers', () => {
    expect(readDraft(null)).toBeNull();
    expect(readDraft('{')).toBeNull();
    expect(readDraft(JSON.stringify({ v: 2, step: 0, answers: {}, edited: [] }))).toBeNull();
    expect(readDraft(JSON.stringify({ v: 1, step: 9, answers: {}, edited: [] }))).toBeNull();
    const partly = readDraft(
      JSON.stringify({
        v: 1,
        step: 1,
        answers: { employees: -5, industry: 'legal', nonsense: true },
        edited: ['industry', 'nonsense'],
      }),
    );
    expect(partly).toEqual({
      step: 1,
      answers: { ...defaults, industry: 'legal' },
      edited: ['industry'],
    });
  });
});
