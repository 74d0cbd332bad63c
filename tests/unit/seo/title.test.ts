import { describe, expect, it } from 'vitest';
import { TITLE_MAX, pageTitle } from '@/lib/seo/title';

describe('page titles', () => {
  it('adds the brand when both fit in 60 characters', () => {
    // "Methodology" (11) + " · " (3) + "Northwind IT" (12) = 26 characters.
    expect(pageTitle('Methodology', 'Northwind IT')).toBe('Methodology · Northwind IT');
  });

  it('keeps a long article title whole, without the brand', () => {
    const title = 'WhatsApp im Unternehmen und die DSGVO: was gilt und was zu tun ist';
    // 66 characters alone: with " · Northwind IT" it would be 81, past the 60 a results page shows.
    expect(title.length).toBe(66);
    expect(pageTitle(title, 'Northwind IT')).toBe(title);
    // Exactly at the limit the brand still fits: 45 + 3 + 12 = 60.
    const edge = 'x'.repeat(TITLE_MAX - 15);
    expect(pageTitle(edge, 'Northwind IT')).toBe(`${edge} · Northwind IT`);
  });
});
