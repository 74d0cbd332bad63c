import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparableWords, indexSeeds, readSeeds, sharedRuns } from '@/lib/content/seed-overlap';

// A made-up "seed", written for this test only (no real seed text is copied into the repository).
const seed = {
  name: 'planted-seed.txt',
  text:
    'Die Zitronenfalter der Firma Beispielhaft verschicken jeden Dienstag blaue Rechnungen an ' +
    'sehr geduldige Kunden. Niemand weiß, warum.',
};
const index = indexSeeds([seed]);

describe('seed overlap', () => {
  it('normalises case, punctuation, links and markup before comparing', () => {
    expect(
      comparableWords('„Die [Zitronenfalter](https://x.example/a)“ – der <b>Firma</b>!'),
    ).toEqual(['die', 'zitronenfalter', 'der', 'firma']);
  });

  it('finds a planted copy even when re-cased, re-punctuated and linked', () => {
    const article =
      'Vorweg: DIE Zitronenfalter, der [Firma](https://example.org/x) Beispielhaft verschicken — ' +
      'jeden Dienstag — blaue Rechnungen. Danach geht es um etwas anderes.';
    // The shared run: die zitronenfalter der firma beispielhaft verschicken jeden dienstag blaue
    // rechnungen = 10 words, reported once as one merged run.
    expect(sharedRuns(article, index)).toEqual([
      {
        seed: 'planted-seed.txt',
        words: 10,
        text: 'die zitronenfalter der firma beispielhaft verschicken jeden dienstag blaue rechnungen',
      },
    ]);
  });

  it('lets a run of seven shared words pass, and catches eight', () => {
    // 7 words: zitronenfalter der firma beispielhaft verschicken jeden dienstag
    const seven = 'Unsere Zitronenfalter der Firma Beispielhaft verschicken jeden Dienstag nichts.';
    expect(sharedRuns(seven, index)).toEqual([]);
    // 8 words: the same seven plus "blaue"
    const eight =
      'Unsere Zitronenfalter der Firma Beispielhaft verschicken jeden Dienstag blaue Post.';
    expect(sharedRuns(eight, index).map((r) => r.words)).toEqual([8]);
  });

  it('reads every seed file but the README, and nothing when the folder is absent', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seeds-'));
    try {
      writeFileSync(path.join(dir, 'README.md'), 'what the seeds are');
      writeFileSync(path.join(dir, '001_x.txt'), seed.text);
      mkdirSync(path.join(dir, 'sub'));
      expect(readSeeds(dir)?.map((s) => s.name)).toEqual(['001_x.txt']);
      expect(readSeeds(path.join(dir, 'missing'))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
