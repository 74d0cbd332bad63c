// The database's command-line tools: npm run db:migrate | leads:export | leads:erase -- <email> |
// leads:purge | db:backup [-- <file>]. With PGlite, a server that owns the folder runs the command
// for us (through its socket), so the folder is never opened by two processes.
import { writeFileSync } from 'node:fs';
import { getBrand } from '@/lib/brand/load';
import { runCommand } from '@/lib/db/commands';
import { connect, describe } from '@/lib/db/connect';
import { DatabaseBusyError } from '@/lib/db/lock';
import { migrateToLatest } from '@/lib/db/migrate';
import { callTool, type ToolResult } from '@/lib/db/tool-socket';
import { parseEnv, type ServerEnv } from '@/lib/env/server-env';

const [command = '', ...args] = process.argv.slice(2);
let env: ServerEnv;
try {
  env = parseEnv(process.env);
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
const config = { url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR };
const request = { command, args: command === 'backup' ? [] : args };

async function run(): Promise<ToolResult> {
  try {
    const conn = await connect(config);
    try {
      // A fresh folder or server gets its schema before anything reads it.
      if (command !== 'migrate') await migrateToLatest(conn.db);
      return await runCommand(conn, request, {
        siteUrl: getBrand().siteUrl,
        retentionDays: env.LEADS_RETENTION_DAYS,
      });
    } finally {
      await conn.close();
    }
  } catch (e) {
    if (!(e instanceof DatabaseBusyError)) {
      return { ok: false, message: `${describe(config)}: ${(e as Error).message}` };
    }
    try {
      return await callTool(e.owner.socket, request);
    } catch {
      return {
        ok: false,
        message:
          `${e.dir} belongs to process ${e.owner.pid}, which does not answer on ${e.owner.socket}. ` +
          'PGlite allows one process per folder: stop that process, then run this again.',
      };
    }
  }
}

const result = await run();
// A piped stdout is written asynchronously: wait until the whole export has been handed over,
// or process.exit below cuts a large CSV short.
if (result.output !== undefined) {
  const output = result.output;
  await new Promise<void>((resolve) => process.stdout.write(output, () => resolve()));
}
if (result.base64) {
  const file = args[0] ?? `data/backup-${new Date().toISOString().replace(/[:.]/g, '-')}.tar.gz`;
  writeFileSync(file, Buffer.from(result.base64, 'base64'));
  console.error(`wrote ${file}`);
}
// On stderr, so that stdout stays pure CSV for `npm run leads:export > leads.csv`.
console.error(result.message);
process.exit(result.ok ? 0 : 1);
