'use client';

import { useCallback, useSyncExternalStore } from 'react';
import {
  DRAFT_STORAGE_KEY,
  initialDraft,
  readDraft,
  writeDraft,
  type Draft,
} from '@/lib/questionnaire';

// The draft lives in localStorage; this store lets React read it without a hydration mismatch
// (the server and the first client render see the defaults, then the saved answers).
const SERVER_DRAFT = initialDraft();
const listeners = new Set<() => void>();
let memory: string | null = null; // used when storage is blocked (private mode, policies)
let cachedText: string | null | undefined;
let cachedDraft: Draft = SERVER_DRAFT;

function load(): string | null {
  try {
    return window.localStorage.getItem(DRAFT_STORAGE_KEY);
  } catch {
    return memory;
  }
}

function snapshot(): Draft {
  const text = load();
  if (text !== cachedText) {
    cachedText = text;
    cachedDraft = readDraft(text) ?? SERVER_DRAFT;
  }
  return cachedDraft;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === DRAFT_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function saveDraft(draft: Draft) {
  const text = writeDraft(draft);
  memory = text;
  try {
    window.localStorage.setItem(DRAFT_STORAGE_KEY, text);
  } catch {
    // Storage full or blocked: the draft lives on in memory for this visit.
  }
  for (const l of listeners) l();
}

/** The saved draft and a setter that saves on every change. */
export function useDraft(): [Draft, (next: Draft) => void] {
  const draft = useSyncExternalStore(subscribe, snapshot, () => SERVER_DRAFT);
  const set = useCallback((next: Draft) => saveDraft(next), []);
  return [draft, set];
}
