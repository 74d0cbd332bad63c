// Zod compiles fast parsers with `new Function`, which the Content-Security-Policy forbids
// (no 'unsafe-eval'): in the browser it parses without them. Zod reads its settings from this
// global when it loads, so no page has to ship zod just to set it (tests/unit/http pins this).
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };
export {};
