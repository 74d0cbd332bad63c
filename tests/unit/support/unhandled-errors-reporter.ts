import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter } from 'vitest/reporters';

/**
 * Writes the run's unhandled errors (they fail the run without failing a test) to a JSON file, so
 * `npm test` can name them next to its summary, where CI's excerpt of the output shows them.
 */
export default class UnhandledErrorsReporter implements Reporter {
  onTestRunEnd: Reporter['onTestRunEnd'] = (_modules, errors) => {
    const file = process.env.UNIT_UNHANDLED_FILE ?? 'test-results/unit-unhandled.json';
    mkdirSync(path.dirname(file), { recursive: true });
    const named = errors.map((e) => {
      const where = e as { VITEST_TEST_PATH?: string; VITEST_TEST_NAME?: string; type?: string };
      const file = where.VITEST_TEST_PATH && path.relative(process.cwd(), where.VITEST_TEST_PATH);
      const test = [file, where.VITEST_TEST_NAME].filter(Boolean).join(' › ');
      return `${where.type ?? 'Unhandled error'}${test ? ` in ${test}` : ''}: ${e.name ?? 'Error'}: ${e.message}`;
    });
    writeFileSync(file, JSON.stringify(named, null, 2));
  };
}
