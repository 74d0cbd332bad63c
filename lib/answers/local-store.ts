/**
 * A value kept in the browser's localStorage, read through an external store: the server and the
 * first client render see `read(null)`, then the saved value. When storage is blocked or full,
 * what was last written lives on in memory for the visit, and is what is read until a save works.
 */
export interface LocalStore<T> {
  subscribe: (listener: () => void) => () => void;
  /** The current value; the same object until the stored text changes. */
  get: () => T;
  /** What the server renders: the value of no stored text. */
  initial: T;
  set: (value: T) => void;
}

/** Where the store keeps its text and hears of other tabs; the browser's window by default. */
export interface StoreHost {
  storage: () => Pick<Storage, 'getItem' | 'setItem'>;
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

const browser: StoreHost = {
  storage: () => window.localStorage,
  get events() {
    return typeof window === 'undefined' ? undefined : window;
  },
};

export function createLocalStore<T>(
  key: string,
  read: (text: string | null) => T,
  write: (value: T) => string,
  host: StoreHost = browser,
): LocalStore<T> {
  const initial = read(null);
  const listeners = new Set<() => void>();
  let unsaved: string | null = null; // written this visit, not taken by storage
  // Nothing stored reads as `initial` itself, the server's snapshot: a first visit hydrates with
  // no second render of everything that reads the store.
  let cachedText: string | null = null;
  let cached = initial;

  function load(): string | null {
    if (unsaved !== null) return unsaved;
    try {
      return host.storage().getItem(key);
    } catch {
      return null;
    }
  }

  function get(): T {
    const text = load();
    if (text !== cachedText) {
      cachedText = text;
      cached = read(text);
    }
    return cached;
  }

  function subscribe(listener: () => void) {
    listeners.add(listener);
    // Another tab on the same value (the laptop's own screen beside a projector) stays in step.
    const onStorage = (e: Event) => {
      if ((e as StorageEvent).key === key) listener();
    };
    host.events?.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      host.events?.removeEventListener('storage', onStorage);
    };
  }

  function set(value: T) {
    const text = write(value);
    try {
      host.storage().setItem(key, text);
      unsaved = null;
    } catch {
      unsaved = text; // full or blocked (private mode, policies)
    }
    for (const l of listeners) l();
  }

  return { subscribe, get, initial, set };
}
