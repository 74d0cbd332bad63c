// Workshop logic: framework-free, like the model, the questionnaire and the share codec.
export {
  initialWorkshop,
  isAdjustable,
  readWorkshop,
  withOverride,
  withoutPrices,
  writeWorkshop,
  type WorkshopState,
} from './state';
export {
  SLIDER_STEPS,
  checkOverride,
  displayKind,
  fromShown,
  inputText,
  quantum,
  shownDecimals,
  sliderPosition,
  sliderValue,
  toShown,
  type DisplayKind,
  type OverrideCheck,
} from './values';
export { overridesFromLink, reportCode, reportPath } from './link';
export { PROJECTOR_CSS, PROJECTOR_SCRIPT, WORKSHOP_STORAGE_KEY } from './projector';
export { blankReport, type BlankReport } from './blank-report';
