'use client';

import { useSyncExternalStore } from 'react';
import type { LocalStore } from '@/lib/answers';

/** A browser-stored value and its setter, with no hydration mismatch (see createLocalStore). */
export function useLocalStore<T>(store: LocalStore<T>): [T, (value: T) => void] {
  const value = useSyncExternalStore(store.subscribe, store.get, () => store.initial);
  return [value, store.set];
}
