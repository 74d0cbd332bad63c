import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run worker', () => {
  it('does not start with a bad configuration, and says which variable is wrong', async () => {
    const started = run(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
      env: {
        ...process.env,
        PGLITE_DIR: '/nonexistent/never-opened',
        LEADS_WEBHOOK_URL: 'https://hooks.example.com/leads',
      },
    });
    const failed = await started.then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('Cost of Free worker cannot start');
    expect(failed?.stderr).toContain(
      'LEADS_WEBHOOK_SECRET: must be set when LEADS_WEBHOOK_URL is set',
    );
  }, 60_000);
});
