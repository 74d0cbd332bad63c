import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const loader = readFileSync('public/embed.js');

describe('public/embed.js', () => {
  it('stays within 3 KiB gzipped (3 × 1024 = 3072 bytes)', () => {
    const size = gzipSync(loader, { level: 9 }).length;
    console.log(`embed.js: ${loader.length} bytes, ${size} bytes gzip`);
    expect(size).toBeLessThanOrEqual(3072);
  });

  it('loads nothing else: no import, no second script, no fetch', () => {
    const text = loader.toString('utf8');
    expect(text).not.toMatch(/\bimport\b|createElement\(['"]script|fetch\(|XMLHttpRequest/);
  });
});
