import { z } from 'zod';

// Zod compiles fast parsers with `new Function`, which the Content-Security-Policy forbids
// (no 'unsafe-eval'): in the browser it parses without them.
z.config({ jitless: true });
