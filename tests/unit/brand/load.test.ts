import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrandError, parseBrand } from '@/lib/brand/load';

const good = JSON.parse(readFileSync(path.join(process.cwd(), 'content/brand.json'), 'utf8'));
const publicDir = path.join(process.cwd(), 'public');
const FILE = 'content/brand.json';

function withChange(change: (b: typeof good) => void): string {
  const copy = structuredClone(good);
  change(copy);
  return JSON.stringify(copy);
}

function errorOf(text: string): string {
  try {
    parseBrand(text, FILE, publicDir);
  } catch (e) {
    expect(e).toBeInstanceOf(BrandError);
    return (e as Error).message;
  }
  throw new Error('expected the brand file to be rejected');
}

describe('brand file', () => {
  it('accepts the shipped brand file', () => {
    const brand = parseBrand(JSON.stringify(good), FILE, publicDir);
    expect(brand.name).toBe(good.name);
    expect(brand.suite.currency).toMatch(/^(EUR|GBP|USD|CHF)$/);
  });

  it('names the file and the field of a bad colour', () => {
    const message = errorOf(withChange((b) => (b.colors.primary = 'green')));
    expect(message).toContain('content/brand.json');
    expect(message).toContain('colors.primary: must be a colour like #0b5d4b');
  });

  it('rejects a palette that fails WCAG contrast', () => {
    // #ffff00 on white: luminance 0.9278 vs 1.0 → (1.05)/(0.9778) ≈ 1.07:1, far below 4.5:1.
    const message = errorOf(withChange((b) => (b.colors.primary = '#ffff00')));
    expect(message).toMatch(/colors\.primary: contrast with .* is 1\.07:1, needs at least 4\.5:1/);
  });

  it('names a missing nested field', () => {
    const message = errorOf(withChange((b) => delete b.contact.email));
    expect(message).toContain('contact.email');
  });

  it('rejects http links, negative prices, unknown currencies and unknown fields', () => {
    const message = errorOf(
      withChange((b) => {
        b.legal.imprintUrl = 'http://example.com/imprint';
        b.suite.packages[1].licencePerUserMonth = -1;
        b.suite.currency = 'JPY';
        b.colour = '#000000';
      }),
    );
    expect(message).toContain('legal.imprintUrl: must be an https:// URL');
    expect(message).toContain('suite.packages.1.licencePerUserMonth: must be 0 or more');
    expect(message).toContain('suite.currency: must be one of EUR, GBP, USD, CHF');
    expect(message).toMatch(/colour/);
  });

  it('names a price book whose default is not one of its packages, or whose ids repeat', () => {
    const message = errorOf(
      withChange((b) => {
        b.suite.defaultPackage = 'gold';
        b.suite.packages[2].id = b.suite.packages[0].id;
      }),
    );
    expect(message).toMatch(/suite\.packages\.2\.id: "chat" is used twice/);
    expect(message).toMatch(/suite\.defaultPackage: must be one of "chat", "voice"/);
  });

  it('reads a brand file from before price books as one package, the default', () => {
    const text = withChange((b) => {
      b.suite = {
        name: 'Old Suite',
        currency: 'EUR',
        licencePerUserMonth: 10.8,
        managedServicePerUserMonth: 8,
        onboardingPerUser: 45,
      };
    });
    const brand = parseBrand(text, 'content/brand.json', publicDir);
    expect(brand.suite.defaultPackage).toBe('standard');
    expect(brand.suite.packages).toEqual([
      {
        id: 'standard',
        name: 'Old Suite',
        licencePerUserMonth: 10.8,
        telephonyPerUserMonth: 0,
        managedServicePerUserMonth: 8,
        onboardingPerUser: 45,
        crmIntegration: false,
      },
    ]);
  });

  it('rejects a logo that does not exist under public/', () => {
    const message = errorOf(withChange((b) => (b.logo = '/brand/missing.svg')));
    expect(message).toContain('logo: no file public/brand/missing.svg');
  });

  it('rejects text that is not JSON', () => {
    expect(errorOf('{ "name": ')).toMatch(/^content\/brand\.json: not valid JSON/);
  });

  it('lets no site frame the embed unless the brand file lists it', () => {
    expect(parseBrand(JSON.stringify(good), FILE, publicDir).embed.allowedOrigins).toEqual([]);
    const listed = ['https://www.msp.example', 'https://msp.example:8443', 'http://127.0.0.2:3203'];
    const brand = parseBrand(
      withChange((b) => (b.embed = { allowedOrigins: listed })),
      FILE,
      publicDir,
    );
    expect(brand.embed.allowedOrigins).toEqual(listed);
  });

  it.each([
    ['https://*.msp.example', 'wildcards are not allowed'],
    ['*', 'wildcards are not allowed'],
    ['http://www.msp.example', 'must be https:// (http:// only on a loopback address)'],
    ['https://www.msp.example/', 'no path or slash'],
    ['https://www.msp.example/page', 'no path or slash'],
    ['www.msp.example', 'must be an origin like https://www.example.com'],
    ['ftp://127.0.0.1', 'must be https://'],
  ])('names embed.allowedOrigins when an entry is %s', (origin, reason) => {
    const message = errorOf(withChange((b) => (b.embed = { allowedOrigins: [origin] })));
    expect(message).toContain(`embed.allowedOrigins.0: ${origin}: `);
    expect(message).toContain(reason);
  });
});
