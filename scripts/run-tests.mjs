// `npm test`: every check in one run — typecheck, lint, unit tests (vitest), end-to-end
// tests (Playwright) — ending with one line "N passed, N failed, N skipped" over all suites.
// Under CI=true a skipped test fails the run: nothing may skip for a missing dependency.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function step(name, command, args) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

// Typecheck and lint count as one check each.
for (const [name, script] of [['typecheck', 'typecheck'], ['lint', 'lint']]) {
  if (step(name, 'npm', ['run', '--silent', script])) totals.passed++;
  else {
    totals.failed++;
    failures.push(name);
  }
}

const unitOk = step('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (unit === null) {
  totals.failed++;
  failures.push('unit tests (no report)');
} else {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
  // A suite that fails to load has no tests to count: count it as a failure.
  const brokenSuites = unit.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
  totals.failed += brokenSuites;
  if (!unitOk) failures.push('unit tests');
}

const builtOk = step('build', 'npm', ['run', '--silent', 'build']);
if (!builtOk) {
  totals.failed++;
  failures.push('build');
} else {
  const e2eOk = step('end-to-end tests', 'npx', ['playwright', 'test']);
  const e2e = readJson('test-results/e2e.json');
  if (e2e === null) {
    totals.failed++;
    failures.push('end-to-end tests (no report)');
  } else {
    totals.passed += e2e.stats.expected + e2e.stats.flaky;
    totals.failed += e2e.stats.unexpected;
    totals.skipped += e2e.stats.skipped;
    if (!e2eOk) failures.push('end-to-end tests');
  }
}

if (process.env.CI === 'true' && totals.skipped > 0) {
  failures.push(`${totals.skipped} skipped tests (nothing may skip under CI=true)`);
}
if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length > 0 ? 1 : 0);
