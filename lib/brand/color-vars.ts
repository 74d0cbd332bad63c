import type { CSSProperties } from 'react';
import type { Brand } from './schema';

/** The brand's colours as the CSS variables app/globals.css maps to `bg-brand` and the rest. */
export function brandColorVars(colors: Brand['colors']): CSSProperties {
  return {
    '--brand-primary': colors.primary,
    '--brand-on-primary': colors.onPrimary,
    '--brand-accent': colors.accent,
  } as CSSProperties;
}
