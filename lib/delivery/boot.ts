import { getBrand } from '@/lib/brand/load';
import type { Connection } from '@/lib/db/connect';
import { serverEnv } from '@/lib/env/server-env';
import { deliveryConfig, leadDestinations } from './config';
import { setRunningWorker } from './running';
import { startWorker } from './worker';

const RETRY_OPEN_MS = 30_000;

/** Starts this server's delivery worker once the database opens (trying again while it cannot). */
export function runWorkerWhenOpen(open: () => Promise<Connection>) {
  const config = deliveryConfig(serverEnv());
  const on = leadDestinations(config);
  const start = () =>
    open().then(
      (conn) => {
        const worker = startWorker({ db: conn.db, config, brand: getBrand() });
        setRunningWorker(worker);
        console.log(
          `delivery: worker ${worker.id} running (${on.length ? on.join(', ') : 'no lead destination set'}` +
            `${config.mail ? '; report copies by email' : ''})`,
        );
      },
      () => setTimeout(start, RETRY_OPEN_MS).unref(),
    );
  void start();
}
