import { describe, expect, it } from 'vitest';
import { answersSchema } from '@/lib/model';
import {
  PROJECTOR_SCRIPT,
  WORKSHOP_STORAGE_KEY,
  initialWorkshop,
  readWorkshop,
  writeWorkshop,
} from '@/lib/workshop';

/** Runs the page's inline script against a stored text; true when it set the flag. */
function flagged(stored: string | null, storage: 'ok' | 'blocked' = 'ok'): boolean {
  const attributes = new Map<string, string>();
  const localStorage = {
    getItem(key: string) {
      if (storage === 'blocked') throw new Error('SecurityError');
      return key === WORKSHOP_STORAGE_KEY ? stored : null;
    },
  };
  const document = {
    documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) },
  };
  new Function('localStorage', 'document', PROJECTOR_SCRIPT)(localStorage, document);
  return attributes.get('data-projector') === '';
}

const on = { ...initialWorkshop(), projector: true };
const stored = (extra: Record<string, unknown>) =>
  JSON.stringify({ ...JSON.parse(writeWorkshop(on)), ...extra });

// Each text is one way a stored workshop can be, or fail to be, in projector mode.
const texts: Record<string, string | null> = {
  'nothing stored': null,
  'projector on': writeWorkshop(on),
  'projector off': writeWorkshop(initialWorkshop()),
  'on, with answers and overrides': writeWorkshop({
    ...on,
    answers: answersSchema.parse({ employees: 240 }),
    edited: ['employees'],
    overrides: { residualFines: 0.25 },
    packageId: 'pro',
  }),
  'on, with one bad answer (salvaged, the rest kept)': stored({ answers: { employees: 'many' } }),
  'not JSON': '{"v":1,',
  'a JSON array': '[1]',
  'a JSON string': '"projector"',
  'another version': stored({ v: 2 }),
  'projector as text': stored({ projector: 'true' }),
  'overrides as an array': stored({ overrides: [] }),
  'overrides missing': stored({ overrides: undefined }),
  'answers null': stored({ answers: null }),
  'edited not a list': stored({ edited: 'employees' }),
  'edited with a number': stored({ edited: [1] }),
  'a package name too long': stored({ packageId: 'p'.repeat(25) }),
  'a package name of 24': stored({ packageId: 'p'.repeat(24) }),
  'a package name as a number': stored({ packageId: 7 }),
};

describe('the workshop page inline projector script', () => {
  // The flag set before the first paint must be the one the app keeps after reading the storage:
  // otherwise the page changes size once it has loaded.
  for (const [name, text] of Object.entries(texts)) {
    it(`agrees with readWorkshop: ${name}`, () => {
      expect(flagged(text)).toBe(readWorkshop(text)?.projector === true);
    });
  }

  it('sets the flag for a stored projector mode, and not otherwise', () => {
    expect(flagged(texts['projector on']!)).toBe(true);
    expect(flagged(texts['projector off']!)).toBe(false);
    expect(flagged(null)).toBe(false);
  });

  it('leaves the page as it is when storage is blocked', () => {
    expect(() => flagged(texts['projector on']!, 'blocked')).not.toThrow();
    expect(flagged(texts['projector on']!, 'blocked')).toBe(false);
  });
});
