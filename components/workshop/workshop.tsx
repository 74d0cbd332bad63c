'use client';

import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import {
  choosePackage,
  computeReport,
  resolveAssumptions,
  type AssumptionId,
  type PriceBook,
  type ResolvedAssumption,
} from '@/lib/model';
import { editAnswer, sheetFrom, type AnswerKey } from '@/lib/answers';
import { decodeReport } from '@/lib/report-link';
import {
  initialWorkshop,
  overridesFromLink,
  withOverride,
  withoutPrices,
  type BlankReport,
} from '@/lib/workshop';
import { useFromLink } from '@/components/answers/use-from-link';
import { WorkshopLead } from '@/components/leads/workshop-lead';
import { AnswersPanel } from './answers-panel';
import { AssumptionsPanel } from './assumptions-panel';
import { ReportLink } from './report-link';
import { ResultsPanel } from './results-panel';
import { PackageSwitch } from './package-switch';
import { ClientNameField, ViewControls } from './toolbar';
import { ProjectorFlag } from './projector-flag';
import { blankWorkshop, useWorkshopState } from './use-workshop-state';

type Props = {
  book: PriceBook;
  suiteName: string;
  brand: string;
  privacyUrl: string;
  /** The blank workshop's report, from the server (lib/workshop/blank-report.ts). */
  blank: BlankReport;
};

/** Seller mode: every answer and assumption on one screen, the result following each change. */
export function Workshop({ book, suiteName, brand, privacyUrl, blank }: Props) {
  const t = useTranslations('workshop');
  const [state, update] = useWorkshopState();
  // Bumped on "start over" and on loading a link, so every box drops what was half-typed.
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<'fromReport' | 'badFrom' | 'cleared'>();
  const { answers, overrides } = state;
  const chosen = choosePackage(book, state.packageId);
  const suite = chosen.pricing;
  const packageId = chosen.package.id;

  // `/workshop?from=<code>`: a report's answers and the assumptions set in its workshop.
  useFromLink(
    decodeReport,
    useCallback(
      (loaded: ReturnType<typeof decodeReport> | null) => {
        if (loaded?.ok) {
          const linked = choosePackage(book, loaded.packageId);
          const overrides = overridesFromLink(loaded.answers, loaded.stated, linked.pricing);
          const packageId = linked.package.id;
          update((s) => ({ ...s, ...sheetFrom(loaded.answers), overrides, packageId }));
        }
        setGeneration((g) => g + 1);
        setNotice(loaded?.ok ? 'fromReport' : 'badFrom');
      },
      [update, book],
    ),
  );

  // Assumptions are cheap to resolve and shown at once; the report (Monte Carlo and drivers)
  // follows a beat later through useDeferredValue, so typing never waits for it.
  const defaults = useMemo(() => {
    const byId = {} as Record<AssumptionId, number>;
    for (const a of resolveAssumptions(answers, { suite }).assumptions) byId[a.id] = a.value;
    return byId;
  }, [answers, suite]);
  const resolved = useMemo(
    () => resolveAssumptions(answers, { suite, overrides }).assumptions,
    [answers, suite, overrides],
  );
  const input = useMemo(() => ({ answers, overrides }), [answers, overrides]);
  const deferred = useDeferredValue(input);
  const isBlank =
    deferred.answers === blankWorkshop.answers &&
    deferred.overrides === blankWorkshop.overrides &&
    state.packageId === blankWorkshop.packageId;
  const report = useMemo(() => {
    const options = { suite, overrides: deferred.overrides };
    // A first visit hydrates with the server's figures: the Monte Carlo is the costliest part of
    // loading the page on a phone, and its result for the blank workshop is known.
    if (isBlank)
      return { ...blank, assumptions: resolveAssumptions(deferred.answers, options).assumptions };
    return computeReport(deferred.answers, options);
  }, [deferred, suite, isBlank, blank]);

  const onAnswer = useCallback(
    (key: AnswerKey, value: unknown) => update((s) => editAnswer(s, key, value)),
    [update],
  );
  const onOverride = useCallback(
    (a: ResolvedAssumption, value: number | undefined) =>
      update((s) => ({ ...s, overrides: withOverride(s.overrides, a.id, value, defaults[a.id]) })),
    [update, defaults],
  );

  return (
    <div
      // The width follows the page's flag, not the state, so a reload in projector mode, whose
      // flag is set before the first paint, does not change it after hydration.
      className="mx-auto grid max-w-[90rem] grid-cols-1 items-start gap-x-8 gap-y-6 px-4 py-6 sm:py-8 lg:grid-cols-[minmax(0,1fr)_minmax(22rem,28rem)] [html[data-projector]_&]:max-w-none"
    >
      <ProjectorFlag on={state.projector} />
      <div className="lg:col-start-1 lg:row-start-1">
        <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3">
          <h1 className="text-3xl font-bold text-slate-900 sm:text-4xl">{t('title')}</h1>
          <ViewControls
            projector={state.projector}
            onProjector={(on) => update((s) => ({ ...s, projector: on }))}
            onStartOver={() => {
              update((s) => ({ ...initialWorkshop(), projector: s.projector }));
              setGeneration((g) => g + 1);
              setNotice('cleared');
            }}
          />
        </div>
        <p className="mt-2 max-w-3xl text-slate-700">{t('intro')}</p>
        <PackageSwitch
          book={book}
          value={packageId}
          brand={brand}
          onChange={(id) =>
            update((s) => ({ ...s, packageId: id, overrides: withoutPrices(s.overrides) }))
          }
        />
        <ClientNameField key={`name-${generation}`} answers={answers} onAnswer={onAnswer} />
        <p role="status" className="text-sm font-medium text-slate-800">
          {notice && t(notice)}
        </p>
      </div>
      {/* Beside everything on wide screens and always in view; between toolbar and inputs on phones. */}
      <ResultsPanel
        report={report}
        stale={deferred !== input}
        suiteName={suiteName}
        clientName={deferred.answers.clientName}
        className="lg:sticky lg:top-0 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:max-h-screen lg:overflow-y-auto"
      >
        <ReportLink
          answers={deferred.answers}
          overrides={deferred.overrides}
          book={book}
          packageId={packageId}
        />
      </ResultsPanel>
      <div className="grid grid-cols-1 items-start gap-8 lg:col-start-1 lg:row-start-2 2xl:grid-cols-2">
        <AnswersPanel key={`answers-${generation}`} answers={answers} onAnswer={onAnswer} />
        <AssumptionsPanel
          assumptions={resolved}
          defaults={defaults}
          brand={brand}
          onOverride={onOverride}
          onResetAll={() => update((s) => ({ ...s, overrides: {} }))}
          generation={generation}
        />
      </div>
      <WorkshopLead
        {...{ book, packageId, brand, privacyUrl, ...deferred }}
        className="lg:col-start-1 lg:row-start-3"
      />
    </div>
  );
}
