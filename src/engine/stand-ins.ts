/**
 * Values that stand for a secret instead of being one, judged whole: a value under a sensitive key is redacted whole
 * (fail closed) unless it is one of these, because then there is nothing to hide and the slot is what a reader needs
 * (`"password": "${DB_PASSWORD}"` says where the password comes from). The list is strict on purpose: a word a
 * person could choose as a password (`changeme`, `secret`, `test`) is not on it, and neither is anything partial.
 */
const STAND_INS: readonly RegExp[] = [
  /^\$\{[A-Za-z_][A-Za-z0-9_.:-]*\}$/, // ${DB_PASSWORD}, ${env:TOKEN}
  /^\$[A-Z_][A-Z0-9_]*$/, // $DB_PASSWORD (an unexpanded variable)
  /^\{\{[^{}]*\}\}$/, // {{ secrets.TOKEN }}
  /^%[A-Za-z_][A-Za-z0-9_]*%$/, // %API_KEY%
  /^<[A-Za-z][A-Za-z0-9 _.-]*>$/, // <your-api-key>
  /^(?:dummy|example|placeholder|redacted)$/i,
  /^(?:x{3,}|\.{3}|…)$/i,
  // A PEM block whose body is elided: -----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----
  /^-----BEGIN ([A-Z0-9 ]+)-----(?:\s|\\n)*(?:\.{3}|…|x+)?(?:\s|\\n)*-----END \1-----(?:\s|\\n)*$/,
];

export function isStandIn(value: string): boolean {
  return value.length <= 200 && STAND_INS.some((pattern) => pattern.test(value));
}
