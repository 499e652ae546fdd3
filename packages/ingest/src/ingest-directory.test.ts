import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEventStore, type EventStore } from '@vigil/event-store';
import { ingestDirectory } from './ingest-directory.ts';

const stores: EventStore[] = [];
const folders: string[] = [];
afterEach(() => {
  stores.splice(0).forEach((s) => s.close());
  folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

async function freshStore() {
  const store = await openEventStore({ home: ':memory:' });
  stores.push(store);
  return store;
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vigil-ingest-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const count = async (store: EventStore, sql: string) =>
  Number((await store.all<{ n: bigint }>(sql))[0]!.n);

describe('ingestDirectory', () => {
  it('reads the r4.2 layout: attachment counts, copies-only file log, LDAP without projects', async () => {
    // GIVEN an r4.2-style folder
    const dir = folder({
      'logon.csv':
        'id,date,user,pc,activity\n{A1},01/04/2010 07:12:00,AAA0001,PC-0001,Logon\n{A2},01/04/2010 17:40:10,AAA0001,PC-0001,Logoff\n',
      'email.csv':
        'id,date,user,pc,to,cc,bcc,from,size,attachments,content\n' +
        '{E1},01/04/2010 09:00:00,AAA0001,PC-0001,bob@dtaa.com;x@gmail.com,,,ann@dtaa.com,2000,2,"hello, world"\n',
      'file.csv':
        'id,date,user,pc,filename,content\n{F1},01/04/2010 10:00:00,AAA0001,PC-0001,R:\\a.doc,D0-CF-11 secret plan\n',
      'http.csv':
        'id,date,user,pc,url,content\n{H1},01/04/2010 11:00:00,AAA0001,PC-0001,http://wikileaks.org/x,leak words\n' +
        '{H2},01/04/2010 11:01:00,AAA0001,PC-0001,http://hotfile.com/Upload/plan-2114,words\n' +
        '{H3},01/04/2010 11:02:00,AAA0001,PC-0001,http://tools.example.org/files/download.php?id=7,rootkit keylogger\n' +
        '{H4},01/04/2010 11:03:00,AAA0001,PC-0001,http://news.example.com/uploaded-photos-of-the-day,words\n',
      'device.csv': 'id,date,user,pc,activity\n{D1},01/04/2010 10:00:00,AAA0001,PC-0001,Connect\n',
      'LDAP/2010-01.csv':
        'employee_name,user_id,email,role,business_unit,functional_unit,department,team,supervisor\nAnn Lee,AAA0001,ann@dtaa.com,Engineer,1,R&D,Research,T1,Bob Ray\n',
    });
    const store = await freshStore();
    // WHEN it is ingested
    const summary = await ingestDirectory(store, dir);
    // THEN every row lands, typed, with the release recognized
    expect(summary.rejected, 'no row rejected').toBe(0);
    expect(summary.accepted).toBe(10);
    expect(summary.files.find((f) => f.kind === 'email')?.release).toBe('r4.2');
    // r4.2 web logs have no activity: uploads and downloads are read from the URL's path.
    expect(
      await store.all('SELECT id, activity, url, host, names_tool FROM http ORDER BY id'),
    ).toEqual([
      { id: '{H1}', activity: 'WWW Visit', url: null, host: 'wikileaks.org', names_tool: null },
      {
        id: '{H2}',
        activity: 'WWW Upload',
        url: 'http://hotfile.com/Upload/plan-2114',
        host: 'hotfile.com',
        names_tool: null,
      },
      {
        id: '{H3}',
        activity: 'WWW Download',
        url: 'http://tools.example.org/files/download.php?id=7',
        host: 'tools.example.org',
        names_tool: true,
      },
      { id: '{H4}', activity: 'WWW Visit', url: null, host: 'news.example.com', names_tool: null },
    ]);
    const [mail] = await store.all<{ attachment_count: number; to_list: string }>(
      'SELECT attachment_count, to_list FROM email',
    );
    expect(mail).toEqual({ attachment_count: 2, to_list: 'bob@dtaa.com;x@gmail.com' });
    const [file] = await store.all<{ activity: string; to_removable: boolean }>(
      'SELECT activity, to_removable FROM file',
    );
    expect(file).toEqual({ activity: 'File Copy', to_removable: true });
    expect(
      await count(
        store,
        `SELECT count(*) AS n FROM ldap WHERE month = '2010-01' AND projects IS NULL`,
      ),
    ).toBe(1);
  });

  it('reads the r6.2 layout: activities, removable flags, attachment lists with sizes', async () => {
    const dir = folder({
      'email.csv':
        'id,date,user,pc,to,cc,bcc,from,activity,size,attachments,content\n' +
        '"{E1}","01/04/2010 09:00:00","AAA0001","PC-0001","x@gmail.com","","","ann@dtaa.com","Send","2000","C:\\a.doc(1000);C:\\b.pdf(2500)","text"\n',
      'file.csv':
        'id,date,user,pc,filename,activity,to_removable_media,from_removable_media,content\n' +
        '{F1},01/04/2010 10:00:00,AAA0001,PC-0001,C:\\x.doc,File Open,False,False,words\n',
      'device.csv':
        'id,date,user,pc,file_tree,activity\n{D1},01/04/2010 10:00:00,AAA0001,PC-0001,R:\\;R:\\Docs,Connect\n',
      'http.csv':
        'id,date,user,pc,url,activity,content\n{H1},01/04/2010 11:00:00,AAA0001,PC-0001,http://dropbox.com/u,WWW Upload,words\n',
    });
    const store = await freshStore();
    const summary = await ingestDirectory(store, dir);
    expect(summary.rejected).toBe(0);
    const [mail] = await store.all<{ attachment_count: number; attachment_bytes: bigint }>(
      'SELECT attachment_count, attachment_bytes FROM email',
    );
    expect(mail!.attachment_count).toBe(2);
    expect(Number(mail!.attachment_bytes)).toBe(3500);
    expect(await store.all('SELECT activity, to_removable FROM file')).toEqual([
      { activity: 'File Open', to_removable: false },
    ]);
    expect(await store.all('SELECT file_tree FROM device')).toEqual([
      { file_tree: 'R:\\;R:\\Docs' },
    ]);
    expect(await store.all('SELECT activity FROM http')).toEqual([{ activity: 'WWW Upload' }]);
  });

  it('quarantines bad rows with file, line and reason, and re-ingesting adds nothing', async () => {
    const dir = folder({
      'logon.csv':
        'id,date,user,pc,activity\n' +
        '{A1},01/04/2010 07:12:00,AAA0001,PC-0001,Logon\n' +
        '{A2},13/45/2010 07:12:00,AAA0001,PC-0001,Logon\n' + // bad date
        '{A3},01/04/2010 07:13:00,AAA0001,PC-0001\n' + // missing field
        '{A4},01/04/2010 07:14:00,AAA0001,PC-0001,Dance\n' + // bad activity
        '{A5},01/04/2010 07:1', // truncated last line
      'personnel.csv':
        'id,date,user,kind,until,country,counterparty,note\n' +
        'P1,2010-01-02,AAA0001,foreign_travel,2010-01-09,Freedonia,,conference\n' +
        'P2,2010-01-02,AAA0001,space_travel,,,,\n',
    });
    const store = await freshStore();
    const first = await ingestDirectory(store, dir);
    expect(first.accepted).toBe(2);
    expect(first.rejected).toBe(5);
    const rows = await store.all<{ file: string; line: bigint; reason: string }>(
      'SELECT file, line, reason FROM quarantine ORDER BY file, line',
    );
    const logon = rows.filter((r) => r.file.endsWith('logon.csv'));
    expect(logon.map((r) => Number(r.line))).toEqual([3, 4, 5, 6]);
    expect(logon[0]!.reason).toMatch(/field date/);
    expect(logon[1]!.reason).toMatch(/wrong field count/);
    expect(logon[2]!.reason).toMatch(/field activity/);
    const personnel = rows.find((r) => r.file.endsWith('personnel.csv'))!;
    expect(Number(personnel.line)).toBe(3);
    expect(personnel.reason).toMatch(/field kind/);

    const again = await ingestDirectory(store, dir);
    expect(again.accepted, 'nothing added twice').toBe(0);
    expect(await count(store, 'SELECT count(*) AS n FROM logon')).toBe(1);
    expect(await count(store, 'SELECT count(*) AS n FROM quarantine')).toBe(5);
  });

  it('de-duplicates by (kind, id) when a changed file repeats stored events', async () => {
    const header = 'id,date,user,pc,activity\n';
    const row1 = '{A1},01/04/2010 07:12:00,AAA0001,PC-0001,Logon\n';
    const row2 = '{A2},01/04/2010 17:12:00,AAA0001,PC-0001,Logoff\n';
    const dir = folder({ 'logon.csv': header + row1 });
    const store = await freshStore();
    await ingestDirectory(store, dir);
    writeFileSync(path.join(dir, 'logon.csv'), header + row1 + row2);
    const second = await ingestDirectory(store, dir);
    expect(second.accepted).toBe(1);
    expect(second.duplicates).toBe(1);
    expect(await count(store, 'SELECT count(*) AS n FROM logon')).toBe(2);
  });

  it("keeps the text of sent mail that leaves the sender's domain, and only that", async () => {
    const mail = (id: string, to: string, activity: string, text: string) =>
      `"{${id}}","01/04/2010 09:00:00","AAA0001","PC-0001","${to}","","","ann@dtaa.com","${activity}","2000","","${text}"\n`;
    const dir = folder({
      'email.csv':
        'id,date,user,pc,to,cc,bcc,from,activity,size,attachments,content\n' +
        mail('E1', 'x@gmail.com', 'Send', 'contract pricing') +
        mail('E2', 'bob@dtaa.com', 'Send', 'internal memo') +
        mail('E3', 'bob@DTAA.com;pal@yahoo.com', 'Send', 'mixed list') +
        mail('E4', 'x@gmail.com', 'View', 'received') +
        mail('E5', 'spy@dtaa.com.example.net', 'Send', 'look-alike domain'),
      'feed.jsonl': [
        JSON.stringify({
          kind: 'email',
          id: 'J1',
          ts: '2010-01-05T08:00:00Z',
          user: 'AAA0001',
          pc: 'PC-1',
          from: 'ann@dtaa.com',
          to: ['ann@dtaa.com'],
          cc: ['kin@hotmail.com'],
          content: 'budget forecast',
        }),
        JSON.stringify({
          kind: 'email',
          id: 'J2',
          ts: '2010-01-05T09:00:00Z',
          user: 'AAA0001',
          pc: 'PC-1',
          from: 'ann@dtaa.com',
          to: ['eve@dtaa.com'],
          content: 'lunch',
        }),
      ].join('\n'),
    });
    const store = await freshStore();
    await ingestDirectory(store, dir);
    expect(await store.all('SELECT id, content FROM email ORDER BY id')).toEqual([
      { id: 'J1', content: 'budget forecast' },
      { id: 'J2', content: null },
      { id: '{E1}', content: 'contract pricing' },
      { id: '{E2}', content: null },
      { id: '{E3}', content: 'mixed list' },
      { id: '{E4}', content: null },
      { id: '{E5}', content: 'look-alike domain' },
    ]);
  });

  it('reads Vigil JSON Lines and quarantines invalid lines with the failing field', async () => {
    const dir = folder({
      'feed.jsonl': [
        JSON.stringify({
          kind: 'logon',
          id: 'L1',
          ts: '2010-01-04T07:00:00Z',
          user: 'AAA0001',
          pc: 'PC-1',
          activity: 'Logon',
        }),
        JSON.stringify({
          kind: 'email',
          id: 'E1',
          ts: '2010-01-04T08:00:00Z',
          user: 'AAA0001',
          pc: 'PC-1',
          from: 'a@dtaa.com',
          to: ['x@gmail.com'],
          attachments: [{ path: 'a.doc', size: 10 }],
        }),
        JSON.stringify({
          kind: 'http',
          id: 'H1',
          ts: 'yesterday',
          user: 'AAA0001',
          pc: 'PC-1',
          url: 'http://x',
        }),
        '{not json',
      ].join('\n'),
    });
    const store = await freshStore();
    const summary = await ingestDirectory(store, dir);
    expect(summary.accepted).toBe(2);
    expect(summary.rejected).toBe(2);
    const reasons = await store.all<{ line: bigint; reason: string }>(
      'SELECT line, reason FROM quarantine ORDER BY line',
    );
    expect(reasons.map((r) => Number(r.line))).toEqual([3, 4]);
    expect(reasons[0]!.reason).toMatch(/field ts/);
    expect(await store.all('SELECT attachment_count FROM email')).toEqual([
      { attachment_count: 1 },
    ]);
  });

  it('quarantines impossible calendar dates instead of failing the whole import', async () => {
    // GIVEN a day that does not exist in a context file and in a JSON Lines event (JavaScript's
    // Date.parse rolls 2010-02-30 over to March 2; DuckDB refuses to cast it)
    const dir = folder({
      'personnel.csv':
        'id,date,user,kind,until,country,counterparty,note\n' +
        'P1,2010-01-02,AAA0001,foreign_travel,2010-01-09,Freedonia,,conference\n' +
        'P2,2010-02-30,AAA0001,foreign_travel,,Freedonia,,no such day\n',
      'feed.jsonl': [
        { id: 'L1', ts: '2010-01-04T07:00:00Z' },
        { id: 'L2', ts: '2010-02-30T07:00:00Z' },
        { id: 'L3', ts: '1' },
      ]
        .map((e) =>
          JSON.stringify({ kind: 'logon', user: 'AAA0001', pc: 'PC-1', activity: 'Logon', ...e }),
        )
        .join('\n'),
    });
    const store = await freshStore();
    // WHEN it is ingested
    const summary = await ingestDirectory(store, dir);
    // THEN the good rows land and each bad one is quarantined with the field that failed
    expect(summary.accepted, 'good rows').toBe(2);
    const rows = await store.all<{ file: string; line: bigint; reason: string }>(
      'SELECT file, line, reason FROM quarantine ORDER BY file, line',
    );
    expect(rows.map((r) => [path.basename(r.file), Number(r.line)])).toEqual([
      ['feed.jsonl', 2],
      ['feed.jsonl', 3],
      ['personnel.csv', 3],
    ]);
    expect(rows[0]!.reason).toMatch(/field ts/);
    expect(rows[2]!.reason).toMatch(/field date: not a real calendar date/);
  });

  it('rejects a folder with an unknown header, naming the file and the missing columns', async () => {
    const dir = folder({ 'logon.csv': 'when,who\n1,2\n' });
    const store = await freshStore();
    await expect(ingestDirectory(store, dir)).rejects.toThrow(
      /logon\.csv, line 1: unrecognized logon header "when,who" \(missing id, date, user, pc, activity\)/,
    );
  });

  it('reads headers of other releases and exports: columns in any order, some absent, unknown ones ignored', async () => {
    const dir = folder({
      'logon.csv': 'date,id,pc,user,activity\n01/04/2010 08:00:00,{L1},PC-1,ANN0001,Logon\n',
      'file.csv':
        'id,date,user,pc,filename,activity,to_removable_media,from_removable_media\n' +
        '{F1},01/04/2010 09:00:00,ANN0001,PC-1,R:\\a.doc,File Copy,True,False\n',
      'email.csv':
        'id,date,user,pc,to,cc,bcc,from,activity,importance,content\n' +
        '{E1},01/04/2010 10:00:00,ANN0001,PC-1,x@gmail.com,,,ann@dtaa.com,Send,high,hello there\n',
    });
    const store = await freshStore();
    const summary = await ingestDirectory(store, dir);
    expect(summary.rejected).toBe(0);
    expect(summary.files.map((f) => `${f.kind} ${f.release}`).sort()).toEqual([
      'email other',
      'file other',
      'logon other',
    ]);
    expect(await store.all('SELECT id, "user", pc, activity FROM logon')).toEqual([
      { id: '{L1}', user: 'ANN0001', pc: 'PC-1', activity: 'Logon' },
    ]);
    expect(
      await store.all('SELECT filename, to_removable, from_removable, content FROM file'),
    ).toEqual([
      { filename: 'R:\\a.doc', to_removable: true, from_removable: false, content: null },
    ]);
    expect(
      await store.all(
        'SELECT activity, size::INTEGER AS size, attachment_count, content FROM email',
      ),
    ).toEqual([{ activity: 'Send', size: 0, attachment_count: 0, content: 'hello there' }]);
  });
});
