import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Doors in a worker or a child process run the compiled dist/, the in-process ones run src/ through tsx:
 * stale output would compare two different engines. So a stale or missing file stops the suite.
 */
export function assertBuilt(): void {
  for (const source of [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'detectors'))]) {
    const compiled = join(ROOT, 'dist', relative(ROOT, source)).replace(/\.ts$/, '.js');
    if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(source).mtimeMs) {
      throw new Error(`${relative(ROOT, compiled)} is missing or older than its source: run \`npm run build\` first`);
    }
  }
}
