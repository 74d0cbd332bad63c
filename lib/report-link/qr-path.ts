/**
 * A QR code's dark modules as one SVG path in module units: each row's runs of dark modules as
 * rectangles, the first of a row placed absolutely and the rest relative to the one before
 * (`z` returns to a rectangle's corner). A module per rectangle wrote the report's code in
 * 9.2 kB, twice in its HTML (the markup and React's payload).
 */
export function qrPath(modules: { size: number; data: ArrayLike<number | boolean> }): string {
  const { size, data } = modules;
  let path = '';
  for (let y = 0; y < size; y++) {
    let previous: number | null = null;
    for (let x = 0; x < size;) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      let n = 1;
      while (x + n < size && data[y * size + x + n]) n++;
      path += previous === null ? `M${x} ${y}` : `m${x - previous} 0`;
      path += `h${n}v1h-${n}z`;
      previous = x;
      x += n;
    }
  }
  return path;
}
