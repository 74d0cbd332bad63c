import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fontCodePoints } from './cmap';

// Read once per process from the repo (Inter, SIL OFL 1.1, see fonts/OFL.txt): nothing is fetched.
const dir = path.join(process.cwd(), 'lib', 'og', 'fonts');
const regular = readFileSync(path.join(dir, 'Inter-Regular.ttf'));
const bold = readFileSync(path.join(dir, 'Inter-Bold.ttf'));

/** One array for the process lifetime: satori caches parsed fonts by this array's identity. */
export const ogFonts = [
  { name: 'Inter', data: regular, weight: 400 as const, style: 'normal' as const },
  { name: 'Inter', data: bold, weight: 700 as const, style: 'normal' as const },
];

/** Code points both weights can draw. */
export const ogCodePoints: ReadonlySet<number> = (() => {
  const inBold = fontCodePoints(bold);
  return new Set([...fontCodePoints(regular)].filter((c) => inBold.has(c)));
})();
