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

/** The brand file's path: BRAND_FILE (relative to the working folder) or content/brand.json. */
export function brandFile(env: Record<string, string | undefined> = process.env): string {
  return env.BRAND_FILE || 'content/brand.json';
}

/** The deployed brand, read once per server process (and at build, where a bad file stops it). */
export function getBrand(): Brand {
  if (!cached) {
    const file = brandFile();
    let text: string;
    try {
      text = readFileSync(path.resolve(process.cwd(), file), 'utf8');
    } catch (e) {
      throw new BrandError(
        `${file}: cannot read the brand file (BRAND_FILE) (${(e as Error).message})`,
      );
    }
    cached = parseBrand(text, file, path.join(process.cwd(), 'public'));
  }
  return cached;
}
