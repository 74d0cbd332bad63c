'use client';

import { useCallback } from 'react';
import { createLocalStore } from '@/lib/answers';
import {
  WORKSHOP_STORAGE_KEY,
  initialWorkshop,
  readWorkshop,
  writeWorkshop,
  type WorkshopState,
} from '@/lib/workshop';
import { useLocalStore } from '@/components/answers/use-local-store';

const store = createLocalStore(
  WORKSHOP_STORAGE_KEY,
  (text) => readWorkshop(text) ?? initialWorkshop(),
  writeWorkshop,
);

/** The workshop as the server renders it, before anything is stored. */
export const blankWorkshop = store.initial;

/** The saved workshop and an updater that saves on every change. */
export function useWorkshopState() {
  const [state] = useLocalStore(store);
  const update = useCallback(
    (change: (current: WorkshopState) => WorkshopState) => store.set(change(store.get())),
    [],
  );
  return [state, update] as const;
}
