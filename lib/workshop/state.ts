import { blankSheet, readStoredSheet, type AnswerSheet } from '@/lib/answers';
import { assumptionById, isAssumptionId } from '@/lib/model';
import type { AssumptionId, AssumptionOverrides } from '@/lib/model';

/** A workshop in progress: the answer sheet, the assumptions changed from their defaults, the view. */
export type WorkshopState = AnswerSheet & {
  overrides: AssumptionOverrides;
  projector: boolean;
  /** The MSP package chosen in the workshop; absent means the price book's default. */
  packageId?: string;
};

/** What a stored workshop keeps beside its sheet; the overrides are checked one by one below. */
function readView(stored: Record<string, unknown>) {
  const { overrides, projector, packageId } = stored;
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) return null;
  if (typeof projector !== 'boolean') return null;
  if (packageId !== undefined && (typeof packageId !== 'string' || packageId.length > 24))
    return null;
  return {
    overrides: overrides as Record<string, unknown>,
    projector,
    ...(packageId !== undefined ? { packageId } : {}),
  };
}

/** Assumptions with no range (exchange rates, legal caps) are fixed: nothing to override. */
export function isAdjustable(id: AssumptionId): boolean {
  const a = assumptionById[id];
  return a.high > a.low;
}

export function initialWorkshop(): WorkshopState {
  return { ...blankSheet(), overrides: {}, projector: false };
}

/** A state from stored text; each answer and override is checked on its own, so one bad value costs only itself. */
export function readWorkshop(text: string | null): WorkshopState | null {
  const stored = readStoredSheet(text, readView);
  if (!stored) return null;
  const overrides: AssumptionOverrides = {};
  for (const [id, value] of Object.entries(stored.overrides)) {
    // The model clamps into the range it applies (the MSP's prices can widen it), so any finite number is safe.
    if (
      isAssumptionId(id) &&
      isAdjustable(id) &&
      typeof value === 'number' &&
      Number.isFinite(value)
    ) {
      overrides[id] = value;
    }
  }
  return { ...stored, overrides };
}

export function writeWorkshop(state: WorkshopState): string {
  return JSON.stringify({ v: 1, ...state });
}

/**
 * Sets one override, or removes it when the value is the default again, so that "changed" always
 * means different from what the report link will show.
 */
export function withOverride(
  overrides: AssumptionOverrides,
  id: AssumptionId,
  value: number | undefined,
  defaultValue: number,
): AssumptionOverrides {
  const rest = { ...overrides };
  delete rest[id];
  if (value === undefined || !Number.isFinite(value)) return rest;
  if (Math.abs(value - defaultValue) <= Math.abs(defaultValue) * 1e-12) return rest;
  return { ...rest, [id]: value };
}

/** The package's own prices: a price changed for one package means nothing for another. */
const PRICE_IDS: readonly AssumptionId[] = [
  'suiteLicencePerUserMonth',
  'suiteTelephonyPerUserMonth',
  'suiteManagedServicePerUserMonth',
  'suiteOnboardingPerUser',
];

/** The overrides kept when the seller switches package: all but the package's prices. */
export function withoutPrices(overrides: AssumptionOverrides): AssumptionOverrides {
  const rest = { ...overrides };
  for (const id of PRICE_IDS) delete rest[id];
  return rest;
}
