import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrPath } from '@/lib/report-link/qr-path';

/** Paints a path of rectangles (M/m, h, v, z as qrPath writes them) back onto a grid. */
function paint(path: string, size: number): boolean[] {
  const grid = new Array<boolean>(size * size).fill(false);
  const commands = path.match(/[Mmhvz][^Mmhvz]*/g) ?? [];
  let start = { x: 0, y: 0 };
  let at = { x: 0, y: 0 };
  let width = 0;
  for (const c of commands) {
    const [a = 0, b = 0] = c.slice(1).trim().split(/\s+/).filter(Boolean).map(Number);
    switch (c[0]) {
      case 'M':
        start = at = { x: a, y: b };
        break;
      case 'm':
        start = at = { x: at.x + a, y: at.y + b };
        break;
      case 'h':
        if (a > 0) width = a;
        at = { x: at.x + a, y: at.y };
        break;
      case 'v':
        // Only one-module-high rectangles: h n, v 1, h -n.
        expect(a).toBe(1);
        at = { x: at.x, y: at.y + a };
        break;
      case 'z':
        for (let x = start.x; x < start.x + width; x++) {
          expect(grid[start.y * size + x]).toBe(false); // no module painted twice
          grid[start.y * size + x] = true;
        }
        at = start;
        break;
    }
  }
  return grid;
}

describe('the report QR code path', () => {
  const links = [
    'https://costoffree.example.com/en/report/1roqgGgQMAgYYBRAGAAEGDwQBAgIQGQAFAAAUeZvU',
    'https://a.example/de/report/x',
    `https://msp.example.com/es/report/${'A'.repeat(160)}`,
  ];
  for (const url of links) {
    it(`paints exactly the dark modules of ${url.length} characters`, () => {
      const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
      const painted = paint(qrPath(modules), modules.size);
      expect(painted).toEqual(Array.from(modules.data, Boolean));
    });
  }

  it('is less than half the size of a rectangle per module', () => {
    const { modules } = QRCode.create(links[0]!, { errorCorrectionLevel: 'M' });
    let perModule = '';
    for (let y = 0; y < modules.size; y++)
      for (let x = 0; x < modules.size; x++)
        if (modules.data[y * modules.size + x]) perModule += `M${x} ${y}h1v1h-1z`;
    // For this link: 686 dark modules of 37 × 37, 9,232 characters a module each, 4,278 in runs.
    expect(qrPath(modules).length).toBeLessThan(perModule.length / 2);
  });
});
