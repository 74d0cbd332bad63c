/** About what a results page shows of a title before it cuts it off. */
export const TITLE_MAX = 60;

/**
 * The document title: the page's own, with " · brand" only when both fit, so a long article
 * title is not cut off in the middle of its subject by the brand.
 */
export function pageTitle(title: string, brand: string): string {
  const full = `${title} · ${brand}`;
  return full.length <= TITLE_MAX ? full : title;
}
