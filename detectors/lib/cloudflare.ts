/**
 * Key names Cloudflare credentials are stored under: CLOUDFLARE_API_TOKEN, CLOUDFLARE_API_KEY, CF_API_TOKEN,
 * CF_API_KEY, cloudflare_global_api_key, cloudflareToken, the X-Auth-Key header, and a bare `cloudflare:` key.
 * API tokens (40 base64url characters) and the global API key (37 hex characters) share them; each detector tells
 * its own value by shape.
 */
export const CLOUDFLARE_KEY = String.raw`(?i:(?:cloudflare|cf)[_-]?(?:api[_-]?|global[_-]?(?:api[_-]?)?|auth[_-]?|account[_-]?|dns[_-]?|zone[_-]?)?(?:token|key|secret)|x-auth-key|cloudflare)`;

/**
 * Prefilter trigger: `cf_`/`cf-` alone would run the detectors on every `cf-ray` header line, so the trigger names the
 * words that may follow `cf`.
 */
export const CLOUDFLARE_TRIGGER = String.raw`(?i:cloudflare|x-auth-key|cf[_-]?(?:api|global|auth|account|dns|zone|token|key|secret))`;
