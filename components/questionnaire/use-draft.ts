'use client';

import { createLocalStore } from '@/lib/answers';
import { DRAFT_STORAGE_KEY, initialDraft, readDraft, writeDraft } from '@/lib/questionnaire';
import { useLocalStore } from '@/components/answers/use-local-store';

const store = createLocalStore(
  DRAFT_STORAGE_KEY,
  (text) => readDraft(text) ?? initialDraft(),
  writeDraft,
);

/** The saved draft and a setter that saves on every change. */
export const useDraft = () => useLocalStore(store);
