/**
 * Throughput of `simulateOrganization` at r4.2 scale per day: 1,000 users for 30 days (≈ 1.7 M
 * events). Prints MB/s of log output by wall clock and per CPU second (the latter is steadier on
 * a shared machine). Run: `npx tsx packages/simulator/src/benchmarks/simulate-throughput.bench.ts [users] [days] [dir]`.
 */
import { rmSync } from 'node:fs';
import { simulateOrganization } from '../index.ts';

const users = Number(process.argv[2] ?? 1000);
const days = Number(process.argv[3] ?? 30);
const out = process.argv[4] ?? '/tmp/vigil-sim-bench';
rmSync(out, { recursive: true, force: true });
const cpu = process.cpuUsage();
const start = performance.now();
const summary = await simulateOrganization({ users, days, seed: 7, out });
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
const mb = summary.bytes / 1e6;
const events = Object.values(summary.events).reduce((a, b) => a + b, 0);
console.log(
  JSON.stringify({
    users,
    days,
    events,
    mb: Number(mb.toFixed(1)),
    seconds: Number(seconds.toFixed(2)),
    mbPerSecond: Number((mb / seconds).toFixed(1)),
    cpuSeconds: Number(cpuSeconds.toFixed(2)),
    mbPerCpuSecond: Number((mb / cpuSeconds).toFixed(1)),
  }),
);
