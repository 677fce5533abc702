// A small simulated agent: each step plans, calls a tool, and logs what a real agent logs (tool-call
// arguments, HTTP headers, prompts, errors with stacks). Most lines are ordinary; some carry credentials
// and personal data the way they leak in practice.
export function agentLogRecords(credentials) {
  const c = credentials;
  const user = { email: 'dana.whitfield@example.org', phone: '+1 415-555-0132' };
  return [
    { level: 30, msg: 'agent started', agent: 'support-bot', model: 'gpt-4.1-mini', maxSteps: 8 },
    { level: 30, msg: 'planning step', step: 1, thought: 'look up the customer, then open a ticket' },
    {
      level: 30,
      msg: 'tool call',
      tool: 'crm.lookup',
      args: { query: `customer ${user.email}`, limit: 1 },
      usage: { prompt_tokens: 812, completion_tokens: 64, total_tokens: 876 },
    },
    {
      level: 30,
      msg: 'http request',
      method: 'POST',
      url: 'https://api.openai.com/v1/chat/completions',
      headers: { authorization: `Bearer ${c.openaiKey}`, 'content-type': 'application/json', 'x-request-id': '5f0c6a52-9a7e-4c1b-8f53-2f3c1d0e9b41' },
    },
    { level: 30, msg: 'tool result', tool: 'crm.lookup', result: { name: 'Dana Whitfield', phone: user.phone, card: '4111 1111 1111 1111', plan: 'pro' } },
    { level: 30, msg: `cloning repository with https://x-access-token:${c.githubToken}@github.com/acme/support.git` },
    { level: 30, msg: 'tool call', tool: 'github.create_issue', args: { repo: 'acme/support', title: 'Refund request', token: c.githubToken } },
    { level: 30, msg: 'prompt', prompt: `System: you are a helpful agent. Use the Stripe key ${c.stripeKey} to issue refunds under $50.` },
    { level: 30, msg: 'cache hit', cache_key: 'crm:lookup:9f86d081884c7d659a2feaa0c55ad015', idempotency_key: 'refund-2024-0042' },
    { level: 30, msg: 'db connect', dsn: `postgres://support:${c.databasePassword}@db.internal:5432/tickets` },
    {
      level: 50,
      msg: 'tool failed',
      err: {
        type: 'Error',
        message: `Slack API error: invalid_auth for token ${c.slackToken}`,
        stack: `Error: Slack API error: invalid_auth for token ${c.slackToken}\n    at postMessage (file:///srv/agent/tools/slack.js:41:11)\n    at async Agent.step (file:///srv/agent/agent.js:88:7)`,
      },
    },
    { level: 30, msg: 'aws client configured', region: 'eu-west-1', accessKeyId: c.awsAccessKeyId, aws_secret_access_key: c.awsSecretAccessKey },
    { level: 30, msg: `resuming with session ${Buffer.from(`agent:${c.sessionSecret}`).toString('base64')}` },
    { level: 30, msg: 'anthropic fallback', apiKey: c.anthropicKey, model: 'claude-sonnet' },
    { level: 30, msg: 'trace', trace_id: '4bf92f3577b34da6a3ce929d0e0e4736', span_id: '00f067aa0ba902b7', commit: 'e83c5163316f89bfbde7d9ab23ca2e25604af290' },
    { level: 30, msg: 'agent finished', steps: 6, durationMs: 4182, outcome: 'ticket opened' },
  ];
}

/** Renders records as pino would: one NDJSON line each, with pino's own fields first. */
export function toPinoLines(records, start = 1732370400000) {
  return records.map((record, index) =>
    JSON.stringify({ level: record.level, time: start + index * 137, pid: 4242, hostname: 'agent-7', ...record }),
  );
}
