import type { IntlConfig, Messages, NestedKeyOf } from 'next-intl';

/** A namespace ('validation') or a key inside one ('report.charts.rangeTitle'). */
type MessagePath = NestedKeyOf<Messages>;

type Tree = { [key: string]: Tree | string };

/**
 * The given namespaces and keys only, each with everything under it: what a client island needs
 * travels to the browser, nothing more.
 */
export function pickMessages(
  all: Messages,
  paths: readonly MessagePath[],
): NonNullable<IntlConfig['messages']> {
  const picked: Tree = {};
  for (const path of paths) {
    const keys = path.split('.');
    const last = keys.pop()!;
    let from = all as Tree;
    let to = picked;
    for (const key of keys) {
      from = from[key] as Tree;
      to = (to[key] ??= {}) as Tree;
    }
    to[last] = from[last]!;
  }
  return picked;
}

// Client components on every page: navigation and language links.
// The assessment and the workshop wrap their islands in providers with their own messages.
export function clientMessages(all: Messages) {
  return pickMessages(all, ['nav', 'switcher']);
}
