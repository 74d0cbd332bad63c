import { describe, expect, it } from 'vitest';
import { answersSchema } from '@/lib/model';
import { decodeReport } from '@/lib/share';
import { LINK_CARRIES_OVERRIDES, reportPath } from '@/lib/workshop';

describe('reportPath', () => {
  it('is the locale’s report page for a code that decodes to the same answers', () => {
    const answers = answersSchema.parse({ employees: 120, jurisdiction: 'uk', clientName: 'Acme' });
    const path = reportPath('de', answers);
    expect(path).toMatch(/^\/de\/report\/[A-Za-z0-9_-]+$/);
    expect(decodeReport(path.split('/').pop())).toEqual({ ok: true, answers, overrides: {} });
  });

  it('says honestly that link format v1 carries no assumption overrides', () => {
    expect(LINK_CARRIES_OVERRIDES).toBe(false);
  });
});
