import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// Runs the real `npm run content:check` script against a throw-away site folder.
const repo = process.cwd();
const tsx = path.join(repo, 'node_modules', '.bin', 'tsx');
let root: string;

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

function article(translationKey: string, extra: Record<string, string> = {}) {
  const fields: Record<string, string> = {
    title: '"A title long enough"',
    description:
      '"A description long enough to pass the seventy-character minimum for search snippets."',
    date: '2026-09-15',
    author: 'Editorial team',
    translationKey,
    tags: '[WhatsApp]',
    sources:
      '\n  - title: "A source"\n    publisher: "A publisher"\n    date: 2026-09\n    url: https://example.com/source',
    ...extra,
  };
  const yaml = Object.entries(fields)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n\nBody text.\n\n<AssessmentCta />\n`;
}

function check(args: string[] = [], env: Record<string, string> = {}) {
  const run = spawnSync(tsx, ['scripts/content-check.ts', root, ...args], {
    cwd: repo,
    encoding: 'utf8',
    // No seeds unless a test plants some: the real ones live outside the repository.
    env: { ...process.env, SEEDS_DIR: path.join(root, 'no-seeds'), ...env },
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

// A made-up seed, written for this test; the article below copies nine of its words.
const SEED = 'Every purple invoice from the lighthouse arrives on a Tuesday morning by boat.';
const COPIED = 'We note that every purple invoice from the lighthouse arrives on a Tuesday, oddly.';

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'content-check-'));
  mkdirSync(path.join(root, 'content'), { recursive: true });
  mkdirSync(path.join(root, 'public', 'brand'), { recursive: true });
  copyFileSync(path.join(repo, 'content', 'brand.json'), path.join(root, 'content', 'brand.json'));
  copyFileSync(
    path.join(repo, 'public', 'brand', 'logo.svg'),
    path.join(root, 'public', 'brand', 'logo.svg'),
  );
  for (const locale of ['en', 'de', 'it', 'es'])
    write(`messages/${locale}.json`, JSON.stringify({ nav: { home: `home ${locale}` } }));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

// Each case starts the script in a fresh process, which can take seconds on a busy machine.
describe('content:check', { timeout: 30_000 }, () => {
  it('passes when every article exists in every language', () => {
    for (const locale of ['en', 'de', 'it', 'es'])
      write(`content/insights/${locale}/cost-${locale}.mdx`, article('cost'));
    const { code, out } = check();
    expect(out).toContain('articles: 4 valid, 0 invalid');
    expect(out).not.toContain('missing translation');
    expect(code).toBe(0);
  });

  it('names a missing translation by key and language, without failing', () => {
    write('content/insights/en/lost-phones.mdx', article('lost-phones'));
    write('content/insights/de/verlorene-handys.mdx', article('lost-phones'));
    write('content/insights/es/moviles.mdx', article('lost-phones'));
    const { code, out } = check();
    expect(out).toContain('missing translation: "lost-phones" has no it version');
    expect(out).toContain('content check: ok');
    expect(code).toBe(0);
  });

  it('fails on a bad frontmatter file, naming the file and the field', () => {
    write('content/insights/en/good.mdx', article('good'));
    write('content/insights/de/kaputt.mdx', article('broken', { date: '15.09.2026' }));
    const { code, out } = check();
    expect(out).toMatch(/content\/insights\/de\/kaputt\.mdx: invalid frontmatter\n\s+- date: /);
    expect(out).toContain('content check: FAILED');
    expect(code).toBe(1);
  });

  it('fails on a missing required field and on an unknown one', () => {
    write('content/insights/it/senza-fonti.mdx', article('no-sources', { sources: '' }));
    write('content/insights/es/extra.mdx', article('extra', { writer: 'Ana' }));
    const { code, out } = check();
    expect(out).toMatch(
      /content\/insights\/it\/senza-fonti\.mdx: invalid frontmatter\n\s+- sources: /,
    );
    expect(out).toMatch(
      /content\/insights\/es\/extra\.mdx: invalid frontmatter\n\s+- \(root\): .*writer/,
    );
    expect(code).toBe(1);
  });

  it('skips the seed check with a note when there is no seeds folder', () => {
    write('content/insights/en/cost.mdx', article('cost'));
    const { code, out } = check();
    expect(out).toMatch(/seeds: no folder at .*no-seeds \(set SEEDS_DIR\); seed check skipped/);
    expect(code).toBe(0);
  });

  it('fails on an article that copies 8 words in a row from a seed (SEEDS_DIR or --seeds)', () => {
    write('seeds/000_made-up.txt', SEED);
    write('content/insights/en/copy.mdx', article('copy').replace('Body text.', COPIED));
    // Shared: every purple invoice from the lighthouse arrives on a tuesday = 10 words.
    const expected =
      /content\/insights\/en\/copy\.mdx: breaks the rules\n\s+- body: shares 10 words in a row with seed 000_made-up\.txt: "every purple invoice from the lighthouse arrives on a tuesday"/;
    for (const run of [
      check([], { SEEDS_DIR: path.join(root, 'seeds') }),
      check(['--seeds', path.join(root, 'seeds')]),
    ]) {
      expect(run.out).toContain('seeds: comparing 8-word runs with 1 documents');
      expect(run.out).toMatch(expected);
      expect(run.code).toBe(1);
    }
  });

  it('fails on a broken source or tag rule, naming file, field and reason', () => {
    write(
      'content/insights/de/quellen.mdx',
      article('sources', {
        tags: '[dsgvo]',
        sources:
          '\n  - title: "DSGVO"\n    publisher: "law-reg"\n    date: 2016\n    url: https://law-reg.org/gdpr-en/regulation_translate/382',
      }),
    );
    const { code, out } = check();
    expect(out).toContain('articles: 0 valid, 1 invalid');
    expect(out).toContain('- tags.0: write "DSGVO", not "dsgvo"');
    expect(out).toContain('- sources.0.url: law-reg.org is not accepted');
    expect(code).toBe(1);
  });

  it('fails on a banned glossary variant when docs/glossary.md lists it', () => {
    write('docs/glossary.md', '```banned-es\nrango → intervalo\n```\n');
    write('content/insights/es/rango.mdx', article('range').replace('Body text.', 'Un rango.'));
    const { code, out } = check();
    expect(out).toContain('- body: "rango" is a banned variant (docs/glossary.md); use intervalo');
    expect(code).toBe(1);
  });

  it('fails on a message key missing in one locale, naming it', () => {
    write('messages/it.json', JSON.stringify({ nav: {} }));
    const { code, out } = check();
    expect(out).toContain('messages/it.json: 1 problems');
    expect(out).toContain('missing key nav.home');
    expect(code).toBe(1);
  });
});
