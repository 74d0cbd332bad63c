import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The model and the answers it reads run anywhere (server, browser, scripts): zod and each other only.
const dirs = ['lib/model', 'lib/answers'];
const allowed = (s: string) => s === 'zod' || s.startsWith('./') || s.startsWith('@/lib/answers/');

/** Every module specifier: `from '…'`, side-effect `import '…'` and dynamic `import('…')`. */
export function specifiers(source: string): string[] {
  const patterns = [
    /\bfrom\s+'([^']+)'/g,
    /^\s*import\s+'([^']+)'/gm,
    /\bimport\(\s*'([^']+)'\s*\)/g,
  ];
  return patterns.flatMap((p) => [...source.matchAll(p)].map((m) => m[1] ?? ''));
}

describe('the model stays framework-free', () => {
  it('finds every kind of import', () => {
    const source = "import a from 'react';\nimport 'next/x';\nconst b = import('recharts');";
    expect(specifiers(source).sort()).toEqual(['next/x', 'react', 'recharts']);
  });

  const files = dirs.flatMap((d) =>
    readdirSync(join(process.cwd(), d))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(d, f)),
  );
  it.each(files)('%s imports only zod, the answers and itself', (file) => {
    const source = readFileSync(join(process.cwd(), file), 'utf8');
    for (const s of specifiers(source)) expect(s, `${file} imports ${s}`).toSatisfy(allowed);
  });
});
