import { afterEach, describe, expect, it, vi } from 'vitest';
import { ogCodePoints } from '@/lib/og/fonts';
import { renderOgImage, sanitizeOgText } from '@/lib/og/render';
import { truncate } from '@/lib/og/sanitize';

describe('sanitizeOgText', () => {
  it('keeps German, Italian and Spanish text as it is', () => {
    const text =
      'Größe, Bußgeld „gratis“ – perché è già così? ¿Cuánto cuesta? ¡Año! 1.200 € · £ · CHF';
    expect(sanitizeOgText(text)).toBe(text);
  });

  it('strips emoji, flags, skin tones, joiners and scripts the fonts lack', () => {
    expect(sanitizeOgText('Hallo 👋🏽 Welt 👨‍👩‍👧 🇩🇪 ok ✅ 中文 שלום')).toBe('Hallo Welt ok');
  });

  it('turns line breaks, tabs and unusual spaces into single spaces', () => {
    expect(sanitizeOgText('a\nb\tc\u3000d  e\u0007')).toBe('a b c d e');
  });

  it('covers every letter of the four languages in both weights', () => {
    const letters = 'äöüÄÖÜßẞàèéìíòóùúÀÈÉÌÒÙñÑ¿¡çÇ€£«»„“”‚‘’–—…·';
    expect([...letters].filter((c) => !ogCodePoints.has(c.codePointAt(0)!))).toEqual([]);
  });
});

describe('truncate', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    expect(truncate('one two three four five six', 20)).toBe('one two three four…');
    expect(truncate('short', 12)).toBe('short');
  });
});

describe('renderOgImage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('renders a 1200×630 PNG from user text with emoji, without touching the network', async () => {
    // The renderer loads its own wasm through data: URLs; anything else would be the network.
    const realFetch = globalThis.fetch;
    const network: string[] = [];
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.startsWith('data:')) return realFetch(input, init);
      network.push(url);
      return Promise.reject(new Error('no network in tests'));
    });
    const res = renderOgImage({
      locale: 'de',
      eyebrow: 'Bericht 📈',
      title: 'Müller & Söhne GmbH 🚀 – was „gratis“ kostet',
      subtitle: 'Risiko: hoch 🔥',
      metric: { value: '48.200 €', label: 'Ersparnis über 3 Jahre' },
    });
    const png = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(network).toEqual([]);
  });
});
