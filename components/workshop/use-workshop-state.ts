'use client';

import { useCallback, useSyncExternalStore } from 'react';
import {
  WORKSHOP_STORAGE_KEY,
  initialWorkshop,
  readWorkshop,
  writeWorkshop,
  type WorkshopState,
} from '@/lib/workshop';

// The workshop lives in localStorage, read through an external store: the server and the first
// client render see the defaults, then the saved state, with no hydration mismatch.
const SERVER_STATE = initialWorkshop();
const listeners = new Set<() => void>();
let memory: string | null = null; // when storage is blocked (private mode, policies)
let cachedText: string | null | undefined;
let cachedState: WorkshopState = SERVER_STATE;

function load(): string | null {
  try {
    return window.localStorage.getItem(WORKSHOP_STORAGE_KEY) ?? memory;
  } catch {
    return memory;
  }
}

function snapshot(): WorkshopState {
  const text = load();
  if (text !== cachedText) {
    cachedText = text;
    cachedState = readWorkshop(text) ?? SERVER_STATE;
  }
  return cachedState;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab with the same workshop (say, the laptop's own screen) stays in step.
  const onStorage = (e: StorageEvent) => {
    if (e.key === WORKSHOP_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function save(state: WorkshopState) {
  const text = writeWorkshop(state);
  memory = text;
  try {
    window.localStorage.setItem(WORKSHOP_STORAGE_KEY, text);
  } catch {
    // Full or blocked: the state lives on in memory for this visit.
  }
  for (const l of listeners) l();
}

/** The saved workshop and an updater that saves on every change. */
export function useWorkshopState() {
  const state = useSyncExternalStore(subscribe, snapshot, () => SERVER_STATE);
  const update = useCallback((change: (current: WorkshopState) => WorkshopState) => {
    save(change(snapshot()));
  }, []);
  return [state, update] as const;
}
