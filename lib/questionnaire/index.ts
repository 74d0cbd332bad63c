export {
  steps,
  stepCount,
  fieldByKey,
  isNumericKind,
  keyboardFor,
  typedLengthFor,
  type Field,
  type FieldKind,
  type Step,
  type StepId,
} from './steps';
export {
  parseLocaleNumber,
  formatInputNumber,
  currencyAffix,
  percentToShare,
  shareToPercent,
  separatorsFor,
} from './numbers';
export {
  validateFields,
  issueToError,
  type FieldError,
  type RawValues,
  type StepResult,
  type ValidationKey,
} from './validate';
export { DRAFT_STORAGE_KEY, initialDraft, readDraft, writeDraft, type Draft } from './draft';
export { checkField, fieldText, type FieldCheck } from './field-input';
export { reportHref, type ReportHrefOptions } from './report-href';
