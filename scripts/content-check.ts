// `npm run content:check`: what marketing needs to know before publishing.
// Fails on invalid frontmatter, a bad brand file or message keys missing in a locale;
// lists (without failing) articles that lack a translation.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { locales } from '../i18n/routing';
import { parseBrand } from '../lib/brand/load';
import { missingTranslations, scanArticles } from '../lib/content/scan';
import { compareMessages } from '../lib/i18n/message-keys';

const root = process.argv[2] ?? process.cwd();
let failed = false;
const read = (p: string) => readFileSync(path.join(root, p), 'utf8');

try {
  parseBrand(read('content/brand.json'), 'content/brand.json', path.join(root, 'public'));
  console.log('brand: content/brand.json is valid');
} catch (e) {
  failed = true;
  console.log(`brand: ${(e as Error).message}`);
}

const { articles, errors } = scanArticles(path.join(root, 'content', 'insights'));
console.log(`articles: ${articles.length} valid, ${errors.length} invalid`);
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
