/**
 * Gitignore-style globs for `--exclude` and ignore files: `*` and `?` stay inside one path segment, `**`
 * crosses segments, `[abc]` is a class. A pattern without a slash matches a name at any depth (`*.log`); one
 * with a slash is anchored at the scanned root (`build/**`). A trailing slash matches directories only.
 */
export interface PathPattern {
  readonly directoryOnly: boolean;
  readonly regex: RegExp;
}

export function compileGlob(glob: string): PathPattern {
  let pattern = glob.trim();
  const directoryOnly = pattern.endsWith('/');
  if (directoryOnly) pattern = pattern.slice(0, -1);
  const anchored = pattern.includes('/');
  if (pattern.startsWith('/')) pattern = pattern.slice(1);
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') {
          i++;
          source += '(?:.*/)?';
        } else source += '.*';
      } else source += '[^/]*';
    } else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close === -1) source += '\\[';
      else {
        const body = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
        source += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = close;
      }
    } else source += char.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return { directoryOnly, regex: new RegExp(`^${anchored ? '' : '(?:.*/)?'}${source}$`) };
}

/** Whether `relative` (slash-separated, from the scanned root) is excluded by any of the patterns. */
export function excluded(patterns: readonly PathPattern[], relative: string, isDirectory: boolean): boolean {
  return patterns.some((pattern) => (!pattern.directoryOnly || isDirectory) && pattern.regex.test(relative));
}

/** An ignore file's patterns: one glob per line; blank lines and `#` comments skipped. */
export function parseIgnoreFile(text: string): PathPattern[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map(compileGlob);
}
