// `npm run content:check [root] [--seeds <dir>]`: what marketing needs to know before publishing.
// Fails on invalid frontmatter, a broken editorial rule (sources, tags, seed copies, banned
// variants), a bad brand file or message keys missing in a locale; lists (without failing)
// articles that lack a translation. The seeds live outside the repository: SEEDS_DIR or --seeds,
// else ../shared/seeds beside the checkout; the seed check is skipped, with a note, without them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { locales } from '../i18n/routing';
import { parseBrand } from '../lib/brand/load';
import { parseBannedTerms } from '../lib/content/glossary';
import { articleProblems, type RuleContext } from '../lib/content/rules';
import { missingTranslations, scanArticles } from '../lib/content/scan';
import { indexSeeds, readSeeds } from '../lib/content/seed-overlap';
import { compareMessages } from '../lib/i18n/message-keys';

const args = process.argv.slice(2);
const seedsFlag = args.findIndex((a) => a === '--seeds' || a.startsWith('--seeds='));
const seedsArg =
  seedsFlag < 0
    ? undefined
    : args[seedsFlag]!.includes('=')
      ? args[seedsFlag]!.split('=')[1]
      : args[seedsFlag + 1];
const positional = args.filter(
  (a, i) => !a.startsWith('--') && (seedsFlag < 0 || i !== seedsFlag + 1),
);
const root = path.resolve(positional[0] ?? process.cwd());
let failed = false;
const read = (p: string) => readFileSync(path.join(root, p), 'utf8');

const ctx: RuleContext = {};
const seedsDir = path.resolve(root, seedsArg ?? process.env.SEEDS_DIR ?? '../shared/seeds');
const seeds = readSeeds(seedsDir);
if (seeds) {
  ctx.seeds = indexSeeds(seeds);
  console.log(`seeds: comparing 8-word runs with ${seeds.length} documents in ${seedsDir}`);
} else {
  console.log(`seeds: no folder at ${seedsDir} (set SEEDS_DIR); seed check skipped`);
}
if (existsSync(path.join(root, 'docs/glossary.md'))) {
  try {
    ctx.banned = parseBannedTerms(read('docs/glossary.md'));
  } catch (e) {
    failed = true;
    console.log((e as Error).message);
  }
} else {
  console.log('glossary: no docs/glossary.md; banned-variant check skipped');
}

try {
  parseBrand(read('content/brand.json'), 'content/brand.json', path.join(root, 'public'));
  console.log('brand: content/brand.json is valid');
} catch (e) {
  failed = true;
  console.log(`brand: ${(e as Error).message}`);
}

const { articles, errors } = scanArticles(path.join(root, 'content', 'insights'));
let valid = 0;
for (const article of articles) {
  const problems = articleProblems(article, ctx);
  if (problems.length)
    errors.push(`${article.file}: breaks the rules\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  else valid += 1;
}
console.log(`articles: ${valid} valid, ${errors.length} invalid`);
for (const error of errors) console.log(`  ✗ ${error}`);
if (errors.length) failed = true;
for (const { translationKey, missing } of missingTranslations(articles)) {
  console.log(`  missing translation: "${translationKey}" has no ${missing.join(', ')} version`);
}

const en = JSON.parse(read('messages/en.json'));
for (const locale of locales.filter((l) => l !== 'en')) {
  let other;
  try {
    other = JSON.parse(read(`messages/${locale}.json`));
  } catch (e) {
    failed = true;
    console.log(`messages/${locale}.json: cannot be read (${(e as Error).message})`);
    continue;
  }
  const diff = compareMessages(en, other);
  const problems = [
    ...diff.missing.map((k) => `missing key ${k}`),
    ...diff.extra.map((k) => `extra key ${k}`),
    ...diff.argumentMismatch.map((k) => `ICU arguments differ from en in ${k}`),
    ...diff.invalid.map((k) => `invalid ICU syntax in ${k}`),
  ];
  console.log(
    `messages/${locale}.json: ${problems.length ? `${problems.length} problems` : 'complete'}`,
  );
  for (const p of problems) console.log(`  ✗ ${p}`);
  if (problems.length) failed = true;
}

console.log(failed ? 'content check: FAILED' : 'content check: ok');
process.exit(failed ? 1 : 0);
