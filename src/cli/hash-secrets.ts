import { readFileSync } from 'node:fs';
import { parseCommandArgs } from './args.js';
import { CliError } from './cli-error.js';
import { write } from './io.js';
import { KnownSecrets, MIN_KNOWN_SECRET_LENGTH } from '../engine/known-secrets.js';
import { plaintextLines } from '../known-secrets-sources.js';
import type { CliIo } from './io.js';

export const HASH_SECRETS_HELP = `usage: logveil hash-secrets [FILE]

Turns a plaintext list of secrets (one per line; standard input when no FILE) into a hashed list that can
be shipped with an agent instead of the secrets: it holds keyed fingerprints and digests, no plaintext.
Use it with --known-secrets (CLI) or knownSecretsFile (pino transport). Writes to standard output.
`;

export async function hashSecretsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('hash-secrets', args, { help: { type: 'boolean', short: 'h' } });
  if (values.help === true) {
    await write(io.stdout, HASH_SECRETS_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new CliError('hash-secrets: takes at most one FILE', 2);
  const text = positionals.length === 0 || positionals[0] === '-' ? await readAll(io.stdin) : readFile(positionals[0]!);
  if (KnownSecrets.isHashedList(text)) throw new CliError('hash-secrets: the input is already a hashed list', 2);
  const matcher = new KnownSecrets();
  const { added, tooShort } = matcher.add(plaintextLines(text));
  if (added === 0) throw new CliError('hash-secrets: no secret of at least 8 characters in the input', 2);
  await write(io.stdout, matcher.toHashedList());
  const skipped = tooShort > 0 ? `, skipped ${tooShort} shorter than ${MIN_KNOWN_SECRET_LENGTH} characters` : '';
  await write(io.stderr, `logveil: hashed ${added} secret${added === 1 ? '' : 's'}${skipped}\n`);
  return 0;
}

function readFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? 'error'})`, 2);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  stream.setEncoding('utf8');
  for await (const chunk of stream) text += chunk as string;
  return text;
}
