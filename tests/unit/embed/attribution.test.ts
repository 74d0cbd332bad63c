import { describe, expect, it } from 'vitest';
import { sourceLabel } from '@/lib/funnel/events';
import { attributionFrom } from '@/lib/funnel/visit';

const OWN = 'https://costoffree.example.com';

describe('a visit’s attribution', () => {
  it('takes utm_*, the seller code and the loader’s referrer and host from the address', () => {
    const search =
      '?utm_source=newsletter&utm_medium=email&utm_campaign=dec&seller=ana&referrer=https%3A%2F%2Fsearch.example%2F&host=https%3A%2F%2Fmsp.example&other=x';
    expect(attributionFrom(search, 'https://msp.example/page', OWN)).toEqual({
      utm_source: 'newsletter',
      utm_medium: 'email',
      utm_campaign: 'dec',
      seller: 'ana',
      referrer: 'https://search.example/',
      host: 'https://msp.example',
    });
  });

  it('reads ?ref= as the seller code and keeps an outside referrer, not our own', () => {
    expect(attributionFrom('?ref=bob', 'https://news.example/a', OWN)).toEqual({
      seller: 'bob',
      referrer: 'https://news.example/a',
    });
    expect(attributionFrom('', `${OWN}/en`, OWN)).toEqual({});
  });

  it('cuts long values', () => {
    const long = 'x'.repeat(500);
    expect(attributionFrom(`?utm_source=${long}`, '', OWN).utm_source).toHaveLength(200);
  });

  it('labels the funnel source: utm_source, else the referring host, else direct', () => {
    expect(sourceLabel('LinkedIn Ads', 'https://x.example')).toBe('linkedin-ads');
    expect(sourceLabel(undefined, 'https://www.google.com/search?q=1')).toBe('www.google.com');
    expect(sourceLabel(undefined, 'not a url')).toBe('');
    expect(sourceLabel()).toBe('');
  });
});
