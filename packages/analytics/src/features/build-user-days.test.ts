import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStore, type EventStore } from '@vigil/event-store';
import { ingestDirectory } from '@vigil/ingest';
import { buildUserDays } from './build-user-days.ts';

/**
 * A hand-made two-person office where every feature's answer is known: Ann works normally
 * on her PC-1; on 2010-01-05 she works at night, uses Bob's PC, copies a SECRET file of
 * another department to USB, mails it to her registered relative and uploads to Dropbox.
 */
let store: EventStore;
let dir: string;
const ev = (o: Record<string, unknown>) => JSON.stringify(o);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'vigil-features-'));
  writeFileSync(
    path.join(dir, 'documents.csv'),
    'path,classification,compartment,owner_department\nC:\\plans\\x.docx,SECRET,ORCA,Finance\nC:\\ops\\y.docx,UNCLASSIFIED,,Research\n',
  );
  writeFileSync(
    path.join(dir, 'personnel.csv'),
    'id,date,user,kind,until,country,counterparty,note\nP1,2009-12-20,ANN0001,foreign_travel,2009-12-30,Ruritania,,\nP2,2009-01-01,ANN0001,family_member,,,Cousin@Gmail.com,cousin\n',
  );
  const events = [
    ev({
      kind: 'logon',
      id: 'l1',
      ts: '2010-01-04T08:00:00',
      user: 'ANN0001',
      pc: 'PC-1',
      activity: 'Logon',
    }),
    ev({
      kind: 'logon',
      id: 'l2',
      ts: '2010-01-04T08:00:00',
      user: 'BOB0002',
      pc: 'PC-2',
      activity: 'Logon',
    }),
    ev({
      kind: 'logon',
      id: 'l3',
      ts: '2010-01-04T09:00:00',
      user: 'BOB0002',
      pc: 'PC-2',
      activity: 'Logon',
    }),
    ev({
      kind: 'logon',
      id: 'l4',
      ts: '2010-01-05T08:30:00',
      user: 'ANN0001',
      pc: 'PC-1',
      activity: 'Logon',
    }),
    ev({
      kind: 'logon',
      id: 'l5',
      ts: '2010-01-05T22:10:00',
      user: 'ANN0001',
      pc: 'PC-2',
      activity: 'Logon',
    }),
    ev({
      kind: 'device',
      id: 'd1',
      ts: '2010-01-05T22:12:00',
      user: 'ANN0001',
      pc: 'PC-2',
      activity: 'Connect',
    }),
    ev({
      kind: 'file',
      id: 'f1',
      ts: '2010-01-05T22:13:00',
      user: 'ANN0001',
      pc: 'PC-2',
      filename: 'C:\\plans\\x.docx',
      activity: 'File Open',
    }),
    ev({
      kind: 'file',
      id: 'f2',
      ts: '2010-01-05T22:14:00',
      user: 'ANN0001',
      pc: 'PC-2',
      filename: 'C:\\plans\\x.docx',
      activity: 'File Copy',
      to_removable_media: true,
    }),
    ev({
      kind: 'file',
      id: 'f3',
      ts: '2010-01-05T22:15:00',
      user: 'ANN0001',
      pc: 'PC-2',
      filename: 'E:\\tool.exe',
      activity: 'File Copy',
      from_removable_media: true,
    }),
    ev({
      kind: 'email',
      id: 'e1',
      ts: '2010-01-05T22:20:00',
      user: 'ANN0001',
      pc: 'PC-2',
      from: 'ann@dtaa.com',
      to: ['cousin@gmail.com', 'bob@dtaa.com'],
      attachments: [{ path: 'C:\\plans\\x.docx', size: 1000 }],
    }),
    ev({
      kind: 'http',
      id: 'h1',
      ts: '2010-01-05T22:30:00',
      user: 'ANN0001',
      pc: 'PC-2',
      url: 'http://www.dropbox.com/upload',
      activity: 'WWW Upload',
    }),
    ev({
      kind: 'http',
      id: 'h2',
      ts: '2010-01-05T22:31:00',
      user: 'ANN0001',
      pc: 'PC-2',
      url: 'https://jobs.example-careers.net/apply',
    }),
    // A tool fetched from a general site: only the path says what it is.
    ev({
      kind: 'http',
      id: 'h3',
      ts: '2010-01-05T22:32:00',
      user: 'ANN0001',
      pc: 'PC-2',
      url: 'http://securitynews.example.org/download/Ardamax-Keylogger',
    }),
    ev({
      kind: 'http',
      id: 'h4',
      ts: '2010-01-05T22:33:00',
      user: 'ANN0001',
      pc: 'PC-2',
      url: 'http://news.example.com/2010/spyglass-crackers',
    }),
    // Two days after the tool download, an executable appears on Ann's own PC.
    ev({
      kind: 'file',
      id: 'f9',
      ts: '2010-01-07T10:00:00',
      user: 'ANN0001',
      pc: 'PC-1',
      filename: 'C:\\Windows\\System32\\agent.exe',
      activity: 'File Write',
    }),
    // A download whose page names two tools, from a site with nothing telling in its URL.
    ev({
      kind: 'http',
      id: 'h5',
      ts: '2010-01-05T22:34:00',
      user: 'ANN0001',
      pc: 'PC-2',
      url: 'http://files.example.net/get/agent',
      activity: 'WWW Download',
      content: 'stealth monitoring agent: Keylogger with rootkit mode, free trial',
    }),
  ];
  // Two days later Ann mails the SECRET plan to her own webmail and an unclassified registered
  // document to a namesake who is not her: home working, then a disclosure.
  events.push(
    ev({
      kind: 'email',
      id: 'e2',
      ts: '2010-01-07T18:00:00',
      user: 'ANN0001',
      pc: 'PC-1',
      from: 'ann@dtaa.com',
      to: ['Ann.Smith77@yahoo.com'],
      attachments: [{ path: 'C:\\plans\\x.docx', size: 1000 }],
    }),
    ev({
      kind: 'email',
      id: 'e3',
      ts: '2010-01-07T18:05:00',
      user: 'ANN0001',
      pc: 'PC-1',
      from: 'ann@dtaa.com',
      to: ['john.smith@gmail.com'],
      attachments: [{ path: 'C:\\ops\\y.docx', size: 1000 }],
    }),
  );
  // A webmail address Ann writes from is hers, whatever it spells: a document she mails
  // there went home.
  events.push(
    ev({
      kind: 'email',
      id: 'e4',
      ts: '2010-01-07T12:00:00',
      user: 'ANN0001',
      pc: 'PC-1',
      from: 'Bluebird_77@hotmail.com',
      to: ['ann@dtaa.com'],
    }),
    ev({
      kind: 'email',
      id: 'e5',
      ts: '2010-01-07T18:10:00',
      user: 'ANN0001',
      pc: 'PC-1',
      from: 'ann@dtaa.com',
      to: ['bluebird_77@hotmail.com'],
      attachments: [{ path: 'C:\\ops\\y.docx', size: 1000 }],
    }),
  );
  // What work sounds like, learned from Ann's mail on the 4th: four mails to a business
  // partner, six to a friend about home. On the 7th she writes to her cousin about the bid.
  const mail = (id: string, ts: string, to: string, content: string) =>
    ev({
      kind: 'email',
      id,
      ts,
      user: 'ANN0001',
      pc: 'PC-1',
      from: 'ann@dtaa.com',
      to: [to],
      content,
    });
  for (let i = 0; i < 4; i++)
    events.push(
      mail(
        `b${i}`,
        `2010-01-04T1${i}:00:00`,
        'buyer@acme-corp.com',
        'contract pricing forecast bid',
      ),
    );
  for (let i = 0; i < 6; i++)
    events.push(
      mail(`p${i}`, `2010-01-04T1${i}:30:00`, 'pal@yahoo.com', 'dinner kids soccer weekend'),
    );
  events.push(
    mail('leak', '2010-01-07T11:00:00', 'cousin@gmail.com', 'dinner contract pricing forecast bid'),
  );
  // A month before her last day, Ann's history begins.
  events.push(
    ev({
      kind: 'logon',
      id: 'l0',
      ts: '2009-12-01T08:00:00',
      user: 'ANN0001',
      pc: 'PC-1',
      activity: 'Logon',
    }),
  );
  writeFileSync(path.join(dir, 'events.jsonl'), events.join('\n'));
  const ldap = path.join(dir, 'LDAP');
  mkdirSync(ldap);
  writeFileSync(
    path.join(ldap, '2010-01.csv'),
    'employee_name,user_id,email,role,business_unit,functional_unit,department,team,supervisor\n' +
      'Ann Lee Smith,ANN0001,ann@dtaa.com,Analyst,1,2,Research,T,Bob\nBob,BOB0002,bob@dtaa.com,Manager,1,2,Research,T,Eve\n',
  );
  // February's directory no longer lists Ann: she has left.
  writeFileSync(
    path.join(ldap, '2010-02.csv'),
    'employee_name,user_id,email,role,business_unit,functional_unit,department,team,supervisor\n' +
      'Bob,BOB0002,bob@dtaa.com,Manager,1,2,Research,T,Eve\n',
  );
  store = await openEventStore({ home: ':memory:' });
  await ingestDirectory(store, dir);
  await buildUserDays(store);
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('buildUserDays', () => {
  it('computes every behavioral feature of a known day', async () => {
    const [day] = await store.all<Record<string, unknown>>(
      `SELECT * FROM user_day WHERE "user" = 'ANN0001' AND day = '2010-01-05'`,
    );
    const n = (k: string) => Number(day![k]);
    expect(n('events_off_hours'), 'night events').toBe(11);
    expect(n('logons_off_hours')).toBe(1);
    expect(n('logons_other_pc')).toBe(1);
    expect(n('logons_others_pc'), "PC-2 is Bob's dedicated PC").toBe(1);
    expect(n('usb_connects')).toBe(1);
    expect(n('usb_off_hours')).toBe(1);
    expect(n('usb_others_pc'), "the drive was plugged into Bob's PC").toBe(1);
    expect(n('files_to_removable')).toBe(1);
    expect(n('classified_to_removable')).toBe(1);
    expect(n('files_from_removable')).toBe(1);
    expect(n('executables_written')).toBe(1);
    // The copy to USB is counted as removable-media evidence, not as a second opening.
    expect(n('classified_files'), 'the SECRET file opened once').toBe(1);
    expect(n('secret_files')).toBe(1);
    expect(n('classified_outside_department'), 'Finance document opened by Research').toBe(2);
    expect(n('files_on_others_pc')).toBe(3);
    expect(n('external_emails')).toBe(1);
    expect(n('personal_emails')).toBe(1);
    expect(n('attachments_relative'), 'relative matched case-insensitively').toBe(1);
    expect(n('classified_attachments_external')).toBe(1);
    expect(n('max_recipients')).toBe(2);
    expect(n('attachments_out_from_others_pc'), "mailed out from Bob's PC").toBe(1);
    expect(n('cloud_storage')).toBe(1);
    expect(n('exfil_uploads')).toBe(1);
    expect(n('job_search'), 'unseen job board recognized from its host name').toBe(1);
    expect(n('hacking'), 'keylogger named in a path, and a download whose page names tools').toBe(
      2,
    );
    expect(n('hacking_downloads')).toBe(1);
    expect(n('executables_after_tool_download'), 'the download itself is not its deployment').toBe(
      0,
    );
    expect(n('recent_foreign_travel')).toBe(1);
  });
  it('counts an executable written in the two weeks after a hacking-tool download', async () => {
    const [day] = await store.all<Record<string, unknown>>(
      `SELECT * FROM user_day WHERE "user" = 'ANN0001' AND day = '2010-01-07'`,
    );
    expect(Number(day!.executables_written)).toBe(1);
    expect(Number(day!.executables_after_tool_download)).toBe(1);
  });
  it("tells documents mailed to one's own webmail from documents mailed to someone else's", async () => {
    const [before] = await store.all<Record<string, unknown>>(
      `SELECT * FROM user_day WHERE "user" = 'ANN0001' AND day = '2010-01-05'`,
    );
    expect(Number(before!.classified_documents_to_personal), 'to her cousin').toBe(1);
    expect(Number(before!.documents_to_own_address)).toBe(0);
    const [day] = await store.all<Record<string, unknown>>(
      `SELECT * FROM user_day WHERE "user" = 'ANN0001' AND day = '2010-01-07'`,
    );
    expect(
      Number(day!.documents_to_own_address),
      'the SECRET plan to ann.smith77, y.docx to the address she writes from',
    ).toBe(2);
    expect(Number(day!.classified_documents_to_personal)).toBe(0);
    expect(Number(day!.registered_documents_to_personal), 'y.docx to another Smith').toBe(1);
    expect(Number(day!.attachments_personal), 'all three went to personal addresses').toBe(3);
    expect(Number(day!.attachments_out_from_others_pc), 'sent from her own PC').toBe(0);
  });
  it("reads mail about work to someone else's personal address from the words of the organization's own mail", async () => {
    const rows = await store.all<{ day: string; n: number }>(
      `SELECT strftime(day, '%Y-%m-%d') AS day, work_mail_to_others_personal AS n FROM user_day
       WHERE "user" = 'ANN0001' AND day IN ('2010-01-04', '2010-01-07') ORDER BY day`,
    );
    expect(
      rows.map((r) => Number(r.n)),
      'home news on the 4th, the bid on the 7th',
    ).toEqual([0, 1]);
  });
  it("marks a departed user's last 30 days, and only theirs", async () => {
    const rows = await store.all<{ user: string; day: string; departing: number }>(
      `SELECT "user", strftime(day, '%Y-%m-%d') AS day, departing FROM user_day ORDER BY ALL`,
    );
    const departing = rows
      .filter((r) => Number(r.departing) === 1)
      .map((r) => `${r.user} ${r.day}`);
    expect(departing).toEqual(['ANN0001 2010-01-04', 'ANN0001 2010-01-05', 'ANN0001 2010-01-07']);
    expect(rows.some((r) => r.user === 'ANN0001' && r.day === '2009-12-01')).toBe(true);
  });
  it('keeps an ordinary day ordinary', async () => {
    const [day] = await store.all<Record<string, unknown>>(
      `SELECT * FROM user_day WHERE "user" = 'ANN0001' AND day = '2010-01-04'`,
    );
    expect(Number(day!.events_off_hours)).toBe(0);
    expect(Number(day!.logons_other_pc)).toBe(0);
    expect(Number(day!.files_to_removable)).toBe(0);
    expect(Number(day!.usb_others_pc)).toBe(0);
  });
});

describe('software new to the organization on another user’s PC', () => {
  /**
   * An administrator, CAR0003, installs on the dedicated PCs of DAN0004 (PC-4) and EVE0005
   * (PC-5). Each of the three owns their PC by logging on to it every working day.
   */
  async function installs(files: Array<[string, string, string, string]>) {
    const work = mkdtempSync(path.join(tmpdir(), 'vigil-software-'));
    const lines: string[] = [];
    for (let day = 4; day <= 60; day++) {
      const date = new Date(Date.UTC(2010, 0, day)).toISOString().slice(0, 10);
      for (const [user, pc] of [
        ['CAR0003', 'PC-3'],
        ['DAN0004', 'PC-4'],
        ['EVE0005', 'PC-5'],
      ])
        lines.push(
          ev({
            kind: 'logon',
            id: `l-${user}-${day}`,
            ts: `${date}T08:00:00`,
            user,
            pc,
            activity: 'Logon',
          }),
        );
    }
    files.forEach(([date, user, pc, filename], i) =>
      lines.push(
        ev({
          kind: 'file',
          id: `f${i}`,
          ts: `${date}T10:00:00`,
          user,
          pc,
          filename,
          activity: 'File Copy',
          from_removable: true,
        }),
      ),
    );
    writeFileSync(path.join(work, 'events.jsonl'), lines.join('\n'));
    const s = await openEventStore({ home: ':memory:' });
    try {
      await ingestDirectory(s, work);
      await buildUserDays(s);
      const rows = await s.all<{ user: string; day: string; n: number }>(
        `SELECT "user", strftime(day, '%Y-%m-%d') AS day, new_software_on_others_pc::INTEGER AS n
         FROM user_day WHERE new_software_on_others_pc > 0 ORDER BY day`,
      );
      return rows.map((r) => `${r.user} ${r.day} ${r.n}`);
    } finally {
      s.close();
      rmSync(work, { recursive: true, force: true });
    }
  }

  it('counts a never-seen executable put on someone else’s PC, and nothing already deployed, on one’s own PC or in the first weeks', async () => {
    expect(
      await installs([
        ['2010-01-05', 'CAR0003', 'PC-4', 'C:\\Program Files\\setup\\setup.exe'],
        ['2010-01-06', 'CAR0003', 'PC-5', 'C:\\Program Files\\early\\early.exe'],
        ['2010-02-01', 'CAR0003', 'PC-5', 'C:\\Program Files\\setup\\setup.exe'],
        ['2010-02-01', 'CAR0003', 'PC-4', 'C:\\Windows\\System32\\SysMon32.exe'],
        ['2010-02-02', 'CAR0003', 'PC-3', 'C:\\build\\tool.exe'],
        ['2010-02-03', 'CAR0003', 'PC-5', 'D:\\sysmon32.exe'],
      ]),
    ).toEqual(['CAR0003 2010-02-01 1']);
  });
});

describe('a host people go to in order to upload', () => {
  it('counts as cloud storage when the lists do not know it, and a site that takes the odd form post does not', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'vigil-upload-hosts-'));
    const web = (id: string, day: number, user: string, url: string, activity: string) =>
      ev({
        kind: 'http',
        id,
        ts: `2010-01-${String(day).padStart(2, '0')}T10:00:00`,
        user,
        pc: 'PC-1',
        url,
        activity,
      });
    const lines = [
      // An unknown file-drop service: three of its four requests are uploads.
      web('u1', 4, 'ANN0001', 'http://quietdrop.example/put', 'WWW Upload'),
      web('u2', 5, 'BOB0002', 'http://quietdrop.example/put', 'WWW Upload'),
      web('u3', 6, 'ANN0001', 'http://quietdrop.example/put', 'WWW Upload'),
      web('u4', 6, 'ANN0001', 'http://quietdrop.example/', 'WWW Visit'),
      // A news site: three comment posts among thirty-three requests.
      ...Array.from({ length: 30 }, (_, i) =>
        web(`n${i}`, 4 + (i % 3), 'BOB0002', 'http://dailynews.example/story', 'WWW Visit'),
      ),
      web('c1', 4, 'ANN0001', 'http://dailynews.example/comment', 'WWW Upload'),
      web('c2', 5, 'ANN0001', 'http://dailynews.example/comment', 'WWW Upload'),
      web('c3', 6, 'ANN0001', 'http://dailynews.example/comment', 'WWW Upload'),
    ];
    writeFileSync(path.join(work, 'events.jsonl'), lines.join('\n'));
    const s = await openEventStore({ home: ':memory:' });
    try {
      await ingestDirectory(s, work);
      await buildUserDays(s);
      expect(await s.all('SELECT host, category FROM host_category ORDER BY host')).toEqual([
        { host: 'quietdrop.example', category: 'cloud_storage' },
      ]);
      const days = await s.all<{ day: string; exfil: number }>(
        `SELECT strftime(day, '%Y-%m-%d') AS day, exfil_uploads::INTEGER AS exfil FROM user_day
         WHERE "user" = 'ANN0001' ORDER BY day`,
      );
      expect(days).toEqual([
        { day: '2010-01-04', exfil: 1 },
        { day: '2010-01-05', exfil: 0 },
        { day: '2010-01-06', exfil: 1 },
      ]);
    } finally {
      s.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('a tool downloaded, then carried to another user’s PC', () => {
  it('counts the download from a host whose tool pages the user just read, and the drive plugged into a colleague’s PC in the next two weeks', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'vigil-tool-chain-'));
    const at = (day: number, time: string) => `2010-01-${String(day).padStart(2, '0')}T${time}`;
    const lines: string[] = [];
    // Each owns their PC by logging on to it every day.
    for (let day = 4; day <= 30; day++)
      for (const [user, pc] of [
        ['ADM0001', 'PC-1'],
        ['BOS0002', 'PC-2'],
        ['CAT0003', 'PC-3'],
      ])
        lines.push(
          ev({
            kind: 'logon',
            id: `l-${user}-${day}`,
            ts: at(day, '08:00:00'),
            user,
            pc,
            activity: 'Logon',
          }),
        );
    const web = (id: string, ts: string, user: string, url: string, activity: string) =>
      ev({ kind: 'http', id, ts, user, pc: user === 'ADM0001' ? 'PC-1' : 'PC-3', url, activity });
    const drive = (id: string, ts: string, user: string, pc: string) =>
      ev({ kind: 'device', id, ts, user, pc, activity: 'Connect' });
    lines.push(
      // ADM0001 reads an unlisted forum's backdoor pages, then downloads from it.
      web(
        'w1',
        at(6, '09:00:00'),
        'ADM0001',
        'http://toolforum.example/backdoor/how-to',
        'WWW Visit',
      ),
      web('w2', at(6, '09:05:00'), 'ADM0001', 'http://toolforum.example/get/agent', 'WWW Download'),
      // CAT0003 downloads from the same forum without reading its tool pages that day.
      web('w3', at(6, '10:00:00'), 'CAT0003', 'http://toolforum.example/get/agent', 'WWW Download'),
      // Days later ADM0001 plugs a drive into BOS0002's PC; three weeks later, again.
      drive('d1', at(9, '17:00:00'), 'ADM0001', 'PC-2'),
      drive('d2', at(27, '17:00:00'), 'ADM0001', 'PC-2'),
      // CAT0003 plugs one into BOS0002's PC too, with no tool download behind it.
      drive('d3', at(9, '17:30:00'), 'CAT0003', 'PC-2'),
    );
    writeFileSync(path.join(work, 'events.jsonl'), lines.join('\n'));
    const s = await openEventStore({ home: ':memory:' });
    try {
      await ingestDirectory(s, work);
      await buildUserDays(s);
      const rows = await s.all<{ user: string; day: string; hd: number; rm: number }>(
        `SELECT "user", strftime(day, '%Y-%m-%d') AS day, hacking_downloads::INTEGER AS hd,
           removable_on_others_pc_after_tool_download::INTEGER AS rm
         FROM user_day WHERE hacking_downloads > 0 OR removable_on_others_pc_after_tool_download > 0
         ORDER BY "user", day`,
      );
      expect(rows.map((r) => `${r.user} ${r.day} ${r.hd} ${r.rm}`)).toEqual([
        'ADM0001 2010-01-06 1 0',
        'ADM0001 2010-01-09 0 1',
      ]);
    } finally {
      s.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
});
