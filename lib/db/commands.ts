import { eraseLeads, listLeads, purgeLeads } from '@/lib/leads/store';
import { leadsCsv } from '@/lib/leads/export';
import type { Connection } from './connect';
import { migrateToLatest } from './migrate';
import type { ToolRequest, ToolResult } from './tool-socket';

export type CommandContext = { siteUrl: string; retentionDays: number };

/**
 * The command-line tools' work, run on an open connection: by the tool itself, or by the server
 * that owns the PGlite folder when the tool asks it through its socket.
 */
export async function runCommand(
  conn: Connection,
  { command, args }: ToolRequest,
  ctx: CommandContext,
): Promise<ToolResult> {
  switch (command) {
    case 'migrate': {
      const applied = await migrateToLatest(conn.db);
      return {
        ok: true,
        message: applied.length ? `applied ${applied.join(', ')}` : 'the schema is up to date',
      };
    }
    case 'export': {
      const { leads } = await listLeads(conn.db);
      return { ok: true, message: `${leads.length} leads`, output: leadsCsv(leads, ctx.siteUrl) };
    }
    case 'erase': {
      const email = args[0]?.trim();
      if (!email || !email.includes('@')) {
        return { ok: false, message: 'usage: npm run leads:erase -- <email address>' };
      }
      const count = await eraseLeads(conn.db, email);
      return { ok: true, message: `erased ${count} lead${count === 1 ? '' : 's'} for ${email}` };
    }
    case 'purge': {
      const count = await purgeLeads(conn.db, ctx.retentionDays);
      return { ok: true, message: `purged ${count} leads older than ${ctx.retentionDays} days` };
    }
    case 'backup': {
      if (!conn.pglite) {
        return { ok: false, message: 'DATABASE_URL is set: back up the server with pg_dump' };
      }
      const file = await conn.pglite.dumpDataDir('gzip');
      const base64 = Buffer.from(await file.arrayBuffer()).toString('base64');
      return { ok: true, message: 'backup of the PGlite folder (tar.gz)', base64 };
    }
    default:
      return { ok: false, message: `unknown command "${command}"` };
  }
}
