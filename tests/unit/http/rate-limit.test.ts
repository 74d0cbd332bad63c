import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '@/lib/http/rate-limit';

describe('createRateLimiter', () => {
  it('lets `limit` requests through per window, then says when to come back', () => {
    let t = 0;
    const take = createRateLimiter({ limit: 2, windowMs: 60_000, now: () => t });
    expect(take('a')).toEqual({ ok: true });
    expect(take('a')).toEqual({ ok: true });
    t = 15_000;
    // The window opened at 0 and closes at 60 s: 45 s to wait.
    expect(take('a')).toEqual({ ok: false, retryAfter: 45 });
    expect(take('b')).toEqual({ ok: true });
    t = 60_000;
    expect(take('a')).toEqual({ ok: true });
  });

  it('peek answers as the next request would, without counting it', () => {
    let t = 0;
    const failures = createRateLimiter({ limit: 2, windowMs: 60_000, now: () => t });
    for (let i = 0; i < 10; i++) expect(failures.peek('a')).toEqual({ ok: true });
    failures('a');
    expect(failures.peek('a')).toEqual({ ok: true });
    failures('a');
    t = 30_000;
    // Two failures of two: the next try waits for the window's end, 30 s away.
    expect(failures.peek('a')).toEqual({ ok: false, retryAfter: 30 });
    expect(failures.peek('b')).toEqual({ ok: true });
    t = 60_000;
    expect(failures.peek('a')).toEqual({ ok: true });
  });
});
