import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brandSchema, type Brand } from './schema';

export class BrandError extends Error {
  override name = 'BrandError';
}

/** Validates a brand file's text; throws a BrandError naming the file and every bad field. */
export function parseBrand(text: string, file: string, publicDir?: string): Brand {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new BrandError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const result = brandSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map(
      (i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`,
    );
    throw new BrandError(`${file}: invalid brand file\n${lines.join('\n')}`);
  }
  if (publicDir && !existsSync(path.join(publicDir, result.data.logo))) {
    throw new BrandError(
      `${file}: invalid brand file\n  - logo: no file public${result.data.logo}`,
    );
  }
  return result.data;
}

let cached: Brand | undefined;

/** The deployed brand, read once per server process (and at build, where a bad file stops it). */
export function getBrand(): Brand {
  if (!cached) {
    const file = path.join(process.cwd(), 'content', 'brand.json');
    cached = parseBrand(
      readFileSync(file, 'utf8'),
      'content/brand.json',
      path.join(process.cwd(), 'public'),
    );
  }
  return cached;
}
