'use client';

import { useCallback, useState } from 'react';
import { createLocalStore, sheetFrom, type Answers } from '@/lib/answers';
import { DRAFT_STORAGE_KEY, initialDraft, readDraft, writeDraft } from '@/lib/questionnaire';
import { useFromLink } from '@/components/answers/use-from-link';
import { useLocalStore } from '@/components/answers/use-local-store';

const store = createLocalStore(
  DRAFT_STORAGE_KEY,
  (text) => readDraft(text) ?? initialDraft(),
  writeDraft,
);

/** The saved draft and a setter that saves on every change. */
export const useDraft = () => useLocalStore(store);

/** A report's answers from its link code; the codec (and the model it checks overrides with) loads only then. */
async function answersOf(code: string): Promise<Answers | null> {
  const { decodeReport } = await import('@/lib/report-link');
  const decoded = decodeReport(code);
  return decoded.ok ? decoded.answers : null;
}

/**
 * A report's "edit answers" link (`?from=`) replaces the draft once; `onLoad` hears of it, so the
 * boxes can drop what was typed. Returns the notice for the person: loaded, or unreadable.
 */
export function useDraftFromLink(onLoad: () => void) {
  const [notice, setNotice] = useState<'fromReport' | 'badFrom'>();
  useFromLink(
    answersOf,
    useCallback(
      (answers: Answers | null) => {
        if (answers) store.set({ step: 0, ...sheetFrom(answers) });
        onLoad();
        setNotice(answers ? 'fromReport' : 'badFrom');
      },
      [onLoad],
    ),
  );
  return notice;
}
