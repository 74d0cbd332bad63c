import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBanned, parseBannedTerms } from '@/lib/content/glossary';

const glossary = readFileSync(path.join(process.cwd(), 'docs/glossary.md'), 'utf8');

describe('glossary banned variants', () => {
  it('docs/glossary.md has a readable banned block for every language', () => {
    const banned = parseBannedTerms(glossary);
    expect(Object.keys(banned).sort()).toEqual(['de', 'en', 'es', 'it']);
    expect(banned.es).toContainEqual({ variant: 'hipótesis', use: 'supuesto', allowed: [] });
    expect(banned.de?.map((t) => t.variant)).toContain('Weiter-so');
  });

  it('reads entries with allowed phrases and refuses a line it cannot read', () => {
    const md = '```banned-es\n- bajas → salidas (allowed: bajas por enfermedad)\n# comment\n```\n';
    expect(parseBannedTerms(md)).toEqual({
      es: [{ variant: 'bajas', use: 'salidas', allowed: ['bajas por enfermedad'] }],
    });
    expect(() => parseBannedTerms('```banned-de\nDeal\n```\n')).toThrow(/banned-de: .*"Deal"/);
  });

  it('matches whole words, first letter in either case, outside the allowed phrases', () => {
    const terms = parseBannedTerms(glossary);
    const es = 'Las bajas por enfermedad subieron; las bajas de personal, también. Rango alto.';
    expect(findBanned(es, terms.es!).map((h) => h.found)).toEqual(['bajas', 'Rango']);
    // "Mitarbeitende" and "Mitarbeiterbefragung" are other words; the paired form is allowed.
    const de = 'Mitarbeitende, Mitarbeiterinnen und Mitarbeiter, die Mitarbeiterbefragung.';
    expect(findBanned(de, terms.de!)).toEqual([]);
    expect(findBanned('Jeder Mitarbeiter zählt.', terms.de!).map((h) => h.found)).toEqual([
      'Mitarbeiter',
    ]);
    expect(findBanned('WhatsApp-Nutzer', terms.de!).map((h) => h.found)).toEqual(['Nutzer']);
  });
});
