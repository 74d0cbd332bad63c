import { describe, expect, it } from 'vitest';

describe('zod in the browser, under a policy without unsafe-eval', () => {
  it('takes jitless from the global the client instrumentation sets before zod loads', async () => {
    // instrumentation-client.ts runs before any page module, so zod finds the setting on load.
    await import('@/instrumentation-client');
    const { z } = await import('zod');
    expect(z.config().jitless).toBe(true);
  });
});
