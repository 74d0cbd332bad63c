import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Words of a text for comparison: NFC, lower case, links and markup dropped, punctuation ignored. */
export function comparableWords(text: string): string[] {
  const plain = text
    .normalize('NFC')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // a Markdown link counts by its text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/<[^>]*>/g, ' ') // MDX components and HTML tags
    .toLowerCase();
  return plain.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export type SeedIndex = { size: number; runLength: number; grams: Map<string, string> };
export type SharedRun = { seed: string; words: number; text: string };

/** Every run of `runLength` consecutive words in the seed texts, mapped to the seed's name. */
export function indexSeeds(seeds: { name: string; text: string }[], runLength = 8): SeedIndex {
  const grams = new Map<string, string>();
  for (const { name, text } of seeds) {
    const words = comparableWords(text);
    for (let i = 0; i + runLength <= words.length; i++)
      grams.set(words.slice(i, i + runLength).join(' '), name);
  }
  return { size: seeds.length, runLength, grams };
}

/** The seed documents in a folder (every file but its README), or undefined if it is absent. */
export function readSeeds(dir: string): { name: string; text: string }[] | undefined {
  try {
    if (!statSync(dir).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  return readdirSync(dir)
    .filter((name) => !/^readme/i.test(name) && statSync(path.join(dir, name)).isFile())
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));
}

/** Runs of at least `runLength` words that `text` shares with a seed, longest merged, in order. */
export function sharedRuns(text: string, index: SeedIndex): SharedRun[] {
  const words = comparableWords(text);
  const n = index.runLength;
  const runs: SharedRun[] = [];
  let start = -1;
  let seed = '';
  const close = (end: number) => {
    const slice = words.slice(start, end + n);
    runs.push({ seed, words: slice.length, text: slice.join(' ') });
    start = -1;
  };
  for (let i = 0; i + n <= words.length; i++) {
    const hit = index.grams.get(words.slice(i, i + n).join(' '));
    if (hit && start < 0) {
      start = i;
      seed = hit;
    } else if (!hit && start >= 0) close(i - 1);
  }
  if (start >= 0) close(words.length - n);
  return runs;
}
