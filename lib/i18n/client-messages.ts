import type { Messages } from 'next-intl';

// Only the namespaces that client components use travel to the browser. The workshop island
// gets its own provider with its own messages (components/workshop/workshop-messages.ts).
const CLIENT_NAMESPACES = [
  'nav',
  'switcher',
  'questionnaire',
  'validation',
  'share',
  'report',
] as const;

export function clientMessages(all: Messages): Partial<Messages> {
  const picked: Record<string, unknown> = {};
  for (const ns of CLIENT_NAMESPACES) {
    if (ns in all) picked[ns] = all[ns as keyof Messages];
  }
  return picked as Partial<Messages>;
}
