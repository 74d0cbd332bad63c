import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '@/lib/db/commands';
import { connect, type Connection } from '@/lib/db/connect';
import { DatabaseBusyError, lockPath, socketPath } from '@/lib/db/lock';
import { migrateToLatest } from '@/lib/db/migrate';
import { listenForTools } from '@/lib/db/tool-socket';
import { insertLead, listLeads } from '@/lib/leads/store';
import { aLead } from './leads-fixture';

const run = promisify(execFile);
const tsx = path.join('node_modules', '.bin', 'tsx');
/** A command-line tool, as `npm run leads:…` runs it, against the folder `dir`. */
const tool = (dir: string, ...args: string[]) =>
  run(tsx, ['scripts/db-tool.ts', ...args], { env: { ...process.env, PGLITE_DIR: dir } });

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'cof-owner-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('one process per PGlite folder', () => {
  let dir: string;
  let owner: Connection;

  beforeAll(async () => {
    dir = path.join(root, 'owned');
    owner = await connect({ pgliteDir: dir });
    await migrateToLatest(owner.db);
    await listenForTools(socketPath(dir), (r) =>
      runCommand(owner, r, { siteUrl: 'https://example.com', retentionDays: 365 }),
    );
    await insertLead(owner.db, aLead({ email: 'owned@example.com', company: 'Owned Ltd' }));
  }, 180_000);
  afterAll(() => owner?.close());

  it('refuses a second opening of the folder, naming the owner', async () => {
    const second = connect({ pgliteDir: dir });
    await expect(second).rejects.toBeInstanceOf(DatabaseBusyError);
    await expect(second).rejects.toThrow(`in use by process ${process.pid}`);
  });

  it('lets the tools work while the owner runs, through the owner', async () => {
    const exported = await tool(dir, 'export');
    expect(exported.stdout).toContain('"owned@example.com","Owned Ltd"');
    const erased = await tool(dir, 'erase', 'OWNED@example.com');
    expect(erased.stderr).toContain('erased 1 lead for OWNED@example.com');
    expect((await listLeads(owner.db, { q: 'Owned' })).total).toBe(0);
  }, 120_000);

  it('backs the folder up while it runs; the copy opens with its leads', async () => {
    await insertLead(owner.db, aLead({ company: 'Backed Up Ltd' }));
    const file = path.join(root, 'backup.tar.gz');
    await tool(dir, 'backup', file);
    const restored = path.join(root, 'restored');
    await run('mkdir', ['-p', restored]);
    await run('tar', ['-xzf', file, '-C', restored]);
    const copy = await connect({ pgliteDir: restored });
    try {
      expect((await listLeads(copy.db, { q: 'Backed Up' })).total).toBe(1);
    } finally {
      await copy.close();
    }
  }, 120_000);
});

describe('a lock left by a dead process', () => {
  it('is taken over', async () => {
    const dir = path.join(root, 'stale');
    // 2^22 + 1 is above Linux's largest pid (pid_max ≤ 2^22), so no process has it.
    writeFileSync(lockPath(dir), JSON.stringify({ pid: 4_194_305, socket: socketPath(dir) }));
    const conn = await connect({ pgliteDir: dir });
    await conn.close();
  }, 180_000);
});

describe('an owner killed in the middle of writing', () => {
  it('leaves a folder that opens with every committed lead', async () => {
    const dir = path.join(root, 'killed');
    // In this very process (no tsx wrapper), so that SIGKILL reaches the writer itself.
    const writer = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/unit/db/fixtures/writer.ts', dir],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const committed: string[] = [];
    let ready!: () => void;
    const started = new Promise<void>((r) => (ready = r));
    writer.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        if (line === 'ready') ready();
        else committed.push(line);
      }
    });
    await started;
    // The tools run against it meanwhile, then it dies without closing anything.
    const exported = await tool(dir, 'export');
    expect(exported.stdout).toContain('"Written 0"');
    while (committed.length < 50) await new Promise((r) => setTimeout(r, 50));
    const exited = new Promise((r) => writer.once('exit', r));
    writer.kill('SIGKILL');
    await exited;

    const conn = await connect({ pgliteDir: dir });
    try {
      const { leads } = await listLeads(conn.db, { q: 'Written' });
      const stored = new Set(leads.map((l) => l.id));
      expect(committed.filter((id) => !stored.has(id))).toEqual([]);
      // Still a working database: it takes a new lead.
      await insertLead(conn.db, aLead({ company: 'After The Crash' }));
      expect((await listLeads(conn.db, { q: 'After The Crash' })).total).toBe(1);
    } finally {
      await conn.close();
    }
  }, 300_000);
});
