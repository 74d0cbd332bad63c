import { describe, expect, it } from 'vitest';
import { frameAncestors, isEmbedPath } from '@/lib/embed/frame-ancestors';

const allowed = ['https://www.msp.example', 'http://127.0.0.2:3203'];

describe('frame-ancestors', () => {
  it('lets the brand’s sites frame the embed pages only', () => {
    expect(frameAncestors('/de/embed', allowed)).toBe(
      'frame-ancestors https://www.msp.example http://127.0.0.2:3203',
    );
    expect(frameAncestors('/en/embed/report/abc', allowed)).toBe(
      'frame-ancestors https://www.msp.example http://127.0.0.2:3203',
    );
  });

  it.each([
    '/de',
    '/de/report/abc',
    '/en/workshop',
    '/en/inbox',
    '/en/embedded',
    '/embed',
    '/embed/fr',
    '/',
  ])('refuses every frame on %s', (path) =>
    expect(frameAncestors(path, allowed)).toBe("frame-ancestors 'none'"),
  );

  it('refuses every frame on the embed too when the brand lists no site', () => {
    expect(frameAncestors('/de/embed', [])).toBe("frame-ancestors 'none'");
  });

  it('knows the embed paths', () => {
    expect(isEmbedPath('/it/embed/')).toBe(true);
    // The folder the proxy rewrites to, which the proxy sees too.
    expect(isEmbedPath('/embed/it/report/abc')).toBe(true);
    expect(isEmbedPath('/fr/embed')).toBe(false);
  });
});
