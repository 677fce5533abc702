/**
 * A form's base64 fringe: which neighbours partly encode the secret and are redacted with it. `1` (both) is what
 * version-2 lists written before the distinction hold; an unaligned start needs the character before, an end
 * that is not on a 3-byte boundary the one after.
 */
export const FRINGE = { none: 0, both: 1, before: 2, after: 3 } as const;

/**
 * The forms a known secret takes when it is logged inside something else. Each form is registered as its
 * own fingerprint, so finding it costs nothing extra at scan time.
 */
export interface EncodedForm {
  readonly text: string;
  /** Characters on each side that partly encode the secret (base64 at an unaligned offset): redact them too. */
  readonly fringe: number;
}

function base64Cores(bytes: Buffer, urlSafe: boolean): EncodedForm[] {
  const forms: EncodedForm[] = [];
  // A secret inside a longer base64 payload (`Basic base64(user:secret)`) starts at one of three byte offsets;
  // for each, keep the characters that depend on the secret's bytes alone.
  for (let offset = 0; offset < 3; offset++) {
    const padded = Buffer.concat([Buffer.alloc(offset), bytes]);
    const encoded = padded.toString(urlSafe ? 'base64url' : 'base64').replace(/=+$/, '');
    const first = Math.ceil((8 * offset) / 6);
    const last = Math.floor((8 * (offset + bytes.length)) / 6) - 1;
    // A neighbour partly encodes the secret only where its bits straddle the secret's edge: before it when
    // the secret does not start on a 3-byte boundary, after it when it does not end on one.
    const before = offset !== 0;
    const after = (offset + bytes.length) % 3 !== 0;
    const fringe = before && after ? FRINGE.both : before ? FRINGE.before : after ? FRINGE.after : FRINGE.none;
    if (last - first + 1 >= 8) forms.push({ text: encoded.slice(first, last + 1), fringe });
  }
  return forms;
}

/**
 * Raw, percent-encoded (upper- and lower-case hex digits, and with `+` for a space as HTML forms send it),
 * JSON-escaped once and twice (a JSON string inside a JSON string: tool-call `arguments` inside a logged
 * message), base64 (standard and URL-safe, every alignment) and hex (both cases).
 */
export function encodedForms(secret: string): EncodedForm[] {
  const bytes = Buffer.from(secret, 'utf8');
  const percent = encodeURIComponent(secret);
  const escaped = JSON.stringify(secret).slice(1, -1);
  const forms: EncodedForm[] = [
    { text: secret, fringe: 0 },
    { text: percent, fringe: 0 },
    { text: percent.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()), fringe: 0 },
    { text: percent.replace(/%20/g, '+'), fringe: 0 },
    { text: escaped, fringe: 0 },
    { text: JSON.stringify(escaped).slice(1, -1), fringe: 0 },
    ...base64Cores(bytes, false),
    ...base64Cores(bytes, true),
    { text: bytes.toString('hex'), fringe: 0 },
    { text: bytes.toString('hex').toUpperCase(), fringe: 0 },
  ];
  const unique = new Map<string, EncodedForm>();
  for (const form of forms) if (!unique.has(form.text)) unique.set(form.text, form);
  return [...unique.values()];
}
