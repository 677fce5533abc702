import { readFileSync } from 'node:fs';
import { parseCommandArgs } from '../command-line/args.js';
import { CliError, unreadable } from '../command-line/cli-error.js';
import { write } from '../command-line/io.js';
import { KnownSecrets, MIN_KNOWN_SECRET_LENGTH } from '../engine/known-secrets.js';
import { parseKnownSecrets } from '../sources/index.js';
import type { CliIo } from '../command-line/io.js';

export const HASH_SECRETS_HELP = `usage: logveil hash-secrets [FILE]

Turns a plaintext list of secrets (one per line, at least 8 characters each; lines starting with # are
comments; standard input when no FILE) into a hashed list that can
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
  // A line shorter than the minimum is an error naming its line (LOGVEIL_ERR_KNOWN_SECRET_TOO_SHORT, exit 2):
  // a hashed list that silently lacks a secret would be shipped as if it protected it.
  const matcher = parseKnownSecrets(text, positionals[0] ?? '-');
  const added = matcher.size;
  if (added === 0) throw new CliError(`hash-secrets: no secret in the input (one per line, at least ${MIN_KNOWN_SECRET_LENGTH} characters; # starts a comment)`, 2);
  await write(io.stdout, matcher.toHashedList());
  await write(io.stderr, `logveil: hashed ${added} secret${added === 1 ? '' : 's'}\n`);
  return 0;
}

function readFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`${path}: ${unreadable(error)}`, 2);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  stream.setEncoding('utf8');
  for await (const chunk of stream) text += chunk as string;
  return text;
}
