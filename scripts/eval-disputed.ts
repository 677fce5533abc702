// Rows of the shared corpora whose label we dispute for a redactor, each with the reason: `npm run eval` reports its
// rates twice, over every row and with these rows left out, and docs/corpus-labels.md (generated from this
// list by `npm run eval:labels-doc`) shows them. A row is listed for what its text is, whatever logveil does with
// it: a stand-in we happen to redact is left out as well. Rows are named by number (never text); the eval checks
// that each still carries the rule and label written here, so a changed corpus shows up as stale entries.

export type DisputeKind =
  /** Labelled a secret, but a stand-in: placeholder words, counting runs, repeated letters, a documentation example. */
  | 'placeholder'
  /** Labelled a secret, but a public identifier (an OAuth client id, an application id, a tenant id). */
  | 'not-a-secret'
  /** Labelled a secret, but in a charset or structure the provider never issues (generated from a loose pattern). */
  | 'not-issued'
  /** Labelled a look-alike, but a credential of another kind (the tp of a sibling rule): a redactor removes it. */
  | 'another-secret'
  /** Labelled a look-alike, but the format cannot tell it from a live credential; only a list of values could. */
  | 'format-identical'
  /** Labelled a look-alike of a secret, but personal data, which logveil redacts by design. */
  | 'personal-data';

export interface Dispute {
  readonly file: 'gitleaks-cases.jsonl' | 'secretlint-cases.jsonl';
  /** The source tool's rule id and label, as the rows carry them. */
  readonly rule: string;
  readonly label: 'tp' | 'fp';
  /** Row numbers (1-based lines): `113-137,140`. */
  readonly rows: string;
  readonly kind: DisputeKind;
  readonly why: string;
}

const G = 'gitleaks-cases.jsonl';
const S = 'secretlint-cases.jsonl';
const UUID_STAND_IN = '`12345678-ABCD-ABCD-ABCD-1234567890AB`: a UUID-shaped stand-in (counting digits, ABCD groups).';

export const DISPUTES: readonly Dispute[] = [
  // gitleaks: true positives
  { file: G, rule: 'age-secret-key', label: 'tp', rows: '113-137', kind: 'placeholder', why: '`AGE-SECRET-KEY-1` and 58 `Q`s: an all-zero Bech32 payload whose checksum does not hold; age keys carry a valid Bech32 checksum.' },
  { file: G, rule: 'asana-client-id', label: 'tp', rows: '292-316', kind: 'not-a-secret', why: 'A 16-digit Asana OAuth client id: the app\'s public identifier, sent in every authorization URL. No Asana token is all digits.' },
  { file: G, rule: 'discord-client-id', label: 'tp', rows: '1295-1319', kind: 'not-a-secret', why: 'An 18-digit Discord application id (a snowflake): public, part of every invite and OAuth URL.' },
  { file: G, rule: 'discord-client-secret', label: 'tp', rows: '1321-1345', kind: 'not-issued', why: '32 digits. Discord client secrets are 32 base64url characters; an issued one is all digits with probability (10/64)^32, about 10^-26. Generated from the source tool\'s own pattern.' },
  {
    file: G, rule: 'planetscale-password', label: 'tp', kind: 'not-issued',
    rows: '4209-4210,4212-4213,4215-4216,4218-4219,4221-4222,4224-4225,4227-4228,4230-4231,4233-4234,4236-4237,4239-4240,4242-4243,4245-4246,4248-4249,4251-4252,4254-4255,4257-4258,4260-4261,4263-4264,4266-4267,4269-4270,4272-4273,4275-4276,4278-4279,4281-4282',
    why: '`pscale_pw_` bodies with `=` in the middle, generated from the source tool\'s pattern. PlanetScale publishes no alphabet; logveil reads the body as base64url, where `=` is only ever trailing padding (a judgment, not a published fact).',
  },
  { file: G, rule: 'defined-networking-api-token', label: 'tp', rows: '1170-1194', kind: 'not-issued', why: '`dnkey-` bodies with `=` in the middle, generated from the source tool\'s pattern. Defined Networking publishes no alphabet; logveil reads the body as base64url, where `=` is only ever trailing padding (a judgment, not a published fact).' },
  { file: G, rule: 'slack-legacy-workspace-token', label: 'tp', rows: '5356-5357,5362-5385', kind: 'placeholder', why: '`xoxa-2-511111111-31111111111-3111111111111-…`: the example workspace token of Slack\'s API documentation, its ids made of repeated 1s.' },
  { file: G, rule: 'slack-legacy-workspace-token', label: 'tp', rows: '5361', kind: 'not-issued', why: '`xoxr-` and 12 letters, the row cut off before its closing quote: generated; Slack refresh tokens are far longer.' },
  { file: G, rule: 'slack-webhook-url', label: 'tp', rows: '5421-5422,5424,5426,5428-5429,5431', kind: 'not-issued', why: 'One lower-case run after `/services/`, `/workflows/` or `/triggers/`. Slack webhook paths are a workspace id (`T…`), a channel or workflow id (`B…`, `A…`) and a secret; generated from the source tool\'s pattern.' },
  { file: G, rule: 'sidekiq-secret', label: 'tp', rows: '5091,5107,5127-5132', kind: 'placeholder', why: '`cafebabe:deadbeef`: the hex magic words, the textbook stand-in.' },
  { file: G, rule: 'sonar-api-token', label: 'tp', rows: '5466-5498', kind: 'placeholder', why: '`12345678ABCDEFH1234567890ABCDEFH12345678`: counting runs, and `H` is not a hex digit (Sonar tokens are hex).' },
  { file: G, rule: 'heroku-api-key', label: 'tp', rows: '2752', kind: 'placeholder', why: UUID_STAND_IN },
  { file: G, rule: 'hubspot-api-key', label: 'tp', rows: '2806', kind: 'placeholder', why: UUID_STAND_IN },
  { file: G, rule: 'snyk-api-token', label: 'tp', rows: '5432-5465', kind: 'placeholder', why: UUID_STAND_IN },
  { file: G, rule: 'messagebird-client-id', label: 'tp', rows: '3801-3826', kind: 'placeholder', why: UUID_STAND_IN },
  { file: G, rule: 'aws-amazon-bedrock-api-key-long-lived', label: 'tp', rows: '239', kind: 'placeholder', why: '`EXAMPLE` repeated to length: AWS\'s documentation placeholder.' },
  { file: G, rule: 'jwt', label: 'tp', rows: '3067,3078', kind: 'not-issued', why: 'The header segment does not decode to JSON (`{"alg":` corrupted to `eeei`): no verifier accepts it.' },
  { file: G, rule: 'curl-auth-user', label: 'tp', rows: '1088', kind: 'placeholder', why: '`--user "{…}":"{…}"`: template braces around the values, and the "UUID" holds an `l`, which is not hex.' },
  { file: G, rule: 'curl-auth-user', label: 'tp', rows: '1093', kind: 'not-a-secret', why: '`-u "name:"`: a user name with an empty password (curl prompts for it); the name is not a secret.' },
  // gitleaks: false positives that logveil redacts
  { file: G, rule: 'cloudflare-api-key', label: 'fp', rows: '908-912', kind: 'another-secret', why: 'A Cloudflare Global API key or Origin CA key: a credential of a sibling kind.' },
  { file: G, rule: 'cloudflare-global-api-key', label: 'fp', rows: '941-945', kind: 'another-secret', why: 'A Cloudflare API token or Origin CA key: a credential of a sibling kind.' },
  { file: G, rule: 'cloudflare-origin-ca-key', label: 'fp', rows: '973-978', kind: 'another-secret', why: 'A Cloudflare Global API key or API token: a credential of a sibling kind.' },
  { file: G, rule: 'anthropic-admin-api-key', label: 'fp', rows: '276', kind: 'another-secret', why: 'An Anthropic API key (`sk-ant-api03-`), not an admin key: still a credential.' },
  { file: G, rule: 'anthropic-api-key', label: 'fp', rows: '281', kind: 'another-secret', why: 'An Anthropic Admin API key (`sk-ant-admin01-`), not an API key: still a credential.' },
  { file: G, rule: 'anthropic-admin-api-key', label: 'fp', rows: '275', kind: 'format-identical', why: 'An `sk-ant-admin01-` key of the issued length ending `BB` where issued keys show `AA`. Anthropic documents no checksum or fixed ending, so logveil does not rely on one.' },
  { file: G, rule: 'anthropic-api-key', label: 'fp', rows: '280', kind: 'format-identical', why: 'An `sk-ant-api03-` key of the issued length ending `BB` where issued keys show `AA`. Anthropic documents no checksum or fixed ending, so logveil does not rely on one.' },
  { file: G, rule: 'gcp-api-key', label: 'fp', rows: '2034-2048', kind: 'format-identical', why: 'Well-formed Google API keys (`AIza` + 35) from the Firebase SDKs\' test suites. Only a list of known values tells them from live keys; copying another tool\'s list is not a format.' },
  { file: G, rule: 'mailchimp-api-key', label: 'fp', rows: '3545', kind: 'format-identical', why: '`<32 hex>-us18`: exactly Mailchimp\'s documented key format (the key, a dash, the data center).' },
  { file: G, rule: 'generic-api-key', label: 'fp', rows: '6249', kind: 'format-identical', why: '`apiKey:"<32 hex>"`: a random 32-hex value right after `apiKey`; nothing in the text marks it public.' },
  { file: G, rule: 'curl-auth-header', label: 'fp', rows: '1083', kind: 'another-secret', why: 'A signed JWT sent as the credential of an `Authorization` header: a bearer token, whatever the scheme word says.' },
  { file: G, rule: 'curl-auth-user', label: 'fp', rows: '1116', kind: 'personal-data', why: 'Email addresses, which logveil redacts as personal data.' },
  { file: G, rule: 'generic-api-key', label: 'fp', rows: '6216', kind: 'personal-data', why: 'An email address, which logveil redacts as personal data.' },
  // secretlint: true positives
  { file: S, rule: 'azure', label: 'tp', rows: '8-9', kind: 'not-a-secret', why: 'An Azure AD tenant id and a client id: UUIDs that identify, not credentials.' },
  { file: S, rule: 'basicauth', label: 'tp', rows: '11,13,15', kind: 'placeholder', why: '`user:pass@example.com`: the words user and pass, the stand-in pair.' },
  { file: S, rule: 'docker', label: 'tp', rows: '28', kind: 'placeholder', why: '`dckr_pat_Example1234567890AbCdEfGhjK`: the word Example, a counting run, the alphabet.' },
  { file: S, rule: 'gitlab', label: 'tp', rows: '39', kind: 'placeholder', why: '`glpat-aBcDeFgHiJkLmNoPqRsT`: the alphabet in alternating case.' },
  { file: S, rule: 'grafana', label: 'tp', rows: '42', kind: 'placeholder', why: '`glc_` and the base64 of `{"o":"12345","n":"test","k":"abc"}`: a counting org id, `test` and `abc` for the key.' },
  { file: S, rule: 'grafana', label: 'tp', rows: '43', kind: 'placeholder', why: '`glsa_abcdefghijklmnopqrstuvwxyz012345_89abcdef`: the alphabet and counting digits.' },
  { file: S, rule: 'huggingface', label: 'tp', rows: '49', kind: 'placeholder', why: '`hf_` and 34 `x`s.' },
  { file: S, rule: 'linear', label: 'tp', rows: '51', kind: 'placeholder', why: 'A Linear key ending in `EXAMPLE`.' },
  { file: S, rule: 'secp256k1-privatekey', label: 'tp', rows: '74', kind: 'format-identical', why: 'A bare `0x` + 64 hex: the shape of every Ethereum transaction hash and SHA-256 digest. The format cannot tell a private key apart, so logveil does not report it bare.' },
  { file: S, rule: 'shopify', label: 'tp', rows: '80', kind: 'not-issued', why: 'Bodies that are not hex (Shopify tokens are 32 hex after the prefix); the `shpca_`/`shppa_` ones are 38 characters after the prefix, where Shopify documents 38 in all.' },
  { file: S, rule: 'stripe', label: 'tp', rows: '88', kind: 'placeholder', why: 'Stripe prefixes followed by one repeated letter (`sk_live_AAAA…`).' },
  { file: S, rule: 'tailscale', label: 'tp', rows: '90-96', kind: 'placeholder', why: 'Tailscale prefixes followed by repeated letters (`tskey-api-AAAA…-BBBB…`).' },
];

/** The row numbers a `rows` field names. */
export function disputedRows(rows: string): number[] {
  return rows.split(',').flatMap((part) => {
    const [from, to = from] = part.split('-').map(Number);
    if (from === undefined || to === undefined || !Number.isInteger(from) || !Number.isInteger(to) || to < from) throw new Error(`bad row list: ${rows}`);
    return Array.from({ length: to - from + 1 }, (_, index) => from + index);
  });
}

/**
 * The disputed rows of `file` that still carry the rule and label written above, with the entries that no longer do
 * (a changed corpus): those are reported and not left out.
 */
export function disputedIn(
  file: string,
  rows: readonly { readonly row: number; readonly rule: string; readonly label: 'tp' | 'fp' }[],
): { readonly rows: ReadonlyMap<number, DisputeKind>; readonly stale: readonly string[] } {
  const byNumber = new Map(rows.map((row) => [row.row, row]));
  const found = new Map<number, DisputeKind>();
  const stale: string[] = [];
  for (const dispute of DISPUTES.filter((entry) => entry.file === file)) {
    for (const number of disputedRows(dispute.rows)) {
      const row = byNumber.get(number);
      if (row === undefined || row.rule !== dispute.rule || row.label !== dispute.label) stale.push(`${dispute.rule} ${dispute.label} row ${number}`);
      else found.set(number, dispute.kind);
    }
  }
  return { rows: found, stale };
}
