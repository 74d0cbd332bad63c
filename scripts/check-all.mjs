// Runs every check in order and ends with one line summing them all: "N passed, N failed, N skipped".
// Typecheck, lint, content check and build count as one test each; unit and e2e count their tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
// CI shows only the end of the output: failing tests, and those that passed only when retried
// (CI retries once), are named again just above the summary.
const failures = [];
const flaky = [];
mkdirSync('test-results', { recursive: true });

function run(cmd, env = {}) {
  console.log(`\n▶ ${cmd}`);
  const started = Date.now();
  const { status } = spawnSync(cmd, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return { ok: status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function step(name, cmd) {
  const { ok, seconds } = run(cmd);
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${name}: ${ok ? 'passed' : 'FAILED'} (${seconds} s)`);
  return ok;
}

function suite(name, cmd, report, count, named, env) {
  rmSync(report, { force: true });
  const { ok, seconds } = run(cmd, env);
  if (!existsSync(report)) {
    totals.failed += 1;
    lines.push(`${name}: FAILED before reporting (${seconds} s)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const c = count(json);
  const { failed, retried } = named(json);
  for (const f of failed) failures.push(`${name}: ${f}`);
  for (const f of retried) flaky.push(`${name}: ${f}`);
  // A runner that exits non-zero with no failed test (e.g. a crashed worker) still fails the run.
  if (!ok && c.failed === 0) c.failed = 1;
  for (const k of Object.keys(totals)) totals[k] += c[k];
  lines.push(
    `${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped (${seconds} s)`,
  );
}

function firstLine(message = '') {
  // Failure messages carry ANSI colours and stacks: keep the first readable line, bounded.
  const plain = message.replace(/\u001b\[[0-9;]*m/g, '');
  return (plain.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 300);
}

/** Playwright's specs whose test ended with `status` ('unexpected', 'flaky'), with the first error. */
function specs(suites = [], status, path = []) {
  return suites.flatMap((s) => {
    const here = s.title ? [...path, s.title] : path;
    const own = (s.specs ?? [])
      .filter((spec) => spec.tests.some((t) => t.status === status))
      .map((spec) => {
        const error = spec.tests.flatMap((t) => t.results).find((r) => r.error)?.error;
        return `${[...here, spec.title].join(' › ')}: ${firstLine(error?.message)}`;
      });
    return [...own, ...specs(s.suites, status, here)];
  });
}

// The same commands as `npm run <name>`, so each check has one definition.
step('typecheck', 'npm run --silent typecheck');
step('lint', 'npm run --silent lint');
step('content', 'npm run --silent content:check');
// Unhandled errors fail Vitest's run without failing a test: a reporter of ours lists them.
const UNHANDLED = 'test-results/unit-unhandled.json';
rmSync(UNHANDLED, { force: true });
suite(
  'unit',
  'npm run --silent test:unit -- --reporter=default --reporter=json --outputFile.json=test-results/unit.json --reporter=./tests/unit/support/unhandled-errors-reporter.ts',
  'test-results/unit.json',
  (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped: r.numPendingTests + r.numTodoTests,
  }),
  (r) => {
    const all = r.testResults.flatMap((file) => file.assertionResults);
    const describe = (a) => `${a.fullName}: ${firstLine(a.failureMessages[0])}`;
    return {
      failed: [
        ...all.filter((a) => a.status === 'failed').map(describe),
        ...(existsSync(UNHANDLED) ? JSON.parse(readFileSync(UNHANDLED, 'utf8')) : []),
      ],
      // Vitest keeps the first attempt's error on a test that passed when retried.
      retried: all
        .filter((a) => a.status === 'passed' && a.failureMessages.length > 0)
        .map(describe),
    };
  },
  // A 10-second outage proves the same recovery as 30; `npm run test:outage` runs the long one.
  { DELIVERY_OUTAGE_SECONDS: process.env.DELIVERY_OUTAGE_SECONDS ?? '10' },
);
const built = step('build', 'npm run --silent build');
if (built) {
  suite(
    'e2e',
    'npm run --silent test:e2e',
    'test-results/e2e.json',
    (r) => ({
      passed: r.stats.expected + r.stats.flaky,
      failed: r.stats.unexpected,
      skipped: r.stats.skipped,
    }),
    (r) => ({ failed: specs(r.suites, 'unexpected'), retried: specs(r.suites, 'flaky') }),
    { PW_REPORTER: 'json' },
  );
} else {
  totals.failed += 1;
  lines.push('e2e: not run, the build failed');
}

const list = (title, items) =>
  items.length > 0 && console.log(`\n${title}:\n${items.map((f) => `  ${f}`).join('\n')}`);
list('Passed only when retried', flaky);
list('Failed', failures);
console.log(`\n${lines.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
