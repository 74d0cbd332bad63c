// The answers: their schema and defaults, profile pre-fill, the sheet (answers plus which ones the
// person set) and how it is kept in the browser. Framework-free, and never imports the model.
export * from './schema';
export {
  blankSheet,
  editAnswer,
  mergeAnswers,
  sheetFrom,
  withProfileDefaults,
  type AnswerSheet,
} from './sheet';
export { parseStored, readStoredSheet, salvageAnswers, salvageSheet } from './stored';
export { createLocalStore, type LocalStore, type StoreHost } from './local-store';
