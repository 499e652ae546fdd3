import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNatsCluster, syntheticEvents, type NatsCluster } from '@vigil/stream/testing';
import { connectEventStream, streamSettingsFrom } from '@vigil/stream';

const VIGIL = path.resolve(import.meta.dirname, '../../bin/vigil.js');
const work = mkdtempSync(path.join(tmpdir(), 'vigil-collect-verb-'));
let cluster: NatsCluster;
beforeAll(async () => {
  cluster = await startNatsCluster(path.join(work, 'nats'), 1);
});
afterAll(async () => {
  await cluster?.stop();
  rmSync(work, { recursive: true, force: true });
});

const collect = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [VIGIL, 'collect', ...args, '--home', path.join(work, 'home'), '--json'],
    {
      encoding: 'utf8',
      env: { ...process.env, VIGIL_NATS_URL: cluster.urls[0], VIGIL_STREAM_PARTITIONS: '4' },
    },
  );

describe('vigil collect', () => {
  it('publishes valid events, keeps bad lines with their reason, and resumes where it stopped', async () => {
    const events = [...syntheticEvents({ users: 10, days: 3, events: 300, seed: 2 })].map((e) =>
      JSON.stringify(e),
    );
    const file = path.join(work, 'feed.jsonl');
    writeFileSync(file, `${events.slice(0, 200).join('\n')}\n{"kind":"logon","id":"bad"}\n`);

    const first = collect(file);
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ published: 200, duplicates: 0, rejected: 1 });
    const rejects = readFileSync(path.join(work, 'home', 'collect', 'rejects.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rejects).toHaveLength(1);
    expect(rejects[0]).toMatchObject({ source: file, line: 201 });
    expect(rejects[0].reason).toMatch(/field ts/);

    // The feed grows; a second run sends only the new lines.
    appendFileSync(file, `${events.slice(200).join('\n')}\n`);
    const second = collect(file);
    expect(second.status, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ published: 100, duplicates: 0, rejected: 0 });

    // From the start again: the stream recognizes every event and stores nothing twice.
    const again = collect(file, '--from-start');
    expect(JSON.parse(again.stdout)).toMatchObject({ published: 0, duplicates: 300, rejected: 1 });
    const connection = await connectEventStream(
      streamSettingsFrom({ VIGIL_NATS_URL: cluster.urls[0], VIGIL_STREAM_PARTITIONS: '4' }),
      'check',
    );
    const info = await connection.jsm.streams.info('VIGIL_EVENTS');
    expect(info.state.messages).toBe(300);
    await connection.close();
  });

  it('says what to set when no NATS server is given', () => {
    const result = spawnSync(
      process.execPath,
      [VIGIL, 'collect', '--home', path.join(work, 'h2')],
      {
        encoding: 'utf8',
        env: { ...process.env, VIGIL_NATS_URL: '' },
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/VIGIL_NATS_URL/);
  });
});
