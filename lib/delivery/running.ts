import type { Worker } from './worker';

// On globalThis: Next bundles the route handlers and instrumentation apart, and a lead saved in
// one copy must still wake the worker started by the other.
const KEY = Symbol.for('cost-of-free.delivery-worker');
type Holder = { [KEY]?: Worker };

export function setRunningWorker(worker: Worker | undefined) {
  (globalThis as Holder)[KEY] = worker;
}

/** Wakes this process's worker, if it runs one, so a new lead leaves within milliseconds. */
export function nudgeWorker() {
  (globalThis as Holder)[KEY]?.nudge();
}
