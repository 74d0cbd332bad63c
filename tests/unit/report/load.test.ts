import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '@/lib/model';
import { encodeReport } from '@/lib/report-link';
import { memoByCode } from '@/lib/report/memo';
import { openReport } from '@/lib/report/open';
import { oneBook } from '../support/price-book';

const book = oneBook({
  currency: 'EUR',
  licencePerUserMonth: 10.8,
  managedServicePerUserMonth: 8,
  onboardingPerUser: 45,
});

describe('reading a report link once', () => {
  it('opens a code once however many readers ask (metadata, page, share bar, social image)', () => {
    let opened = 0;
    const load = memoByCode((code: string) => {
      opened += 1;
      return openReport(code, book);
    });
    const code = encodeReport(answersSchema.parse({ employees: 40 }));
    const readers = [load(code), load(code), load(code), load(code)];
    expect(opened).toBe(1);
    // Every reader gets the same computed report, not a copy computed again.
    expect(new Set(readers).size).toBe(1);
    expect(readers[0]!.ok && readers[0]!.report.netSaving).toEqual(
      (openReport(code, book) as { report: { netSaving: number } }).report.netSaving,
    );
  });

  it('keeps the most recently used codes and forgets the oldest', () => {
    const calls: string[] = [];
    const load = memoByCode((code: string) => calls.push(code), 2);
    load('a');
    load('b');
    load('a'); // a is now the most recent, b the oldest
    load('c'); // three codes in a memory of two: b goes
    load('a');
    load('b');
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });

  // The page, its metadata, its social image and the embed read the link only through loadReport.
  const readers = [
    'app/[locale]/report/[code]/page.tsx',
    'app/[locale]/report/[code]/opengraph-image.tsx',
    'app/embed/[locale]/report/[code]/page.tsx',
  ];
  it.each(readers)('%s reads the report through loadReport only', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).toContain('loadReport(code)');
    expect(source).not.toMatch(/\b(decodeReport|openReport)\(/);
  });
  it.each(['components/share/report-share.tsx', 'components/report/report-head.tsx'])(
    '%s takes the opened report, never the code to decode',
    (file) => expect(readFileSync(file, 'utf8')).not.toMatch(/\b(decodeReport|openReport)\(/),
  );
});
