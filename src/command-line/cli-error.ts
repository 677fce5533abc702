/** A user mistake: printed as one line (`logveil: <message>`) with no stack, exit code as given. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Why a file could not be read, in the words every command uses: `no such file` or `cannot be read (EACCES)`. */
export function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})`;
}
