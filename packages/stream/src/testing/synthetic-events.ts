import type { ActivityEvent } from '@vigil/core';

/**
 * A deterministic stream of valid activity events of every kind for `users` users over `days`
 * days, for stream tests and the scale benchmark. Same arguments, same events, so two runs
 * (interrupted and not) can be compared result for result.
 */
export function* syntheticEvents(options: {
  users: number;
  days: number;
  events: number;
  seed?: number;
  start?: string;
}): Generator<ActivityEvent> {
  let state = (options.seed ?? 1) >>> 0 || 1;
  const next = () => {
    // xorshift32: cheap and reproducible.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
  const start = Date.parse(options.start ?? '2026-01-05T00:00:00Z');
  const hosts = [
    'intranet.agency.gov',
    'news.example.com',
    'mail.google.com',
    'dropbox.com',
    'jobs.example.org',
  ];
  for (let i = 0; i < options.events; i++) {
    const u = Math.floor(next() * options.users);
    const user = `U${String(u).padStart(5, '0')}`;
    const day = Math.floor((i / options.events) * options.days);
    // Mostly working hours, some evenings.
    const hour = next() < 0.9 ? 8 + next() * 9 : 18 + next() * 5;
    const ts = new Date(start + day * 86_400_000 + hour * 3_600_000).toISOString();
    const pc = `PC-${String(u).padStart(4, '0')}`;
    const id = `{S${String(i).padStart(10, '0')}}`;
    const r = next();
    if (r < 0.15)
      yield { kind: 'logon', id, ts, user, pc, activity: next() < 0.5 ? 'Logon' : 'Logoff' };
    else if (r < 0.2)
      yield { kind: 'device', id, ts, user, pc, activity: next() < 0.5 ? 'Connect' : 'Disconnect' };
    else if (r < 0.35)
      yield {
        kind: 'file',
        id,
        ts,
        user,
        pc,
        filename: `C:\\Users\\${user}\\doc${Math.floor(next() * 50)}.docx`,
        activity: 'File Open',
        to_removable_media: next() < 0.02,
        from_removable_media: false,
        content: '',
      };
    else if (r < 0.55)
      yield {
        kind: 'email',
        id,
        ts,
        user,
        pc,
        from: `${user.toLowerCase()}@agency.gov`,
        to: [
          next() < 0.9 ? `u${Math.floor(next() * options.users)}@agency.gov` : 'someone@gmail.com',
        ],
        cc: [],
        bcc: [],
        activity: 'Send',
        size: Math.floor(next() * 50_000),
        attachments: [],
        content: '',
      };
    else
      yield {
        kind: 'http',
        id,
        ts,
        user,
        pc,
        url: `https://${hosts[Math.floor(next() * hosts.length)]}/page${Math.floor(next() * 100)}`,
        activity: 'WWW Visit',
        content: '',
      };
  }
}
