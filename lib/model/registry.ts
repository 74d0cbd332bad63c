import { assumptionFigures, type Assumption } from './assumptions';
import { rationales } from './rationales';

/** Every assumption: figures, source and, for a derived or judged one, its rationale. */
export const assumptionRegistry: readonly Assumption[] = assumptionFigures.map((a) => {
  const rationale = rationales[a.id];
  return rationale === undefined ? a : { ...a, rationale };
});
