import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export type RunningServer = {
  url: string;
  process: ChildProcess;
  /** What the server printed so far, stdout and stderr. */
  log: () => string;
  stop: () => Promise<void>;
};

/**
 * A production server of the build in `cwd` (default: this app) on its own port and environment,
 * ready when /en answers.
 */
export async function startServer(
  port: number,
  env: Record<string, string>,
  cwd = process.cwd(),
): Promise<RunningServer> {
  const url = `http://127.0.0.1:${port}`;
  // A server left running on the port would answer in place of this one, and measure the wrong
  // build or environment.
  const taken = await fetch(url).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} is in use: stop what listens there first`);
  const child = spawn(
    process.execPath,
    [
      path.resolve('node_modules', 'next', 'dist', 'bin', 'next'),
      'start',
      '-H',
      '127.0.0.1',
      '-p',
      String(port),
    ],
    { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log}`);
    try {
      if ((await fetch(`${url}/en`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    process: child,
    log: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
