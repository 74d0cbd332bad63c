import { describe, expect, it } from 'vitest';
import { keyboardFor } from '@/lib/questionnaire';

describe('keyboardFor', () => {
  it('gives whole numbers a digit pad, amounts a decimal pad, and other fields none', () => {
    expect(keyboardFor('integer')).toBe('numeric');
    expect(['decimal', 'money', 'percent'].map((k) => keyboardFor(k as 'money'))).toEqual([
      'decimal',
      'decimal',
      'decimal',
    ]);
    expect(['select', 'boolean', 'text'].map((k) => keyboardFor(k as 'text'))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
