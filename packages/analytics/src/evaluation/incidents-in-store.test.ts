import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStore, type EventStore } from '@vigil/event-store';
import { ingestDirectory } from '@vigil/ingest';
import { readAnswerKey } from './answer-key.ts';
import { incidentsInStore } from './incidents-in-store.ts';

/**
 * CERT's answers folder covers every release. ANN0001 is an insider of the logs ingested here
 * (dataset 4.2); BOB0002 is an ordinary employee here, but the insider of another release
 * (5.2) under the same id, with events whose ids these logs do not have.
 */
let work: string;
let store: EventStore;
beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'vigil-answers-'));
  const logs = path.join(work, 'logs');
  mkdirSync(logs);
  writeFileSync(
    path.join(logs, 'logon.csv'),
    'id,date,user,pc,activity\n' +
      '{A1},01/04/2010 08:00:00,ANN0001,PC-1,Logon\n' +
      '{A2},01/05/2010 23:10:00,ANN0001,PC-2,Logon\n' +
      '{B1},01/04/2010 08:30:00,BOB0002,PC-2,Logon\n',
  );
  const answers = path.join(work, 'answers');
  mkdirSync(path.join(answers, 'r4.2-1'), { recursive: true });
  mkdirSync(path.join(answers, 'r5.2-2'), { recursive: true });
  writeFileSync(
    path.join(answers, 'insiders.csv'),
    'dataset,scenario,details,user,start,end\n' +
      '4.2,1,r4.2-1-ANN0001.csv,ANN0001,01/05/2010 23:10:00,01/05/2010 23:10:00\n' +
      '5.2,2,r5.2-2-BOB0002.csv,BOB0002,03/01/2010 10:00:00,03/01/2010 10:00:00\n',
  );
  writeFileSync(
    path.join(answers, 'r4.2-1', 'r4.2-1-ANN0001.csv'),
    'logon,{A2},01/05/2010 23:10:00,ANN0001,PC-2,Logon\n',
  );
  writeFileSync(
    path.join(answers, 'r5.2-2', 'r5.2-2-BOB0002.csv'),
    'logon,{Z9},03/01/2010 10:00:00,BOB0002,PC-7,Logon\n',
  );
  store = await openEventStore({ home: ':memory:' });
  await ingestDirectory(store, logs);
});
afterAll(() => {
  store.close();
  rmSync(work, { recursive: true, force: true });
});

describe('incidentsInStore', () => {
  it('keeps the incidents of the release whose events were ingested, not namesakes from another', async () => {
    const key = readAnswerKey(path.join(work, 'answers'));
    expect(key.map((i) => i.user)).toEqual(['ANN0001', 'BOB0002']);
    expect(key[0]!.events).toEqual([{ kind: 'logon', id: '{A2}' }]);
    const kept = await incidentsInStore(store, key);
    expect(kept.map((i) => `${i.dataset} ${i.user}`)).toEqual(['4.2 ANN0001']);
  });

  it('takes a single-dataset key whole', async () => {
    const key = readAnswerKey(path.join(work, 'answers'), '5.2');
    expect((await incidentsInStore(store, key)).map((i) => i.user)).toEqual(['BOB0002']);
  });
});
