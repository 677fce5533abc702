// Part 4 of `npm run demo`: an agent that is not a Node program sends OTLP/JSON with credentials in it, with
// curl (or, when curl is missing, a plain HTTP request), to `logveil relay`; the relay forwards the scrubbed
// request to a receiver that prints what it got.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/logveil.js', import.meta.url));

async function startReceiver() {
  const got = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      got.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${server.address().port}`, got, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function startRelay(upstream) {
  const child = spawn(process.execPath, [BIN, 'relay', '--listen', '127.0.0.1:0', '--upstream', upstream, '--upstream-protocol', 'http/json'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the relay did not start')), 30_000);
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const match = /"listening","http":"127\.0\.0\.1:(\d+)"/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  return { url: `http://127.0.0.1:${port}`, stop: async () => { child.kill('SIGTERM'); await once(child, 'exit'); } };
}

function send(url, body) {
  const curl = spawnSync('curl', ['-sS', '-o', '/dev/null', '-w', '%{http_code}', '-X', 'POST', '-H', 'Content-Type: application/json', '--data-binary', '@-', url], {
    input: body,
    encoding: 'utf8',
  });
  if (curl.error === undefined && curl.status === 0) return Promise.resolve({ via: 'curl', status: Number(curl.stdout) });
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ via: 'a plain HTTP request (curl not found)', status: res.statusCode }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Returns how many of the credentials reached the receiver (0 is the point). */
export async function runRelayDemo(credentials) {
  const receiver = await startReceiver();
  const relay = await startRelay(receiver.url);
  try {
    const body = JSON.stringify({
      resourceLogs: [{
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'python-agent' } }] },
        scopeLogs: [{ scope: { name: 'langchain' }, logRecords: [{
          timeUnixNano: '1700000000000000000', severityText: 'INFO',
          body: { stringValue: `calling the model with key ${credentials.openaiKey}` },
          attributes: [
            { key: 'tool.args', value: { kvlistValue: { values: [{ key: 'github_token', value: { stringValue: credentials.githubToken } }, { key: 'repo', value: { stringValue: 'acme/site' } }] } } },
            { key: 'db.url', value: { stringValue: `postgres://app:${credentials.databasePassword}@db:5432/app` } },
          ],
        }] }],
      }],
    });
    const sent = await send(`${relay.url}/v1/logs`, body);
    console.log(`POST /v1/logs via ${sent.via}: HTTP ${sent.status}`);
    for (let wait = 0; wait < 100 && receiver.got.length === 0; wait++) await new Promise((resolve) => setTimeout(resolve, 50));
    console.log('the receiver behind the relay got:');
    for (const request of receiver.got) console.log(`  ${request}`);
    const text = receiver.got.join('\n');
    return Object.values(credentials).filter((value) => text.includes(value)).length;
  } finally {
    await relay.stop();
    await receiver.close();
  }
}
