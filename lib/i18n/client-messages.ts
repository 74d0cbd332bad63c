import type { Messages } from 'next-intl';

type Namespace = keyof Messages;

/** The given namespaces only: what a client island needs travels to the browser, nothing more. */
export function pickMessages<N extends Namespace>(all: Messages, namespaces: readonly N[]) {
  const picked = {} as Pick<Messages, N>;
  for (const ns of namespaces) picked[ns] = all[ns];
  return picked;
}

// Client components on every page: navigation and language links.
// The assessment and the workshop wrap their islands in providers with their own messages.
export function clientMessages(all: Messages) {
  return pickMessages(all, ['nav', 'switcher']);
}
