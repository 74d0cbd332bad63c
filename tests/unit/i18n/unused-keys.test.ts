import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';

// en.json is the contract: a key no code asks for is dead weight in four languages. A key counts
// as used when some namespace the code names ('report.fines', or none) joined with some key the
// code writes ('title', or a template such as `regimes.${regime}`) spells it.

function leaves(node: unknown, path: string[] = []): string[] {
  if (typeof node !== 'object' || node === null) return [path.join('.')];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, [...path, k]));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Quoted strings as they are; template literals as patterns, each ${…} one key segment. */
export function keysIn(code: string): { literals: Set<string>; patterns: RegExp[] } {
  const literals = new Set<string>();
  for (const m of code.matchAll(/'([A-Za-z0-9_.-]+)'|"([A-Za-z0-9_.-]+)"/g)) {
    literals.add(m[1] ?? m[2]!);
  }
  const patterns: RegExp[] = [];
  for (const m of code.matchAll(/`([^`]*\$\{[^`]*)`/g)) {
    const parts = m[1]!.split(/\$\{[^}]*\}/);
    // A template with no word of its own (`${ns}.${key}`) would match every key: not evidence.
    if (!parts.every((p) => /^[A-Za-z0-9_.-]*$/.test(p)) || !/[A-Za-z]{2}/.test(parts.join(''))) {
      continue;
    }
    patterns.push(new RegExp(`^${parts.map(escape).join('[A-Za-z0-9_-]+')}$`));
  }
  return { literals, patterns };
}

describe('messages/en.json has no unused key', () => {
  it('reads literals and templates as keys', () => {
    const { literals, patterns } = keysIn('t(\'title\'); t(`regimes.${f.regime}`); x("a.b")');
    expect([...literals].sort()).toEqual(['a.b', 'title']);
    expect(patterns.map((p) => p.test('regimes.sec'))).toEqual([true]);
    expect(keysIn('t(`${ns}.${key}`)').patterns).toEqual([]);
  });

  it('every key is asked for by the code', () => {
    const code = ['app', 'components', 'lib', 'i18n'].flatMap(sources).join('\n');
    const { literals, patterns } = keysIn(code);
    const spelled = (key: string) => literals.has(key) || patterns.some((p) => p.test(key));
    const unused = leaves(en).filter((path) => {
      const segments = path.split('.');
      // Split the path into a namespace the code names (possibly none) and a key it writes.
      return !segments.some((_, i) => {
        const ns = segments.slice(0, i).join('.');
        return (i === 0 || literals.has(ns)) && spelled(segments.slice(i).join('.'));
      });
    });
    expect(unused).toEqual([]);
  });
});
