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
 * The host name every `next start` of ours listens on: loopback, named `localhost` rather than
 * `127.0.0.1`. Next.js (16.4 and 16.5, vercel/next.js#94745) renames a loopback address in a
 * proxy.ts rewrite to `localhost`, then compares it with the host it was started on: started on
 * `127.0.0.1`, every rewrite (the embed, a bad report link, a broken code's social image) turns into
 * an HTTP request from the server to itself, and now and then that request fails with a 500.
 */
export const LOOPBACK_HOST = 'localhost';

/** NODE_OPTIONS that make `localhost` bind 127.0.0.1 where it also names ::1, as clients expect. */
export function loopbackNodeOptions(existing = process.env.NODE_OPTIONS ?? ''): string {
  return `${existing} --dns-result-order=ipv4first`.trim();
}

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
      LOOPBACK_HOST,
      '-p',
      String(port),
    ],
    {
      cwd,
      env: { ...process.env, NODE_OPTIONS: loopbackNodeOptions(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
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
