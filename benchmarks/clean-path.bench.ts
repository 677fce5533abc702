import { execFileSync } from 'node:child_process';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinDetectors, createRedactor } from 'logveil';
import { agentLines } from './lib/agent-lines.js';
import { measureSamples, median, round, roundRatios } from './lib/measure.js';
import type { BenchScenario } from './lib/scenario.js';

/**
 * `redactLine` of this engine beside an earlier build of logveil, in one process, on the same agent lines
 * (issue 11: the clean path must stay within 5% of the engine before the content layers). The earlier build
 * is a `dist/` directory named by LOGVEIL_BEFORE_DIST (e.g. a worktree of a17d6d2 built with
 * `npx tsc -p tsconfig.build.json`); without it the scenario reports nothing and says so.
 *
 * Two comparisons, because the catalog grew between the builds: each engine with its own default catalog
 * (what a user upgrading sees, catalog growth included), and this engine limited to the detector ids the
 * earlier default ran (the engine and layer cost alone).
 */
interface EarlierRedactor {
  redactLine(line: string): string;
  readonly detectorIds: string[];
}
interface EarlierBuild {
  createRedactor(options?: Record<string, unknown>): EarlierRedactor;
  readonly builtinDetectors: readonly { id: string; pattern?: unknown; keywords?: readonly string[] }[];
}

const ENV = 'LOGVEIL_BEFORE_DIST';

const scenario: BenchScenario = {
  name: 'clean-path',
  async run({ quick }) {
    const dist = process.env[ENV];
    if (dist === undefined || dist === '') {
      return {
        scenario: 'clean-path',
        rows: [],
        checks: [],
        notes: [`skipped: set ${ENV} to the dist/ of an earlier build (git worktree add --detach DIR COMMIT; npx tsc -p tsconfig.build.json there) to compare against it`],
      };
    }
    const root = isAbsolute(dist) ? dist : resolve(dist);
    const before = (await import(pathToFileURL(join(root, 'src', 'index.js')).href)) as EarlierBuild;
    const commit = commitOf(root);

    const count = quick ? 2_000 : 5_000;
    const clean = agentLines(count, 0, 11).map((entry) => entry.line);
    const mixedEntries = agentLines(count, 0.02, 7);
    const mixed = mixedEntries.map((entry) => entry.line);

    const oldIds = before.createRedactor().detectorIds;
    // Same ids: the earlier default's ids, chosen with the options both builds take (presets, enable).
    const engines = {
      before: () => before.createRedactor(),
      own: () => createRedactor(),
      same: () => createRedactor({ presets: [], enable: oldIds }),
    };
    type Engine = keyof typeof engines;
    const labels: Record<Engine, string> = { before: 'before', own: 'now, own catalog', same: 'now, same ids' };
    const order: Engine[] = ['before', 'own', 'same'];
    // Identical redactors in one process differ by up to about 10% (the first one warmed up is the slowest;
    // the prefilter's RE2.Set alone shows it), more than the 5% this scenario is about. So each engine runs as
    // INSTANCES redactors, warmed up in a rotated order after one throw-away redactor of each build, and an
    // engine's time in a round is the mean of its instances' passes.
    const INSTANCES = 4;
    const pass = (redactor: { redactLine(line: string): string }, lines: readonly string[]) => () => lines.reduce((n, line) => n + redactor.redactLine(line).length, 0);
    pass(engines.before(), clean)();
    pass(engines.own(), clean)();
    const instances = Array.from({ length: INSTANCES }, (_, k) => order.map((_, i) => order[(i + k) % order.length]!)).flat().map((engine, i) => ({ engine, name: `${engine} ${i}`, redactor: engines[engine]() }));
    // Clean and mixed lines are timed apart, so the passes a ratio compares run close together in time; short
    // passes and many rounds, because the machine's speed drifts under other work. The clock is the process's
    // CPU time: with more runnable work than cores, wall time mostly measures the wait for a core.
    const rounds = quick ? 9 : 41;
    const timeEngines = (lines: readonly string[]) => {
      const samples = measureSamples(instances.map(({ name, redactor }) => ({ name, pass: pass(redactor, lines) })), count, rounds, 'cpu');
      const byEngine = new Map<Engine, number[]>();
      for (const engine of order) {
        const own = instances.filter((instance) => instance.engine === engine).map((instance) => samples.get(instance.name)!);
        byEngine.set(engine, own[0]!.map((_, r) => own.reduce((sum, values) => sum + values[r]!, 0) / own.length));
      }
      return byEngine;
    };
    const timed = { clean: timeEngines(clean), mixed: timeEngines(mixed) };
    type Lines = keyof typeof timed;
    const ratios = (lines: Lines, engine: Engine) => roundRatios(timed[lines].get(engine)!, timed[lines].get('before')!);
    const ratio = (lines: Lines, engine: Engine) => median(ratios(lines, engine));
    const spread = (lines: Lines, engine: Engine) => {
      const sorted = ratios(lines, engine).sort((a, b) => a - b);
      return `${round(sorted[Math.floor(sorted.length / 4)]!)}-${round(sorted[Math.floor((sorted.length * 3) / 4)]!)}`;
    };
    const rowsFor = (lines: Lines, label: string) =>
      order.map((engine) => ({
        name: `${labels[engine]}, ${label}`,
        metrics: { 'ns/line': round(median(timed[lines].get(engine)!), 0), ...(engine === 'before' ? {} : { 'x before': round(ratio(lines, engine), 3) }) },
      }));
    const first = (engine: Engine) => instances.find((instance) => instance.engine === engine)!.redactor;
    const old = first('before');
    const current = first('own');
    const sameIds = first('same');

    const changed = (redactor: { redactLine(line: string): string }, lines: readonly string[]) => lines.filter((line) => redactor.redactLine(line) !== line).length;
    const planted = mixedEntries.filter((entry) => entry.dirty);
    const missed = (redactor: { redactLine(line: string): string }) => planted.filter((entry) => redactor.redactLine(entry.line) === entry.line).length;
    // The engine's own detectors (the URL layer's url-credential) come with every selection: they are part of
    // the layers this comparison is about, not of the catalog.
    const catalogIds = new Set(builtinDetectors.map((detector) => detector.id));
    const engineIds = sameIds.detectorIds.filter((id) => !catalogIds.has(id) && !oldIds.includes(id));
    const sameCatalog = sameIds.detectorIds.filter((id) => catalogIds.has(id) || oldIds.includes(id));
    const sameIdsOk = JSON.stringify(sameCatalog) === JSON.stringify(oldIds);
    // Shared ids whose definition changed since the earlier build: (b) isolates the engine only as far as these allow.
    const nowById = new Map(builtinDetectors.map((detector) => [detector.id, detector]));
    const redefined = before.builtinDetectors.filter((detector) => {
      const now = nowById.get(detector.id);
      return now === undefined || String(now.pattern) !== String(detector.pattern) || String(now.keywords) !== String(detector.keywords);
    }).length;

    const sameRatio = ratio('clean', 'same');
    return {
      scenario: 'clean-path',
      rows: [...rowsFor('clean', 'clean'), ...rowsFor('mixed', '2% dirty')],
      checks: [
        { name: 'the same-ids redactor runs exactly the earlier default catalog ids', ok: sameIdsOk, detail: `${sameCatalog.length} vs ${oldIds.length}` },
        ...[['before', old], ['now', current], ['now, same ids', sameIds]].flatMap(([label, redactor]) => {
          const r = redactor as EarlierRedactor;
          const cleanChanged = changed(r, clean);
          const lost = missed(r);
          return [
            { name: `${label as string}: no clean line changed`, ok: cleanChanged === 0, detail: `${cleanChanged} changed` },
            { name: `${label as string}: every planted line changed (${planted.length})`, ok: lost === 0, detail: `${lost} missed` },
          ];
        }),
      ],
      goals: [{ name: `clean lines, same detector ids, within 5% of before (issue 11): ${round(sameRatio, 3)}x`, ok: sameRatio <= 1.05 }],
      notes: [
        `before: ${root}${commit === undefined ? '' : ` (commit ${commit})`}, ${oldIds.length} default detectors; now: ${current.detectorIds.length} default detectors; same ids: the earlier ${oldIds.length} plus the engine's own ${engineIds.join(', ') || '(none)'}; ${redefined} of the earlier ${before.builtinDetectors.length} catalog ids have a different pattern or keywords now`,
        `${count} lines per pass, ${INSTANCES} redactors per engine, ${rounds} rounds in rotating order, timed in process CPU time; "x before" is the median of per-round ratios; their interquartile range: own catalog ${spread('clean', 'own')}, same ids ${spread('clean', 'same')} (clean); ${spread('mixed', 'own')}, ${spread('mixed', 'same')} (2% dirty)`,
      ],
    };
  },
};

/** The commit the earlier build's tree is checked out at, when it is a git work tree (for the results file). */
function commitOf(dist: string): string | undefined {
  try {
    return execFileSync('git', ['-C', dist, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

export default scenario;
