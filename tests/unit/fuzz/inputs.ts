import fc from 'fast-check';

/** The number of generated inputs each fuzzed input gets (issue 16). */
export const FUZZ_RUNS = 10_000;

/** Any UTF-16 text: NUL, control characters, lone surrogates, emoji. */
export const anyText = fc.string({ unit: 'binary', maxLength: 300 });
/** Text a header can carry (visible ASCII); the rest the HTTP layer refuses before any handler. */
const headerText = fc.stringMatching(/^[\x20-\x7e]{0,80}$/);

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  anyText,
  fc.double(),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.constantFrom(null, true, false, '', ' ', '\u0000', 0, -1, 1e308),
);

/**
 * A body for a JSON endpoint: a valid one with some fields replaced, removed or added (most of
 * the generated inputs, so the checks past the first are reached), any JSON, or any text.
 */
export function jsonBody(valid: Record<string, unknown>) {
  const keys = Object.keys(valid);
  const edited = fc
    .tuple(
      fc.subarray(keys, { minLength: 1, maxLength: 3 }),
      fc.array(fc.option(anyValue, { nil: undefined }), { minLength: 3, maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 12 }), anyValue, { maxKeys: 2 }),
    )
    .map(([replaced, values, extra]) => {
      const out: Record<string, unknown> = { ...valid };
      replaced.forEach((k, i) => {
        if (values[i] === undefined) delete out[k];
        else out[k] = values[i];
      });
      return JSON.stringify({ ...out, ...extra });
    });
  const body = fc.oneof(
    { arbitrary: edited, weight: 14 },
    { arbitrary: fc.json({ maxDepth: 3 }), weight: 3 },
    { arbitrary: anyText, weight: 2 },
    // Few untouched: a valid lead costs a full simulation of its report (the bulk of the time).
    { arbitrary: fc.constant(JSON.stringify(valid)), weight: 1 },
  );
  const headers = fc.record({
    'content-type': fc.oneof(
      { arbitrary: fc.constant('application/json'), weight: 8 },
      { arbitrary: fc.constantFrom('text/plain', 'application/json; charset=utf-8'), weight: 1 },
      { arbitrary: headerText, weight: 1 },
    ),
    'accept-language': headerText,
  });
  return fc.record({ body, headers });
}

const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

/** The request a browser would send with that body and those headers. */
export function requestFor(
  path: string,
  { body, headers }: { body: string; headers: Record<string, string> },
): Request {
  return new Request(`http://127.0.0.1${path}`, {
    method: 'POST',
    headers: { 'user-agent': CHROME, ...headers },
    body,
  });
}
