// The answers: their rules and defaults, profile pre-fill, the sheet (answers plus which ones the
// person set) and how it is kept in the browser. Framework-free, never imports the model, and
// zod-free for the browser: the zod schema is `./schema`, for the server and the API.
export * from './rules';
export * from './profile';
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
