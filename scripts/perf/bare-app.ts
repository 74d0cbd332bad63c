// The baseline: a bare Next.js + next-intl + Tailwind app as next-intl's getting-started guide
// sets it up (locale routing, proxy, NextIntlClientProvider, a navigation link), written into a
// temporary folder whose node_modules is a link to this repo's, so nothing is downloaded.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare', private: true, type: 'module' }),
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['dom', 'dom.iterable', 'esnext'],
      skipLibCheck: true,
      strict: true,
      noEmit: true,
      module: 'esnext',
      moduleResolution: 'bundler',
      resolveJsonModule: true,
      isolatedModules: true,
      jsx: 'react-jsx',
      plugins: [{ name: 'next' }],
    },
    include: ['**/*.ts', '**/*.tsx'],
    exclude: ['node_modules'],
  }),
  'next.config.mjs': `import createNextIntlPlugin from 'next-intl/plugin';
// The root holds both this folder and the node_modules its link points to.
export default createNextIntlPlugin()({ poweredByHeader: false, turbopack: { root: '/' } });`,
  'postcss.config.mjs': `export default { plugins: { '@tailwindcss/postcss': {} } };`,
  'i18n/routing.ts': `import { defineRouting } from 'next-intl/routing';
export const routing = defineRouting({ locales: ['en', 'de'], defaultLocale: 'en' });`,
  'i18n/navigation.ts': `import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';
export const { Link, redirect, usePathname, useRouter } = createNavigation(routing);`,
  'i18n/request.ts': `import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: (await import(\`../messages/\${locale}.json\`)).default };
});`,
  'proxy.ts': `import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';
export default createMiddleware(routing);
export const config = { matcher: '/((?!api|_next|.*\\\\..*).*)' };`,
  'messages/en.json': JSON.stringify({
    Home: { title: 'Hello world', intro: 'A bare page.', about: 'About' },
  }),
  'messages/de.json': JSON.stringify({
    Home: { title: 'Hallo Welt', intro: 'Eine leere Seite.', about: 'Über' },
  }),
  'app/globals.css': `@import 'tailwindcss';`,
  'app/[locale]/layout.tsx': `import './../globals.css';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
export const generateStaticParams = () => routing.locales.map((locale) => ({ locale }));
export const metadata = { title: 'Bare', description: 'A bare Next.js, next-intl and Tailwind page.' };
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body className="font-sans"><NextIntlClientProvider>{children}</NextIntlClientProvider></body>
    </html>
  );
}`,
  'app/[locale]/page.tsx': `import { use } from 'react';
import { useTranslations } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
export default function Page({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale(use(params).locale);
  const t = useTranslations('Home');
  return (
    <main className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-3xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-3 text-slate-700">{t('intro')}</p>
      <Link href="/" locale="de" className="mt-3 inline-block underline">{t('about')}</Link>
    </main>
  );
}`,
};

/** Writes the bare app into `dir` (replacing what was there) and returns its folder. */
export function writeBareApp(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, `${text}\n`);
  }
  // tsconfig "paths" would be needed for '@/'; a relative alias keeps the files short.
  const tsconfig = JSON.parse(FILES['tsconfig.json']!);
  tsconfig.compilerOptions.paths = { '@/*': ['./*'] };
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}
