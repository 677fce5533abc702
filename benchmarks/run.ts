// `npm run bench [-- --quick] [scenario...]`: runs every benchmarks/*.bench.ts (or the named ones), prints one
// table per scenario, and writes benchmarks/results/<date>-<machine>.json. Exits 1 when a check fails (a
// fast but wrong engine must not pass); goals are reported, measured against, and never faked.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchReport, BenchScenario } from './lib/scenario.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.filter((arg) => !arg.startsWith('--'));
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.includes(file.replace('.bench.ts', '')))
  .sort();

const machine = `${cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown cpu'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const reports: BenchReport[] = [];
let failed = false;
console.log(`logveil benchmarks${quick ? ' (quick)' : ''} on ${machine}\n`);
for (const file of files) {
  const scenario = (await import(pathToFileURL(join(here, file)).href)).default as BenchScenario;
  const started = Date.now();
  process.stdout.write(`== ${scenario.name} ...`);
  const report = await scenario.run({ quick });
  process.stdout.write(` ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  reports.push(report);
  printReport(report);
  if (report.checks.some((check) => !check.ok)) failed = true;
}

const stamp = new Date().toISOString().slice(0, 10);
const slug = machine.split(',')[0]!.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
mkdirSync(join(here, 'results'), { recursive: true });
const output = join(here, 'results', `${stamp}-${slug}${quick ? '-quick' : ''}.json`);
// Running some scenarios updates theirs in the day's file and keeps the others' latest reports.
const earlier: BenchReport[] = existsSync(output) ? (JSON.parse(readFileSync(output, 'utf8')) as { reports: BenchReport[] }).reports : [];
const merged = [...earlier.filter((report) => !reports.some((fresh) => fresh.scenario === report.scenario)), ...reports];
writeFileSync(output, `${JSON.stringify({ date: new Date().toISOString(), machine, quick, reports: merged }, null, 2)}\n`);
console.log(`results written to ${output}`);
if (failed) {
  console.log('a check failed: the numbers above are not valid');
  process.exitCode = 1;
}

function printReport(report: BenchReport): void {
  const metricNames = [...new Set(report.rows.flatMap((row) => Object.keys(row.metrics)))];
  const table = [['', ...metricNames], ...report.rows.map((row) => [row.name, ...metricNames.map((name) => String(row.metrics[name] ?? ''))])];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
  for (const line of table) console.log(line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  for (const check of report.checks) console.log(`${check.ok ? 'ok  ' : 'FAIL'} check: ${check.name}${check.detail && !check.ok ? ` (${check.detail})` : ''}`);
  for (const goal of report.goals ?? []) console.log(`${goal.ok ? 'met ' : 'MISS'} goal: ${goal.name}`);
  for (const note of report.notes ?? []) console.log(`     ${note}`);
  console.log('');
}
