// Joiners and variation selectors: glue for emoji sequences, never text of their own.
const INVISIBLE = /[\u200b-\u200d\u2060-\u2064\ufe00-\ufe0f\u{e0000}-\u{e007f}]/gu;

/**
 * Keeps only characters the given fonts can draw. Anything else (emoji, scripts the fonts lack)
 * would make the OG renderer fetch a fallback font from a CDN, which fails without a network.
 * Line breaks, tabs and spaces the fonts lack become plain spaces.
 */
export function sanitizeWith(supported: ReadonlySet<number>, text: string): string {
  let out = '';
  for (const char of text.normalize('NFC').replace(INVISIBLE, '')) {
    const control = /\p{Cc}/u.test(char);
    if (!control && supported.has(char.codePointAt(0) ?? 0)) out += char;
    else if (/\s/u.test(char)) out += ' ';
  }
  return out.replace(/\s{2,}/gu, ' ').trim();
}

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if ([...text].length <= max) return text;
  const cut = [...text].slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/u, '')}…`;
}
