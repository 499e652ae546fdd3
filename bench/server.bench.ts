/**
 * Server benchmark: `npm run bench:server` (tsx bench/server.bench.ts).
 * Boots the demo organization (simulated, scored, alerts imported) in a child process, then
 * drives the alert queue and a case endpoint from this process with autocannon at a fixed
 * request rate, and prints p50/p99 latency, throughput and errors per endpoint.
 * Environment: BENCH_RATE (requests/s, default 200), BENCH_SECONDS (per endpoint, default 30),
 * BENCH_CONNECTIONS (default 10), BENCH_WARMUP (seconds of unrecorded load before each endpoint,
 * default 5), BENCH_ROUNDS (how many times the endpoint list is measured, default 1), BENCH_HOME (default a temporary directory; reuse one to skip
 * the simulation), BENCH_USERS / BENCH_DAYS (demo size, default 300 × 120),
 * VIGIL_DATABASE_URL (PostgreSQL instead of SQLite).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import readline from 'node:readline';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const log = (s: string) => process.stdout.write(`${s}\n`);

if (process.argv[2] === '--serve') {
  // Child: the server under test, alone in its process.
  const { loadConfig, startDemoServer } = await import('../apps/server/src/index.ts');
  const config = loadConfig(process.env, { home: process.argv[3]!, port: 0 });
  const demo = await startDemoServer({
    config,
    users: env('BENCH_USERS', 300),
    days: env('BENCH_DAYS', 120),
    log: () => {},
  });
  process.stdout.write(
    `${JSON.stringify({ url: demo.server.url, accounts: demo.accounts, alerts: demo.alerts })}\n`,
  );
  process.on('SIGTERM', () => void demo.server.stop().then(() => process.exit(0)));
} else {
  await main();
}

async function main(): Promise<void> {
  const { default: autocannon } = await import('autocannon');
  const rate = env('BENCH_RATE', 200);
  const seconds = env('BENCH_SECONDS', 30);
  const connections = env('BENCH_CONNECTIONS', 10);
  const warmup = env('BENCH_WARMUP', 5);
  const rounds = env('BENCH_ROUNDS', 1);
  const home =
    process.env.BENCH_HOME ?? fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-server-'));
  const self = fileURLToPath(import.meta.url);
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', self, '--serve', home], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, VIGIL_HOST: '127.0.0.1' },
  });
  const ready = await new Promise<{
    url: string;
    accounts: Array<{ role: string; username: string; password: string }>;
    alerts: { imported: number };
  }>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('{')) resolve(JSON.parse(line));
    });
    child.once('exit', (code) =>
      reject(new Error(`server process exited with ${code} before it was ready`)),
    );
  });
  log(
    `demo organization up in ${((performance.now() - t0) / 1000).toFixed(1)} s at ${ready.url} (home ${home}); ${ready.alerts.imported} alerts imported`,
  );
  try {
    const analyst = ready.accounts.find((a) => a.role === 'analyst')!;
    const signIn = await fetch(`${ready.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: analyst.username, password: analyst.password }),
    });
    const cookie = /vigil_session=[^;]+/.exec(signIn.headers.get('set-cookie') ?? '')?.[0];
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    if (!cookie) throw new Error(`sign-in failed: ${signIn.status}`);
    const headers = { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken };
    // A case with evidence and notes, opened from the top alert, for the case endpoint.
    const queue = (await (await fetch(`${ready.url}/api/alerts?limit=1`, { headers })).json()) as {
      alerts: Array<{ id: string }>;
    };
    const top = queue.alerts[0];
    let caseId: string;
    if (top) {
      const escalated = (await (
        await fetch(`${ready.url}/api/alerts/${top.id}/case`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ title: 'Benchmark case' }),
        })
      ).json()) as { caseId: string };
      caseId = escalated.caseId;
    } else {
      caseId = (
        (await (
          await fetch(`${ready.url}/api/cases`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ title: 'Benchmark case' }),
          })
        ).json()) as { id: string }
      ).id;
    }
    for (let i = 0; i < 10; i++)
      await fetch(`${ready.url}/api/cases/${caseId}/notes`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ body: `note ${i}: interview scheduled` }),
      });

    const endpoints = [
      { name: 'alert queue (GET /api/alerts?limit=50)', path: '/api/alerts?limit=50' },
      { name: 'case (GET /api/cases/:id)', path: `/api/cases/${caseId}` },
      { name: 'case list (GET /api/cases)', path: '/api/cases' },
    ];
    const rows: string[] = [];
    const load = () => os.loadavg()[0]!.toFixed(2);
    for (let round = 1; round <= rounds; round++) {
      for (const endpoint of endpoints) {
        const loadBefore = load();
        // The first seconds after boot measure V8 compiling the handlers and PostgreSQL's
        // autovacuum analysing the freshly loaded tables, not the steady state: the first
        // endpoint measured used to show twice the p99 of the same endpoint measured again.
        const result = await autocannon({
          url: `${ready.url}${endpoint.path}`,
          headers: { cookie },
          connections,
          overallRate: rate,
          duration: seconds,
          ...(warmup > 0 ? { warmup: { connections, overallRate: rate, duration: warmup } } : {}),
        });
        const errors = result.errors + result.timeouts + result.non2xx;
        rows.push(
          `| ${round} | ${endpoint.name} | ${rate} | ${result.requests.total} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} | ${errors} | ${loadBefore} → ${load()} |`,
        );
        log(
          `round ${round}, ${endpoint.name}: ${result.requests.total} requests in ${seconds} s at ${rate}/s target, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms, errors ${errors}, load average ${loadBefore} → ${load()}`,
        );
      }
    }
    log('');
    log(
      `| round | endpoint | target req/s | requests | p50 ms | p99 ms | max ms | errors | 1-min load average |`,
    );
    log(`|---|---|---|---|---|---|---|---|---|`);
    for (const r of rows) log(r);
    log(
      `\nstore: ${process.env.VIGIL_DATABASE_URL ? 'PostgreSQL' : 'SQLite'}; ${os.cpus().length} cores; Node ${process.version}; ${connections} connections; ${seconds} s per endpoint after ${warmup} s of warm-up`,
    );
  } finally {
    child.kill('SIGTERM');
  }
}
