import { describe, expect, it } from 'vitest';
import { createLocalStore, type StoreHost } from '@/lib/answers';

/** Web Storage as browsers give it: a map of strings; `full` makes setItem throw as a quota does. */
class FakeStorage {
  items = new Map<string, string>();
  full = false;
  blocked = false;
  getItem(key: string) {
    if (this.blocked) throw new DOMException('denied', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.blocked) throw new DOMException('denied', 'SecurityError');
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const read = (text: string | null) =>
  text === null ? { n: 0 } : (JSON.parse(text) as { n: number });
const write = (v: { n: number }) => JSON.stringify(v);

function setup() {
  const storage = new FakeStorage();
  const events = new EventTarget();
  const host: StoreHost = { storage: () => storage, events };
  return { storage, events, store: createLocalStore('k', read, write, host) };
}

describe('createLocalStore', () => {
  it('starts from read(null), saves, and keeps one object per stored text', () => {
    const { storage, store } = setup();
    expect(store.initial).toEqual({ n: 0 });
    // Nothing stored: the server's snapshot itself, so hydration needs no second render.
    expect(store.get()).toBe(store.initial);
    store.set({ n: 2 });
    expect(storage.items.get('k')).toBe('{"n":2}');
    expect(store.get()).toEqual({ n: 2 });
    expect(store.get()).toBe(store.get());
  });

  it('tells its listeners of a save and of another tab’s change to its key only', () => {
    const { storage, events, store } = setup();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.set({ n: 1 });
    storage.items.set('k', '{"n":7}');
    events.dispatchEvent(Object.assign(new Event('storage'), { key: 'k' }));
    events.dispatchEvent(Object.assign(new Event('storage'), { key: 'other' }));
    expect(calls).toBe(2); // the save and the other tab's change to 'k'
    expect(store.get()).toEqual({ n: 7 });
    stop();
    store.set({ n: 3 });
    expect(calls).toBe(2);
  });

  it('when saving fails but reading works, reads what was written, not the older saved value', () => {
    const { storage, store } = setup();
    store.set({ n: 1 });
    storage.full = true;
    store.set({ n: 2 });
    expect(storage.items.get('k')).toBe('{"n":1}');
    expect(store.get()).toEqual({ n: 2 });
    // Once a save works again, storage is the truth again.
    storage.full = false;
    store.set({ n: 3 });
    storage.items.set('k', '{"n":4}');
    expect(store.get()).toEqual({ n: 4 });
  });

  it('when storage is blocked altogether, lives in memory for the visit', () => {
    const { storage, store } = setup();
    storage.blocked = true;
    expect(store.get()).toEqual({ n: 0 });
    store.set({ n: 5 });
    expect(store.get()).toEqual({ n: 5 });
  });
});
