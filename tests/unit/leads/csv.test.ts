import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/lib/leads/csv';
import { leadsCsv } from '@/lib/leads/export';
import type { Lead } from '@/lib/leads/store';

describe('CSV', () => {
  it('quotes every cell and doubles quotes (RFC 4180), CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [['say "hi"', 'line\nbreak, comma']])).toBe(
      '"a","b"\r\n"say ""hi""","line\nbreak, comma"\r\n',
    );
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}HYPERLINK("https://evil.example")`)).toBe(
        `"'${start}HYPERLINK(""https://evil.example"")"`,
      );
    }
    expect(csvCell('Ana = CFO')).toBe('"Ana = CFO"');
  });

  it('keeps our own numbers numbers, a negative saving included', () => {
    expect([csvCell(-1234.5), csvCell('-1234.5'), csvCell(null)]).toEqual([
      '"-1234.5"',
      `"'-1234.5"`,
      '""',
    ]);
  });

  it('writes one row per lead with the report link the prospect saw', () => {
    const lead: Lead = {
      id: '00000000-0000-4000-8000-000000000001',
      createdAt: new Date('2026-12-01T10:00:00Z'),
      name: '=cmd',
      email: 'a@b.es',
      company: 'B',
      message: 'hola',
      locale: 'es',
      source: 'workshop',
      reportCode: '1ABC',
      privacyUrl: 'https://example.com/privacy',
      figures: { netSaving: -50.25, verdict: 'whatsapp-cheaper', currency: 'EUR', horizonYears: 2 },
      seller: 'ana',
    };
    const [header, row] = leadsCsv([lead], 'https://msp.example').split('\r\n');
    expect(header!.split(',')).toHaveLength(19);
    expect(row).toBe(
      '"00000000-0000-4000-8000-000000000001","2026-12-01T10:00:00.000Z","\'=cmd","a@b.es","B","","hola","es","workshop","ana","","","","","-50.25","whatsapp-cheaper","EUR","2","https://msp.example/es/report/1ABC"',
    );
  });
});
