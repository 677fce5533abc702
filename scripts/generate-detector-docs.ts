// `npm run detectors:docs`: rewrites docs/detectors.md from the detector files, so that the list of what logveil
// finds is the code's own account of it. A test fails when the committed file is out of date: run this after
// adding or changing a detector (after `npm run detectors:index`).
import { writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { presetNames, selectDetectors } from '../src/config/select-detectors.js';
import { createRedactor } from '../src/redactor.js';
import { detectorFiles } from './generate-detector-index.js';
import type { Detector } from '../src/engine/detector.js';

export const DOCS_PATH = fileURLToPath(new URL('../docs/detectors.md', import.meta.url));

interface Entry {
  readonly group: string;
  readonly detector: Detector;
}

/** Checksum functions the validators call (by name in their source). */
const CHECKSUMS: readonly [RegExp, string][] = [
  [/\bluhn\b/i, 'Luhn'],
  [/\bibanValid\b|mod[- ]?97/i, 'IBAN mod-97 + length'],
  [/githubChecksum|\bcrc32\b/i, 'CRC32'],
  [/\bbase62\b/, 'base62 checksum'],
];

/**
 * True when the detector needs text before its secret (a key, label, scheme or URL): in none of its own positive
 * samples does a finding start at the sample's first character.
 */
function needsContext(detector: Detector): boolean {
  const redactor = createRedactor({ builtins: false, detectors: [detector], keyNames: false });
  const starts = detector.samples.positive.flatMap((sample) => redactor.scan(sample).map((finding) => finding.start));
  return starts.length > 0 && !starts.includes(0);
}

/**
 * How a match is confirmed beyond its pattern: a checksum (named from the validator's source), an entropy floor,
 * another validator, and context (text such as a key, label, scheme or URL that must come before the secret).
 */
export function validationOf(detector: Detector): string {
  const parts: string[] = [];
  const source = detector.validate === undefined ? '' : `${detector.validate.name} ${detector.validate.toString()}`;
  const checksum = CHECKSUMS.find(([pattern]) => pattern.test(source));
  if (checksum !== undefined) parts.push(`checksum (${checksum[1]})`);
  else if (/checksum/i.test(source)) parts.push('checksum');
  else if (detector.validate !== undefined) parts.push('validator');
  if (detector.entropy !== undefined) parts.push(`entropy ≥ ${detector.entropy} bits/char`);
  if (needsContext(detector)) parts.push('context');
  return parts.length > 0 ? parts.join(', ') : 'pattern only';
}

/** Groups whose detectors are not tied to one provider: they get no row in the per-provider table. */
const NOT_PROVIDERS = new Set(['generic', 'pii', 'network']);
/** Providers whose name is more than the first word of their detector ids, and ids that share a provider. */
const PROVIDER_PREFIXES: readonly [string, string][] = [
  ['new-relic-', 'New Relic'],
  ['docker-hub-', 'Docker Hub'],
  ['gcp-', 'Google'],
  ['google-', 'Google'],
  ['firebase-', 'Google'],
  ['facebook-', 'Meta / Facebook'],
  ['microsoft-teams-', 'Microsoft Teams'],
  ['azure-devops-', 'Azure DevOps'],
  ['ibm-', 'IBM Cloud'],
  ['oracle-', 'Oracle Cloud'],
  ['tencent-cloud-', 'Tencent Cloud'],
  ['hcp-', 'HashiCorp Cloud Platform'],
  ['terraform-cloud-', 'HCP Terraform'],
  ['astra-db-', 'DataStax Astra DB'],
  ['yandex-cloud-', 'Yandex'],
  ['adafruit-io-', 'Adafruit IO'],
  ['drone-ci-', 'Drone CI'],
  ['azure-openai-', 'Azure OpenAI / AI services'],
  ['crates-io-', 'crates.io'],
  ['alpha-vantage-', 'Alpha Vantage'],
];
const DISPLAY: Readonly<Record<string, string>> = {
  '1password': '1Password',
  abuseipdb: 'AbuseIPDB',
  browserstack: 'BrowserStack',
  coinmarketcap: 'CoinMarketCap',
  giphy: 'GIPHY',
  opencage: 'OpenCage',
  tmdb: 'TMDB',
  ipinfo: 'IPinfo',
  jumpcloud: 'JumpCloud',
  meraki: 'Cisco Meraki',
  aws: 'AWS',
  digitalocean: 'DigitalOcean',
  flyio: 'Fly.io',
  github: 'GitHub',
  gitlab: 'GitLab',
  hubspot: 'HubSpot',
  huggingface: 'Hugging Face',
  jfrog: 'JFrog',
  frameio: 'Frame.io',
  klaviyo: 'Klaviyo',
  langsmith: 'LangSmith',
  llamacloud: 'LlamaCloud',
  mailersend: 'MailerSend',
  maxmind: 'MaxMind',
  mongodb: 'MongoDB',
  npm: 'npm',
  nuget: 'NuGet',
  openai: 'OpenAI',
  nytimes: 'The New York Times',
  openrouter: 'OpenRouter',
  pubnub: 'PubNub',
  promptlayer: 'PromptLayer',
  pypi: 'PyPI',
  rubygems: 'RubyGems',
  settlemint: 'SettleMint',
  freshbooks: 'FreshBooks',
  kucoin: 'KuCoin',
  linkedin: 'LinkedIn',
  sonarqube: 'SonarQube',
  turbopuffer: 'turbopuffer',
  twitter: 'X (Twitter)',
  xai: 'xAI',
  youtrack: 'YouTrack',
  zerotier: 'ZeroTier',
};

/** The provider a detector belongs to, from its id: a known prefix, or its first word. */
export function providerOf(id: string): string {
  const known = PROVIDER_PREFIXES.find(([prefix]) => id.startsWith(prefix));
  if (known !== undefined) return known[1];
  const word = id.split('-')[0]!;
  return DISPLAY[word] ?? word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * One row per provider: which of its detectors find a token bare (in free text, with nothing before it) and which
 * need context (a key name, header, scheme or URL), and how matches are confirmed.
 */
function providerTable(entries: readonly Entry[], context: ReadonlyMap<string, boolean>, validation: ReadonlyMap<string, string>): string[] {
  const rows = new Map<string, { bare: string[]; keyed: string[]; checks: Set<string> }>();
  for (const { group, detector } of entries) {
    if (NOT_PROVIDERS.has(group) || detector.category !== 'secret') continue;
    const provider = providerOf(detector.id);
    const row = rows.get(provider) ?? { bare: [], keyed: [], checks: new Set<string>() };
    (context.get(detector.id) === true ? row.keyed : row.bare).push(detector.id);
    for (const part of validation.get(detector.id)!.split(', ')) if (part !== 'context' && part !== 'pattern only') row.checks.add(part);
    rows.set(provider, row);
  }
  const lines = [
    '## By provider',
    '',
    'Found bare: the detector reports the token in free text with nothing before it (its format is distinctive: a prefix, ' +
      'a signature, a checksum). Needs context: the value has no shape of its own (random hex, a UUID), so it is only ' +
      'reported after a key name, header, scheme or URL of its provider. Validation lists the checks beyond the pattern.',
    '',
    `${rows.size} providers.`,
    '',
    '| provider | found bare | needs context | validation |',
    '|---|---|---|---|',
  ];
  for (const [provider, row] of [...rows].sort((a, b) => (a[0].toLowerCase() < b[0].toLowerCase() ? -1 : 1))) {
    const checks = [...row.checks].sort().join(', ') || 'pattern only';
    lines.push(`| ${cell(provider)} | ${row.bare.join(', ') || '—'} | ${row.keyed.join(', ') || '—'} | ${checks} |`);
  }
  lines.push('');
  return lines;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

export async function renderDetectorDocs(): Promise<string> {
  const entries: Entry[] = [];
  for (const file of detectorFiles()) {
    const detector = (await import(pathToFileURL(file).href)).default as Detector;
    entries.push({ group: basename(dirname(file)), detector });
  }
  entries.sort((a, b) => (a.group === b.group ? (a.detector.id < b.detector.id ? -1 : 1) : a.group < b.group ? -1 : 1));
  const catalog = entries.map((entry) => entry.detector).sort((a, b) => (a.id < b.id ? -1 : 1));
  const names = presetNames(catalog);
  const membership = new Map<string, string[]>();
  for (const name of names) {
    for (const detector of selectDetectors(catalog, [name], [], [])) {
      membership.set(detector.id, [...(membership.get(detector.id) ?? []), name]);
    }
  }
  const secrets = catalog.filter((detector) => detector.category === 'secret').length;
  const pii = catalog.length - secrets;
  const optIn = catalog.filter((detector) => detector.optIn === true).map((detector) => `\`${detector.id}\``);
  const lines = [
    '# Built-in detectors',
    '',
    '<!-- Generated by `npm run detectors:docs` (scripts/generate-detector-docs.ts) from the detector files: do not edit by hand. -->',
    '',
    `${catalog.length} detectors: ${secrets} for secrets, ${pii} for personal data. By default a redactor runs the presets ` +
      '`secrets` and `pii`, which hold every detector that is not opt-in; `strict` adds the opt-in ones' +
      (optIn.length > 0 ? ` (${optIn.join(', ')})` : '') +
      '. Any detector id or preset name can be passed to `presets`, `enable` and `disable`.',
    '',
    `Presets: ${names.map((name) => `\`${name}\``).join(', ')}.`,
    '',
    'Validation says how a match is confirmed beyond its pattern: `checksum` (named), `validator` (a shape or placeholder ' +
      'check in code), `entropy` (a Shannon entropy floor), `context` (text must come before the secret: a key, label, ' +
      'scheme or URL, such as `password=`, `Bearer` or `https://user:`), or `pattern only`. Only the secret part of a match is redacted.',
    '',
  ];
  const context = new Map(entries.map(({ detector }) => [detector.id, needsContext(detector)]));
  const validation = new Map(entries.map(({ detector }) => [detector.id, validationOf(detector)]));
  lines.push(...providerTable(entries, context, validation));
  entries.forEach(({ group, detector }, index) => {
    if (index === 0 || entries[index - 1]!.group !== group) {
      lines.push(`## ${group}`, '', '| id | category | finds | validation | presets | opt-in |', '|---|---|---|---|---|---|');
    }
    const presets = (membership.get(detector.id) ?? []).map((name) => `\`${name}\``).join(', ');
    const optIn = detector.optIn === true ? 'yes' : 'no';
    lines.push(`| \`${detector.id}\` | ${detector.category} | ${cell(detector.description)} | ${validation.get(detector.id)!} | ${presets} | ${optIn} |`);
    if (index === entries.length - 1 || entries[index + 1]!.group !== group) lines.push('');
  });
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = await renderDetectorDocs();
  writeFileSync(DOCS_PATH, text);
  console.log(`docs/detectors.md: ${detectorFiles().length} detectors`);
}
