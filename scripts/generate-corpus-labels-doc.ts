// `npm run eval:labels-doc`: rewrites docs/corpus-labels.md from scripts/eval-disputed.ts, the one list of the shared
// corpora's rows whose label we dispute. A test fails when the committed page is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DISPUTES } from './eval-disputed.js';
import type { DisputeKind } from './eval-disputed.js';

export const LABELS_DOC_PATH = fileURLToPath(new URL('../docs/corpus-labels.md', import.meta.url));

const KINDS: readonly [DisputeKind, string][] = [
  ['placeholder', 'labelled a secret, but a stand-in (placeholder words, counting runs, repeated letters, a documentation example)'],
  ['not-a-secret', 'labelled a secret, but a public identifier'],
  ['not-issued', 'labelled a secret, but in a charset or structure the provider never issues (generated from a loose pattern)'],
  ['another-secret', 'labelled a look-alike, but a credential of another kind: a redactor removes it'],
  ['format-identical', 'labelled a look-alike, but the format cannot tell it from a live credential; only a list of values could'],
  ['personal-data', 'labelled a look-alike of a secret, but personal data, which logveil redacts by design'],
];

const cell = (text: string): string => text.replace(/\|/g, '\\|');

export function renderCorpusLabelsDoc(): string {
  const lines = [
    '# External corpus samples we consider wrongly labelled',
    '',
    "`npm run eval` scores the default detector set on gitleaks' and secretlint's own samples (`../shared/corpora`), twice:",
    'over every row, and with the rows below left out. Each row is listed for what its text is, whatever logveil does',
    'with it (a stand-in that logveil happens to redact is left out too), and the eval checks that every listed row still',
    'carries the rule and label written here. Rows are line numbers in the corpus file. Generated from',
    '`scripts/eval-disputed.ts` by `npm run eval:labels-doc`.',
    '',
    'Kinds:',
    '',
    ...KINDS.map(([kind, text]) => `- \`${kind}\`: ${text}.`),
    '',
    '| corpus | rule | label | rows | kind | why we disagree |',
    '|---|---|---|---|---|---|',
    ...DISPUTES.map((entry) => `| ${entry.file.replace(/-cases\.jsonl$/, '')} | ${entry.rule} | ${entry.label} | ${entry.rows.replace(/,/g, ', ')} | ${entry.kind} | ${cell(entry.why)} |`),
    '',
    'Agreed, and left alone: secretlint `database-connection-string` row 25 (`mongodb://mongodb:mongodb@localhost`),',
    'identical credentials on localhost, a development default. On a network host (`mongodb://root:root@10.0.0.5,…`)',
    '`mongodb-connection-string` reports them.',
    '',
  ];
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(LABELS_DOC_PATH, renderCorpusLabelsDoc());
  console.log(`docs/corpus-labels.md: ${DISPUTES.length} entries`);
}
