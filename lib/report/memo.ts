/**
 * Remembers the last `size` results of a pure function of a report code. A page view asks for the
 * same report from its metadata, its body and then its social image, each a separate request; a
 * report is about 2 ms of simulation and a few tens of kilobytes, so 200 of them are cheap to keep.
 */
export function memoByCode<T>(open: (code: string) => T, size = 200): (code: string) => T {
  const kept = new Map<string, T>();
  return (code) => {
    if (kept.has(code)) {
      const value = kept.get(code)!;
      // Most recently used last, so the oldest is the first key.
      kept.delete(code);
      kept.set(code, value);
      return value;
    }
    const value = open(code);
    kept.set(code, value);
    if (kept.size > size) kept.delete(kept.keys().next().value!);
    return value;
  };
}
