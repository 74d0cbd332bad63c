import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Who holds a PGlite folder: its process and the socket it answers the command-line tools on. */
export type LockOwner = { pid: number; socket: string };

/** PGlite allows one process per folder; another one opening it would corrupt it. */
export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError';
  constructor(
    readonly dir: string,
    readonly owner: LockOwner,
  ) {
    super(`${dir} is in use by process ${owner.pid}`);
  }
}

export const lockPath = (dir: string) => `${path.resolve(dir)}.lock`;
export const socketPath = (dir: string) => `${path.resolve(dir)}.sock`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readOwner(dir: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(lockPath(dir), 'utf8')) as LockOwner;
    return Number.isInteger(owner.pid) && typeof owner.socket === 'string' ? owner : null;
  } catch {
    return null;
  }
}

/**
 * Takes the folder's lock file (created exclusively, so two processes never both get it) or
 * throws DatabaseBusyError naming the live owner. A lock left by a dead process is taken over.
 */
export function acquireLock(dir: string): { release: () => void } {
  const file = lockPath(dir);
  mkdirSync(path.dirname(file), { recursive: true });
  const mine: LockOwner = { pid: process.pid, socket: socketPath(dir) };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, JSON.stringify(mine));
      closeSync(fd);
      const release = () => {
        if (readOwner(dir)?.pid === process.pid) unlinkSync(file);
        process.off('exit', release);
      };
      // A server stopped by a signal still leaves the folder free for the next process.
      process.on('exit', release);
      return { release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = readOwner(dir);
      if (owner && owner.pid !== process.pid && alive(owner.pid)) {
        throw new DatabaseBusyError(dir, owner);
      }
      if (owner?.pid === process.pid) throw new DatabaseBusyError(dir, owner);
      unlinkSync(file);
    }
  }
  throw new Error(`could not lock ${dir}`);
}
