import { parse as parseYaml } from 'yaml';
import { frontmatterSchema, type Frontmatter } from './schema';

export class ContentError extends Error {
  override name = 'ContentError';
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits an article file into validated frontmatter and its MDX body; throws naming file and field. */
export function parseArticle(
  text: string,
  file: string,
): { frontmatter: Frontmatter; body: string } {
  const match = FENCE.exec(text);
  if (!match) throw new ContentError(`${file}: no YAML frontmatter between --- lines at the top`);
  let data: unknown;
  try {
    // Dates stay strings so that the schema, not YAML, decides what a valid date is.
    data = parseYaml(match[1] ?? '', { schema: 'core' });
  } catch (e) {
    throw new ContentError(`${file}: frontmatter is not valid YAML (${(e as Error).message})`);
  }
  const result = frontmatterSchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map(
      (i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`,
    );
    throw new ContentError(`${file}: invalid frontmatter\n${lines.join('\n')}`);
  }
  return { frontmatter: result.data, body: text.slice(match[0].length) };
}

/** Minutes to read at 220 words a minute, at least one. */
export function readingMinutes(body: string): number {
  const words = body.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 220));
}
