import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { jwtValue } from '../lib/provider-values.js';

export default keyedSecretDetector({
  id: 'turso-auth-token',
  what: "Turso database or platform token (a JWT; the JWT detector also finds it bare)",
  names: [words('turso', 'auth', 'token'), words('turso', 'api', 'token'), words('turso', 'token'), words('libsql', 'auth', 'token')],
  namesText: "TURSO_AUTH_TOKEN or LIBSQL_AUTH_TOKEN",
  keywords: ["turso", "libsql"],
  value: jwtValue,
  contexts: ["TURSO_AUTH_TOKEN={}", "LIBSQL_AUTH_TOKEN={}"],
});
