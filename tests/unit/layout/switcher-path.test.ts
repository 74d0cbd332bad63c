import { describe, expect, it } from 'vitest';
import { switcherPath } from '@/components/layout/switcher-path';

const articles = [
  { en: 'the-real-cost', de: 'die-wahren-kosten', it: 'il-costo-reale', es: 'el-coste-real' },
  { en: 'lost-phones', de: 'verlorene-handys' },
];

describe('switcherPath', () => {
  it('keeps the path of every page that is not an article', () => {
    expect(switcherPath('/', 'en', 'de', articles)).toBe('/');
    expect(switcherPath('/assessment', 'en', 'it', articles)).toBe('/assessment');
    expect(switcherPath('/report/abc123', 'de', 'es', articles)).toBe('/report/abc123');
    expect(switcherPath('/insights', 'es', 'en', articles)).toBe('/insights');
  });

  it('sends an article to its translation', () => {
    expect(switcherPath('/insights/the-real-cost', 'en', 'es', articles)).toBe(
      '/insights/el-coste-real',
    );
    expect(switcherPath('/insights/verlorene-handys', 'de', 'en', articles)).toBe(
      '/insights/lost-phones',
    );
    expect(switcherPath('/insights/lost-phones', 'en', 'en', articles)).toBe(
      '/insights/lost-phones',
    );
  });

  it("sends an article without a translation to that language's list", () => {
    expect(switcherPath('/insights/lost-phones', 'en', 'it', articles)).toBe('/insights');
    expect(switcherPath('/insights/verlorene-handys', 'de', 'es', articles)).toBe('/insights');
  });

  it('matches slugs in the current language only', () => {
    // "lost-phones" is an English slug: on a German page it is an unknown path, kept as it is.
    expect(switcherPath('/insights/lost-phones', 'de', 'it', articles)).toBe(
      '/insights/lost-phones',
    );
  });
});
