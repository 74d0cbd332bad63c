import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import type { Locale } from '@/i18n/routing';
import { getBrand } from '@/lib/brand/load';
import { ogCodePoints, ogFonts } from './fonts';
import { sanitizeWith, truncate } from './sanitize';

export const ogSize = { width: 1200, height: 630 };

/** Strips what the shipped fonts cannot draw (emoji, other scripts): use it on any user text. */
export function sanitizeOgText(text: string): string {
  return sanitizeWith(ogCodePoints, text);
}

export type OgImageInput = {
  locale: Locale;
  /** A short line above the title, e.g. the section name. */
  eyebrow: string;
  title: string;
  subtitle?: string;
  /** A headline figure, already formatted for the locale, e.g. { value: '€ 48.200', label: 'saved over 3 years' }. */
  metric?: { value: string; label?: string };
};

let logo: string | null | undefined;

/** The brand logo as a data URI (SVG or PNG from public/), read once; null when it cannot be drawn. */
function logoDataUri(): string | null {
  if (logo === undefined) {
    const file = getBrand().logo;
    const type = file.endsWith('.svg') ? 'image/svg+xml' : file.endsWith('.png') ? 'image/png' : '';
    logo = type
      ? `data:${type};base64,${readFileSync(path.join(process.cwd(), 'public', file)).toString('base64')}`
      : null;
  }
  return logo;
}

const SLATE_900 = '#0f172a';
const SLATE_600 = '#475569';

/** The one social image layout (1200×630 PNG): every route's opengraph-image delegates here. */
export function renderOgImage(input: OgImageInput): ImageResponse {
  const brand = getBrand();
  const clean = (text: string | undefined, max: number) =>
    text ? truncate(sanitizeOgText(text), max) : '';
  const eyebrow = clean(input.eyebrow, 60).toLocaleUpperCase(input.locale);
  const title = clean(input.title, input.metric ? 90 : 120);
  const subtitle = clean(input.subtitle, input.metric ? 90 : 170);
  const metric = input.metric && {
    value: clean(input.metric.value, 24),
    label: clean(input.metric.label, 60),
  };
  const titleSize = title.length <= 45 ? 68 : title.length <= 80 ? 58 : 50;
  const src = logoDataUri();

  return new ImageResponse(
    <div
      lang={input.locale}
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        background: '#ffffff',
        color: SLATE_900,
        fontFamily: 'Inter',
      }}
    >
      <div style={{ width: 24, height: '100%', background: brand.colors.primary }} />
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          flex: 1,
          padding: '60px 80px 52px 72px',
        }}
      >
        <div
          style={{
            fontSize: 26,
            fontWeight: 700,
            letterSpacing: 2,
            color: brand.colors.accent,
          }}
        >
          {eyebrow}
        </div>
        <div
          style={{
            marginTop: 22,
            fontSize: titleSize,
            fontWeight: 700,
            lineHeight: 1.12,
            letterSpacing: -1,
          }}
        >
          {title}
        </div>
        {metric && metric.value && (
          <div style={{ display: 'flex', alignItems: 'flex-end', marginTop: 28, gap: 20 }}>
            <div style={{ fontSize: 84, fontWeight: 700, color: brand.colors.primary }}>
              {metric.value}
            </div>
            {metric.label && (
              // Bottom-aligned and lifted by the big figure's descent, so both sit on one baseline.
              <div style={{ fontSize: 30, color: SLATE_600, marginBottom: 14 }}>{metric.label}</div>
            )}
          </div>
        )}
        {subtitle && (
          <div style={{ marginTop: 24, fontSize: 30, lineHeight: 1.4, color: SLATE_600 }}>
            {subtitle}
          </div>
        )}
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            marginTop: 'auto',
            paddingTop: 24,
            borderTop: '2px solid #e2e8f0',
          }}
        >
          {src && (
            // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- satori draws <img>, not next/image
            <img src={src} width={52} height={52} style={{ marginRight: 18 }} />
          )}
          <div style={{ fontSize: 30, fontWeight: 700 }}>{sanitizeOgText(brand.name)}</div>
          <div style={{ marginLeft: 'auto', fontSize: 24, color: SLATE_600 }}>
            {new URL(brand.siteUrl).host}
          </div>
        </div>
      </div>
    </div>,
    { ...ogSize, fonts: ogFonts },
  );
}
