/** Single-line text: what agents print, log as a message, or put in a span attribute. */
import { clean, leak } from './types.js';
import type { Case } from './types.js';
import {
  KNOWN, awsKeyId, awsSecret, base64, cardNumber, detectorSecret, emailAddress, githubPat, gitlabPat, hex, hfToken, jwt,
  npmToken, opaqueToken, password, urlPassword, percentLower, pieces, slackBot, stripeKey, uuid,
} from './secrets.js';

const pw = password;
const openai = detectorSecret('openai-api-key');
const anthropic = detectorSecret('anthropic-api-key');
const google = detectorSecret('google-api-key');
const sendgrid = detectorSecret('sendgrid-api-key');

/** Seen in issue 11 ("What was seen"), one case per reproduced shape. */
const seen: Case[] = [
  leak('url-api-key-query', 'text', {
    input: 'https://x.io/v1/search?q=weather&api_key=abc123',
    secrets: ['abc123'], keep: ['https://x.io/v1/search?q=weather&api_key='], area: 'url', seen: true,
  }),
  leak('url-token-query', 'text', {
    input: `GET https://api.example.com/v1/export?format=csv&token=${opaqueToken('url-token', 32)} 200`,
    secrets: [opaqueToken('url-token', 32)], keep: ['https://api.example.com/v1/export?format=csv&token=', ' 200'], area: 'url', seen: true,
  }),
  leak('url-access-token-query', 'text', {
    input: `fetching https://graph.example.com/me?fields=id,name&access_token=${opaqueToken('url-at', 48)}`,
    secrets: [opaqueToken('url-at', 48)], keep: ['fields=id,name', 'access_token='], area: 'url', seen: true,
  }),
  leak('url-oauth-code', 'text', {
    input: `redirect to https://app.example.com/oauth/callback?code=${opaqueToken('oauth-code', 30)}&state=af0ifjsldkj`,
    secrets: [opaqueToken('oauth-code', 30)], keep: ['/oauth/callback?code=', 'state=af0ifjsldkj'], area: 'url', seen: true,
  }),
  leak('url-signed-s3', 'text', {
    input: `presigned https://bucket.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900&X-Amz-Signature=${hex('s3sig', 64)}`,
    secrets: [hex('s3sig', 64)], keep: ['X-Amz-Algorithm=AWS4-HMAC-SHA256', 'X-Amz-Expires=900', 'X-Amz-Signature='], area: 'url', seen: true,
  }),
  leak('url-signed-gcs', 'text', {
    input: `download https://storage.googleapis.com/agent-artifacts/run.tar?X-Goog-Expires=600&X-Goog-Signature=${hex('gcssig', 128)}`,
    secrets: [hex('gcssig', 128)], keep: ['X-Goog-Expires=600', 'X-Goog-Signature='], area: 'url', seen: true,
  }),
  leak('url-signed-generic-sig', 'text', {
    input: `GET https://cdn.example.com/files/a.png?expires=1700000000&sig=${opaqueToken('cdn-sig', 43)}`,
    secrets: [opaqueToken('cdn-sig', 43)], keep: ['expires=1700000000', 'sig='], area: 'url', seen: true,
  }),
  leak('userinfo-redis', 'text', {
    input: `connecting to redis://:${urlPassword('redis')}@cache.internal:6379/0`,
    secrets: [urlPassword('redis')], keep: ['cache.internal:6379/0'], area: 'url', seen: true,
  }),
  leak('userinfo-amqp', 'text', {
    input: `broker amqp://agent:${urlPassword('amqp')}@mq.internal:5672/vhost ready`,
    secrets: [urlPassword('amqp')], keep: ['mq.internal:5672/vhost ready'], area: 'url', seen: true,
  }),
  leak('userinfo-short-password', 'text', {
    input: 'proxy http://bob:pw1@proxy.corp:3128 set',
    secrets: ['pw1@'], keep: ['proxy.corp:3128 set'], area: 'url', seen: true,
  }),
  leak('password-colon-space', 'text', { input: 'password: hunter2', secrets: ['hunter2'], keep: ['password'], area: 'free-text', seen: true }),
  leak('password-equals', 'text', { input: 'password=letmein', secrets: ['letmein'], keep: ['password='], area: 'free-text', seen: true }),
  leak('password-quoted-spaces', 'text', {
    input: 'password="correct horse battery staple"',
    secrets: ['correct horse battery staple', 'battery staple'], keep: ['password='], area: 'free-text', seen: true,
  }),
  leak('password-semicolon', 'text', { input: 'password=Xk9;mQ2vLp', secrets: ['Xk9;mQ2vLp', 'mQ2vLp'], keep: ['password='], area: 'free-text', seen: true }),
  leak('env-password-ampersand', 'text', {
    input: 'DB_PASSWORD=Tr0ub4dor&3',
    secrets: ['Tr0ub4dor&3', '&3'], keep: ['DB_PASSWORD='], area: 'free-text', seen: true,
  }),
  leak('password-key-typo-text', 'text', {
    input: `login attempt pasword=${pw('typo')} user=dana`,
    secrets: [pw('typo')], keep: ['login attempt', 'user=dana'], area: 'free-text', seen: true,
  }),
  leak('base64-wrapped-stripe', 'text', {
    input: `config blob ${base64(`STRIPE_SECRET_KEY=${stripeKey('b64')}`)}`,
    secrets: [...pieces(base64(`STRIPE_SECRET_KEY=${stripeKey('b64')}`).slice(24), 12)],
    keep: ['config blob'], area: 'encoding', seen: true,
  }),
  leak('percent-encoded-email', 'text', {
    input: 'GET /v1/users/lookup?email=dana%40example.org 200',
    secrets: ['dana%40example.org'], keep: ['/v1/users/lookup?email=', ' 200'], area: 'encoding', seen: true,
  }),
  leak('percent-encoded-json-in-query', 'text', {
    input: `GET /auth/cb?state=${encodeURIComponent(JSON.stringify({ password: `Pct${hex('pctjson', 12)}` }))}&lang=en`,
    secrets: [`Pct${hex('pctjson', 12)}`], keep: ['/auth/cb?state=', 'lang=en'], area: 'encoding', seen: true,
  }),
  leak('unicode-escaped-github-token', 'text', {
    input: `tool output: \\u0067hp_${githubPat('uesc').slice(4)}`,
    secrets: [githubPat('uesc').slice(4)], keep: ['tool output:'], area: 'encoding', seen: true,
  }),
  leak('known-secret-lower-percent', 'text', {
    input: `POST /login?secret=${percentLower(KNOWN.slash)}&next=%2fhome`,
    secrets: [percentLower(KNOWN.slash), KNOWN.slash.slice(6)], keep: ['/login?secret=', 'next=%2fhome'], area: 'known-secrets', seen: true,
  }),
  leak('known-secret-base64-keeps-equals', 'text', {
    input: `token=${base64(KNOWN.plain)}`,
    secrets: [base64(KNOWN.plain).slice(2, -4)], keep: ['token='], area: 'known-secrets', seen: true,
  }),
];

/** HTTP headers as agents log them (request dumps, verbose clients, proxies). */
const headers: Case[] = [
  leak('header-bearer-opaque', 'text', {
    input: `Authorization: Bearer ${opaqueToken('hdr-bearer')}`, secrets: [opaqueToken('hdr-bearer')], keep: ['Authorization: Bearer '], area: 'detector',
  }),
  leak('header-bearer-jwt', 'text', { input: `authorization: Bearer ${jwt('hdr')}`, secrets: [jwt('hdr')], keep: ['authorization'], area: 'detector' }),
  leak('header-basic', 'text', {
    input: `Authorization: Basic ${base64(`svc-agent:${pw('basic')}`)}`, secrets: [base64(`svc-agent:${pw('basic')}`)], keep: ['Authorization: Basic'], area: 'detector',
  }),
  leak('header-proxy-basic', 'text', {
    input: `Proxy-Authorization: Basic ${base64(`proxy:${pw('proxy-basic')}`)}`, secrets: [base64(`proxy:${pw('proxy-basic')}`)], keep: ['Proxy-Authorization'], area: 'detector',
  }),
  leak('header-x-api-key-openai', 'text', { input: `x-api-key: ${openai}`, secrets: [openai], keep: ['x-api-key:'], area: 'detector' }),
  leak('header-x-api-key-anthropic', 'text', {
    input: `> POST /v1/messages x-api-key: ${anthropic} anthropic-version: 2023-06-01`, secrets: [anthropic], keep: ['anthropic-version: 2023-06-01'], area: 'detector',
  }),
  leak('header-x-api-key-opaque', 'text', {
    input: `X-API-Key: ${hex('xapikey', 32)}`, secrets: [hex('xapikey', 32)], keep: ['X-API-Key'], area: 'free-text',
  }),
  leak('header-goog-api-key', 'text', { input: `x-goog-api-key: ${google}`, secrets: [google], keep: ['x-goog-api-key'], area: 'detector' }),
  leak('header-cookie-session', 'text', {
    input: `Cookie: session=${opaqueToken('cookie', 32)}; theme=dark; lang=en`, secrets: [opaqueToken('cookie', 32)], keep: ['theme=dark; lang=en'], area: 'detector',
  }),
  leak('header-set-cookie', 'text', {
    input: `Set-Cookie: sid=${opaqueToken('setcookie', 32)}; Path=/; HttpOnly; Secure`, secrets: [opaqueToken('setcookie', 32)], keep: ['Path=/; HttpOnly; Secure'], area: 'detector',
  }),
  leak('header-x-auth-token', 'text', {
    input: `X-Auth-Token: ${opaqueToken('xauth', 36)}`, secrets: [opaqueToken('xauth', 36)], keep: ['X-Auth-Token'], area: 'free-text',
  }),
  leak('header-private-token-gitlab', 'text', {
    input: `PRIVATE-TOKEN: ${gitlabPat('hdr')}`, secrets: [gitlabPat('hdr')], keep: ['PRIVATE-TOKEN'], area: 'detector',
  }),
];

/** Environment variables as `env`, `printenv`, `.env` lines and `export` statements print them. */
const env: Case[] = [
  leak('env-openai', 'text', { input: `OPENAI_API_KEY=${openai}`, secrets: [openai], keep: ['OPENAI_API_KEY='], area: 'detector' }),
  leak('env-export-anthropic', 'text', { input: `export ANTHROPIC_API_KEY="${anthropic}"`, secrets: [anthropic], keep: ['export ANTHROPIC_API_KEY='], area: 'detector' }),
  leak('env-aws-pair', 'text', {
    input: `AWS_ACCESS_KEY_ID=${awsKeyId('env')} AWS_SECRET_ACCESS_KEY=${awsSecret('env')} AWS_REGION=eu-west-1`,
    secrets: [awsKeyId('env'), awsSecret('env')], keep: ['AWS_REGION=eu-west-1'], area: 'detector',
  }),
  leak('env-github-token', 'text', { input: `GITHUB_TOKEN=${githubPat('env')}`, secrets: [githubPat('env')], keep: ['GITHUB_TOKEN='], area: 'detector' }),
  leak('env-database-url', 'text', {
    input: `DATABASE_URL=postgres://app:${urlPassword('dburl')}@db.internal:5432/orders`, secrets: [urlPassword('dburl')], keep: ['db.internal:5432/orders'], area: 'detector',
  }),
  leak('env-slack-bot', 'text', { input: `SLACK_BOT_TOKEN=${slackBot('env')}`, secrets: [slackBot('env')], keep: ['SLACK_BOT_TOKEN='], area: 'detector' }),
  leak('env-stripe', 'text', { input: `STRIPE_SECRET_KEY=${stripeKey('env')}`, secrets: [stripeKey('env')], keep: ['STRIPE_SECRET_KEY='], area: 'detector' }),
  leak('env-sendgrid', 'text', { input: `SENDGRID_API_KEY=${sendgrid}`, secrets: [sendgrid], keep: ['SENDGRID_API_KEY='], area: 'detector' }),
  leak('env-hf-token', 'text', { input: `HF_TOKEN=${hfToken('env')}`, secrets: [hfToken('env')], keep: ['HF_TOKEN='], area: 'detector' }),
  leak('env-npm-token', 'text', { input: `NPM_TOKEN=${npmToken('env')}`, secrets: [npmToken('env')], keep: ['NPM_TOKEN='], area: 'detector' }),
  leak('env-api-secret-plain', 'text', { input: `API_SECRET=${pw('apisecret', 20)}`, secrets: [pw('apisecret', 20)], keep: ['API_SECRET='], area: 'free-text' }),
  leak('env-secret-key-base-hex', 'text', { input: `SECRET_KEY_BASE=${hex('skb', 64)}`, secrets: [hex('skb', 64)], keep: ['SECRET_KEY_BASE='], area: 'free-text' }),
  leak('env-short-db-pass', 'text', { input: 'PGPASSWORD=s3cr3t psql -h db -U app', secrets: ['s3cr3t'], keep: ['psql -h db -U app'], area: 'free-text' }),
  leak('env-passphrase', 'text', { input: `GPG_PASSPHRASE='${pw('gpg')} x'`, secrets: [pw('gpg')], keep: ['GPG_PASSPHRASE='], area: 'free-text' }),
  leak('env-dump-one-line', 'text', {
    input: `HOME=/home/agent SHELL=/bin/bash GITLAB_TOKEN=${gitlabPat('envline')} TERM=xterm`,
    secrets: [gitlabPat('envline')], keep: ['HOME=/home/agent SHELL=/bin/bash', 'TERM=xterm'], area: 'detector',
  }),
];

/** Shell commands an agent runs and logs verbatim. */
const shell: Case[] = [
  leak('shell-curl-bearer', 'text', {
    input: `$ curl -sS -H "Authorization: Bearer ${opaqueToken('curl')}" https://api.example.com/v1/me`,
    secrets: [opaqueToken('curl')], keep: ['https://api.example.com/v1/me'], area: 'detector',
  }),
  leak('shell-curl-user', 'text', {
    input: `curl -u admin:${pw('curlu')} https://jenkins.example.com/api/json`, secrets: [pw('curlu')], keep: ['https://jenkins.example.com/api/json'], area: 'detector',
  }),
  leak('shell-git-clone-oauth2', 'text', {
    input: `git clone https://oauth2:${gitlabPat('clone')}@gitlab.com/group/repo.git`, secrets: [gitlabPat('clone')], keep: ['gitlab.com/group/repo.git'], area: 'detector',
  }),
  leak('shell-docker-login', 'text', {
    input: `docker login -u ci -p ${pw('docker')} registry.example.com`, secrets: [pw('docker')], keep: ['registry.example.com'], area: 'free-text',
  }),
  leak('shell-mysql-attached-p', 'text', {
    input: `mysql -h db.internal -u root -p${pw('mysql')} orders`, secrets: [pw('mysql')], keep: ['-h db.internal -u root', 'orders'], area: 'free-text',
  }),
  leak('shell-psql-url', 'text', {
    input: `psql "postgresql://postgres:${urlPassword('psql')}@localhost:5432/postgres" -c 'select 1'`, secrets: [urlPassword('psql')], keep: ["-c 'select 1'"], area: 'detector',
  }),
  leak('shell-export-and-run', 'text', {
    input: `export GITHUB_TOKEN=${githubPat('sh')} && gh pr list --repo acme/api`, secrets: [githubPat('sh')], keep: ['gh pr list --repo acme/api'], area: 'detector',
  }),
  leak('shell-aws-configure', 'text', {
    input: `aws configure set aws_secret_access_key ${awsSecret('cfg')}`, secrets: [awsSecret('cfg')], keep: ['aws configure set'], area: 'free-text',
  }),
  leak('shell-npmrc-authtoken', 'text', {
    input: `echo "//npm.internal.example/:_authToken=${npmToken('rc')}" >> ~/.npmrc`, secrets: [npmToken('rc')], keep: ['>> ~/.npmrc'], area: 'detector',
  }),
  leak('shell-kubectl-literal', 'text', {
    input: `kubectl create secret generic db --from-literal=password=${pw('kube')} -n prod`, secrets: [pw('kube')], keep: ['-n prod'], area: 'free-text',
  }),
  leak('shell-sshpass', 'text', {
    input: `sshpass -p '${pw('sshpass')}' ssh deploy@build-07`, secrets: [pw('sshpass')], keep: ['ssh deploy@build-07'], area: 'free-text',
  }),
  leak('shell-flag-token', 'text', {
    input: `vault login -method=token token=${opaqueToken('vault', 28)}`, secrets: [opaqueToken('vault', 28)], keep: ['vault login -method=token'], area: 'free-text',
  }),
  leak('shell-flag-password-long', 'text', {
    input: `./deploy.sh --env prod --password ${pw('flag')} --verbose`, secrets: [pw('flag')], keep: ['--env prod', '--verbose'], area: 'free-text',
  }),
  leak('shell-openai-cli', 'text', {
    input: `OPENAI_API_KEY=${openai} python agent.py --model gpt-4o`, secrets: [openai], keep: ['python agent.py --model gpt-4o'], area: 'detector',
  }),
];

/** Prose and messages: what an agent writes into its own logs or notes. */
const prose: Case[] = [
  leak('prose-token-sentence', 'text', {
    input: `Using token ${githubPat('prose')} to push the branch`, secrets: [githubPat('prose')], keep: ['to push the branch'], area: 'detector',
  }),
  leak('prose-password-is', 'text', {
    input: `The staging password is ${pw('prose-is')} (rotate monthly)`, secrets: [pw('prose-is')], keep: ['(rotate monthly)'], area: 'free-text',
  }),
  leak('prose-email', 'text', { input: `sent the report to ${emailAddress('prose')} at 10:42`, secrets: [emailAddress('prose')], keep: ['at 10:42'], area: 'detector' }),
  leak('prose-card', 'text', { input: `charge card ${cardNumber('prose')} exp 12/29`, secrets: [cardNumber('prose')], keep: ['exp 12/29'], area: 'detector' }),
  leak('prose-card-spaced', 'text', {
    input: `card: ${cardNumber('spaced').replace(/(\d{4})(?=\d)/g, '$1 ')}`, secrets: [cardNumber('spaced').replace(/(\d{4})(?=\d)/g, '$1 ')], keep: ['card:'], area: 'detector',
  }),
  leak('prose-ssn', 'text', { input: `customer SSN ${detectorSecret('us-ssn')} verified`, secrets: [detectorSecret('us-ssn')], keep: ['verified'], area: 'detector' }),
  leak('prose-iban', 'text', { input: `refund to ${detectorSecret('iban')} requested`, secrets: [detectorSecret('iban')], keep: ['requested'], area: 'detector' }),
  leak('prose-phone', 'text', { input: `call back on ${detectorSecret('phone')} tomorrow`, secrets: [detectorSecret('phone')], keep: ['tomorrow'], area: 'detector' }),
  leak('prose-known-secret-plain', 'text', { input: `vault returned ${KNOWN.plain} for the job`, secrets: [KNOWN.plain], keep: ['for the job'], area: 'known-secrets' }),
  leak('prose-known-secret-glued', 'text', { input: `key:${KNOWN.plain}:end`, secrets: [KNOWN.plain], keep: ['key:', ':end'], area: 'known-secrets' }),
  leak('prose-jwt', 'text', { input: `id_token ${jwt('prose')} accepted`, secrets: [jwt('prose')], keep: ['accepted'], area: 'detector' }),
  leak('error-message-url-creds', 'text', {
    input: `Error: getaddrinfo ENOTFOUND db (mongodb+srv://agent:${urlPassword('mongo')}@cluster0.example.net/app)`,
    secrets: [urlPassword('mongo')], keep: ['Error: getaddrinfo ENOTFOUND db'], area: 'detector',
  }),
  leak('form-body-password', 'text', {
    input: `body: grant_type=password&username=dana&password=${pw('form')}&scope=read`, secrets: [pw('form')], keep: ['username=dana', 'scope=read'], area: 'free-text',
  }),
  leak('form-body-client-secret', 'text', {
    input: `grant_type=client_credentials&client_id=agent-7&client_secret=${opaqueToken('form-cs', 32)}`,
    secrets: [opaqueToken('form-cs', 32)], keep: ['client_id=agent-7'], area: 'free-text',
  }),
  leak('url-in-log-message', 'text', {
    input: `tool http_get url=https://api.weather.example/v1?city=Lyon&apikey=${hex('apikey', 32)} status=200`,
    secrets: [hex('apikey', 32)], keep: ['city=Lyon', 'status=200'], area: 'url',
  }),
  leak('url-fragment-access-token', 'text', {
    input: `callback https://app.example.com/cb#access_token=${opaqueToken('frag', 40)}&token_type=bearer&expires_in=3600`,
    secrets: [opaqueToken('frag', 40)], keep: ['token_type=bearer', 'expires_in=3600'], area: 'url',
  }),
  leak('userinfo-tilde-password', 'text', {
    input: `DATABASE_URL=postgres://app:${urlPassword('tilde', 10)}~x1@db.internal:5432/orders`,
    secrets: [`${urlPassword('tilde', 10)}~x1`], keep: ['db.internal:5432/orders'], area: 'detector',
  }),
  leak('url-password-param', 'text', {
    input: `GET /api/login?user=dana&password=${urlPassword('urlpw')} 401`, secrets: [urlPassword('urlpw')], keep: ['user=dana', ' 401'], area: 'url',
  }),
  leak('url-client-secret-param', 'text', {
    input: `POST https://login.example.com/oauth2/token?client_id=abc&client_secret=${opaqueToken('url-cs', 34)}`,
    secrets: [opaqueToken('url-cs', 34)], keep: ['client_id=abc'], area: 'url',
  }),
  leak('url-userinfo-https', 'text', {
    input: `pip install --index-url https://build:${urlPassword('pipidx')}@pkgs.internal.example/simple agent-tools`,
    secrets: [urlPassword('pipidx')], keep: ['pkgs.internal.example/simple agent-tools'], area: 'detector',
  }),
];

/** Look-alikes that fill agent logs and must come back byte for byte. */
const lookAlikes: Case[] = [
  clean('clean-sha256-digest', 'text', `image sha256:${hex('digest', 64)} pulled`),
  clean('clean-git-sha', 'text', `HEAD is now at ${hex('gitsha', 40)} fix: retry on 429`),
  clean('clean-uuid-request-id', 'text', `request_id=${uuid('req')} status=200 duration_ms=412`),
  clean('clean-trace-ids', 'text', `trace_id=${hex('trace', 32)} span_id=${hex('span', 16)} sampled=1`),
  clean('clean-traceparent', 'text', `traceparent: 00-${hex('tp', 32)}-${hex('tp2', 16)}-01`),
  clean('clean-usage-tokens', 'text', 'usage prompt_tokens=1234 completion_tokens=56 total_tokens=1290 max_tokens=4096'),
  clean('clean-cache-key', 'text', 'cache_key=user:42:profile hit=true'),
  clean('clean-token-count', 'text', 'token_count: 812, tokens_per_second: 41.5'),
  clean('clean-password-env-reference', 'text', 'password=${DB_PASSWORD}'),
  clean('clean-password-placeholder', 'text', 'password: <your-password>'),
  clean('clean-password-masked', 'text', 'password=********'),
  clean('clean-password-redacted-marker', 'text', 'password=[REDACTED]'),
  clean('clean-search-url', 'text', 'GET https://example.com/search?q=how+to+rotate+api+keys&page=2 200'),
  clean('clean-docs-fragment', 'text', 'see https://docs.example.com/auth#token-exchange for details'),
  clean('clean-prose-password-word', 'text', 'The user asked how to reset their password.'),
  clean('clean-code-validate-password', 'text', 'function validatePassword(input) { return input.length >= 12; }'),
  clean('clean-github-placeholder', 'text', 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),
  clean('clean-version-strings', 'text', 'node v20.11.1 npm 10.2.4 typescript 5.9.3 on linux-x64'),
  clean('clean-timestamps', 'text', '2024-01-15T12:30:45.123Z INFO worker 3 finished job 1700000000123 in 1.5s'),
  clean('clean-etag', 'text', `ETag: W/"${hex('etag', 20)}" Cache-Control: max-age=60`),
  clean('clean-base64-blob', 'text', `attachment data:image/png;base64,iVBORw0KGgo${opaqueToken('png', 60).replace(/[-_]/g, 'A')}`),
  clean('clean-bearer-placeholder', 'text', 'Authorization: Bearer <token>'),
  clean('clean-authorization-header-name', 'text', 'allowed headers: Authorization, Content-Type, X-Request-Id'),
  clean('clean-key-rotation-note', 'text', 'rotated api key for service billing (id key_2024_01)'),
  clean('clean-primary-key', 'text', 'primary_key=id secret_name=db-password token_type=bearer'),
  clean('clean-percent-path', 'text', 'GET /files/My%20Report%202024.pdf 200'),
];

export const TEXT_CASES: readonly Case[] = [...seen, ...headers, ...env, ...shell, ...prose, ...lookAlikes];
