/** Copies text; falls back to a hidden textarea where the async Clipboard API is missing or denied. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));

/**
 * Charts load lazily and the print dialog snapshots the page as it is, so first tell them to mount
 * (they listen for `beforeprint`), wait until no loading placeholder is left (at most 3 s) and a
 * frame has been drawn, then print.
 */
export async function printReport(): Promise<void> {
  window.dispatchEvent(new Event('beforeprint'));
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline && document.querySelector('main .animate-pulse')) await pause(50);
  await frame();
  await frame();
  window.print();
}
