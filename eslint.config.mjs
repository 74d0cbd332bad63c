import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const frameworkImports = {
  patterns: [
    {
      group: [
        'react',
        'react-dom',
        'react/*',
        'next',
        'next/*',
        'next-intl',
        'next-intl/*',
        'recharts',
        '@/components/*',
        '@/app/*',
        '@/i18n/*',
      ],
      message: 'Domain code stays framework-free: no React, Next, next-intl or recharts here.',
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next*/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    '.scratch/**',
    'next-env.d.ts',
    'messages/*.d.json.ts',
  ]),
  {
    // The cost model, answers, questionnaire logic and report-link codec must run anywhere, server or browser.
    files: [
      'lib/model/**',
      'lib/answers/**',
      'lib/questionnaire/**',
      'lib/report-link/**',
      'lib/workshop/**',
    ],
    rules: { 'no-restricted-imports': ['error', frameworkImports] },
  },
]);
