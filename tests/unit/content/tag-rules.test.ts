import { describe, expect, it } from 'vitest';
import { tagProblems } from '@/lib/content/tag-rules';

describe('tags read as words', () => {
  it('refuses an acronym we list when written in lower case, in any language', () => {
    expect(tagProblems('dsgvo', 'de')).toEqual(['write "DSGVO", not "dsgvo"']);
    expect(tagProblems('gdpr', 'it')).toEqual(['write "GDPR", not "gdpr"']);
    expect(tagProblems('rgpd', 'es')).toEqual(['write "RGPD", not "rgpd"']);
    expect(tagProblems('uk gdpr', 'en')).toEqual([
      'write "UK", not "uk"',
      'write "GDPR", not "gdpr"',
    ]);
    expect(tagProblems('whatsapp business', 'en')).toEqual(['write "WhatsApp", not "whatsapp"']);
  });

  it('accepts the right spelling and ordinary lower-case words', () => {
    expect(tagProblems('DSGVO', 'de')).toEqual([]);
    expect(tagProblems('revDSG', 'de')).toEqual([]);
    expect(tagProblems('WhatsApp Business', 'es')).toEqual([]);
    expect(tagProblems('data loss', 'en')).toEqual([]);
    expect(tagProblems('perdita di dati', 'it')).toEqual([]);
  });

  it('wants German tags capitalised, as nouns are', () => {
    expect(tagProblems('kosten', 'de')).toEqual([
      'German tags start with a capital letter ("Kosten")',
    ]);
    expect(tagProblems('bußgelder', 'de')).toEqual([
      'German tags start with a capital letter ("Bußgelder")',
    ]);
    expect(tagProblems('Aufbewahrung', 'de')).toEqual([]);
    expect(tagProblems('kosten', 'en')).toEqual([]);
  });
});
