import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { answersSchema } from '@/lib/model';
import { encodeReport } from '@/lib/report-link';

/** A report code this deployment's report page (and lead endpoint) accepts. */
export const reportCode = encodeReport(answersSchema.parse({ employees: 40, industry: 'legal' }));

/** A Standard Webhooks secret: "whsec_" and 32 random bytes. */
export const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/** The body the lead form posts, for the n-th prospect. */
export const leadBody = (n: number) => ({
  name: `Prospect ${n}`,
  email: `prospect${n}@example.com`,
  company: `Company ${n}`,
  message: `Please call me (${n}).`,
  consent: true,
  reportCode,
  locale: (['en', 'de', 'it', 'es'] as const)[n % 4],
  fillMs: 5000,
  submissionId: randomUUID(),
  utm_campaign: 'delivery-test',
});

export type Node = { port: number; child: ChildProcess; log: () => string };

/** Starts tests/unit/delivery/fixtures/node.ts without the tsx wrapper, so SIGKILL reaches it. */
export function startNode(env: Record<string, string>): Promise<Node> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/unit/delivery/fixtures/node.ts'],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`node did not start:\n${log}`)), 240_000);
    child.stdout!.on('data', (d: Buffer) => {
      log += d;
      const m = /ready (\d+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve({ port: Number(m[1]), child, log: () => log });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (log += d));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`node exited (${code}):\n${log}`));
    });
  });
}

export const stopped = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
  });

/** Posts a lead to one of the nodes, trying the next when one is down (as a load balancer would). */
export async function postLead(ports: () => number[], body: unknown): Promise<string> {
  for (let tries = 0; tries < 200; tries++) {
    const list = ports();
    const port = list[tries % list.length]!;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/leads`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { id?: string };
      if ((res.status === 201 || res.status === 200) && json.id) return json.id;
    } catch {
      // that node is down: the same submission id goes to the next one
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no node took the lead');
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until(check: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}
