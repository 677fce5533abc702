/**
 * The layering of src/, read from the import statements themselves: no import loop, nothing in the engine
 * importing a higher layer, and no door importing another door (what two doors share lives below both).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

/** The doors: each decides only where text comes from and goes to. */
const DOORS = new Set(['pino', 'otel', 'cli', 'relay', 'llm']);
/** The lowest layer: what a secret looks like and how it is replaced. */
const ENGINE = new Set(['engine', 'validators']);
/**
 * The `logveil` program: its command table dispatches to the CLI's commands and to `logveil relay`, the relay
 * door's own command. Nothing imports it but bin/logveil.js. Shared command-line plumbing (argument parsing,
 * building a redactor from flags, errors, output) is in src/command-line/, below the doors.
 */
const PROGRAM = 'program';

interface Edge {
  readonly from: string;
  readonly to: string;
  /** `import type` / `export type`: no runtime edge, but still a dependency between layers. */
  readonly typeOnly: boolean;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Relative imports of every source file, as paths relative to the repository root. */
function edges(): Edge[] {
  const out: Edge[] = [];
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const target = resolve(dirname(file), match[3]!).replace(/\.js$/, '.ts');
      out.push({ from: relative(ROOT, file), to: relative(ROOT, target), typeOnly: match[2] !== undefined });
    }
  }
  return out;
}

/** `src/pino/x.ts` → `pino`; `src/redactor.ts` → `redactor.ts`; `detectors/...` → `detectors`. */
function area(path: string): string {
  const parts = path.split('/');
  return parts[0] !== 'src' ? parts[0]! : parts[1]!;
}

test('the edge reader sees the imports it is meant to check', () => {
  const all = edges();
  assert.ok(all.some((edge) => edge.from === 'src/redactor.ts' && edge.to === 'src/engine/scanner.ts' && !edge.typeOnly));
  assert.ok(all.some((edge) => edge.from === 'src/redactor.ts' && edge.to === 'src/engine/finding.ts' && edge.typeOnly));
  assert.ok(all.some((edge) => edge.from.startsWith('src/pino/') && edge.to === 'src/redactor.ts'));
});

/** Every import loop of a graph, as `a → b → a`, found by depth-first search. */
function findLoops(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const loops: string[] = [];
  const visit = (node: string, path: string[]): void => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'open') {
      loops.push([...path.slice(path.indexOf(node)), node].join(' → '));
      return;
    }
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    state.set(node, 'done');
  };
  for (const node of graph.keys()) visit(node, []);
  return loops;
}

test('the loop finder finds a loop', () => {
  const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
  assert.deepEqual(findLoops(graph), ['a → b → c → a']);
  assert.deepEqual(findLoops(new Map([['a', ['b']], ['b', []]])), []);
});

test('there is no import loop in src/', () => {
  const graph = new Map<string, string[]>();
  for (const edge of edges()) {
    if (edge.typeOnly || !edge.to.startsWith('src/')) continue;
    graph.set(edge.from, [...(graph.get(edge.from) ?? []), edge.to]);
  }
  assert.deepEqual(findLoops(graph), []);
});

test('the engine imports nothing above it: no door, no facade, no options, no catalog', () => {
  const wrong = edges()
    .filter((edge) => ENGINE.has(area(edge.from)) && !ENGINE.has(area(edge.to)))
    .map((edge) => `${edge.from} → ${edge.to}`);
  assert.deepEqual(wrong, []);
});

test('nothing below the doors imports a door; only the program entry (src/program/) sits above them', () => {
  const wrong = edges()
    .filter((edge) => !DOORS.has(area(edge.from)) && area(edge.from) !== PROGRAM && DOORS.has(area(edge.to)))
    .map((edge) => `${edge.from} → ${edge.to}`);
  assert.deepEqual(wrong, []);
});

test('no door imports another door', () => {
  const wrong = edges()
    .filter((edge) => DOORS.has(area(edge.from)) && DOORS.has(area(edge.to)) && area(edge.from) !== area(edge.to))
    .map((edge) => `${edge.from} → ${edge.to}`);
  assert.deepEqual(wrong, []);
});

test('the program entry is imported by nothing in src/', () => {
  const wrong = edges()
    .filter((edge) => area(edge.to) === PROGRAM && area(edge.from) !== PROGRAM)
    .map((edge) => `${edge.from} → ${edge.to}`);
  assert.deepEqual(wrong, []);
});
