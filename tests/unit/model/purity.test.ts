import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(process.cwd(), 'lib/model');

describe('lib/model stays framework-free', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))(
    '%s imports only zod and itself',
    (file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      const specifiers = [...source.matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]);
      for (const s of specifiers) expect(s === 'zod' || s?.startsWith('./')).toBe(true);
    },
  );
});
