import { visit } from '../behaviour/web-browsing.ts';
import { fileTree } from '../behaviour/file-activity.ts';
import { keywordBag } from '../behaviour/keywords.ts';
import { ALARM_KEYWORDS, WEB_KEYWORDS } from '../vocabulary/topic-keywords.ts';
import {
  afterHoursSession,
  candidates,
  newPlan,
  pickDays,
  present,
  randomTimeIn,
  schedule,
  sessionOrAfterHours,
  window,
  type Scenario,
} from './insider-plan.ts';

const KEYLOGGERS = [
  'keylogger.exe',
  'kl-setup.exe',
  'monitor-agent.exe',
  'sysmon32.exe',
  'spy-installer.exe',
  'ardamax.exe',
];

/**
 * CERT scenario 3: a disgruntled system administrator downloads a keylogger, plants it on the
 * supervisor's machine with a thumb drive, later logs on as the supervisor (the supervisor's id
 * on the supervisor's PC, at an odd hour) and sends an alarming mass e-mail, then leaves.
 */
export const disgruntledAdmin: Scenario = {
  number: 3,
  label: 'disgruntled admin keylogger and masquerade',
  plan(setup) {
    const { rng, calendar, register } = setup;
    const insider = candidates(
      setup,
      (e) =>
        e.isAdmin &&
        e.supervisor !== undefined &&
        !setup.reserved.has(e.supervisor) &&
        e.supervisor.leaveDay === Number.POSITIVE_INFINITY,
    )[0];
    const boss = insider?.supervisor;
    if (!insider || !boss) return undefined;
    setup.reserved.add(boss);
    const plan = newPlan(3, insider, this.label);
    const days = calendar.length;
    const span = window(rng, days, 0.3, 0.8, rng.int(8, 30));
    const [download, plant, masquerade] = pickDays(rng, calendar, span.start, span.end, 3);
    const d0 = download ?? span.start;
    const d1 = plant ?? d0;
    const d2 = masquerade ?? d1;
    present(insider, [d0, d1]);
    const tool = rng.pick(KEYLOGGERS);
    const site = rng.pick(insider.habits.domains.hacking);

    schedule(plan, d0, (ctx, r, session) => {
      const s = sessionOrAfterHours(ctx, r, insider, session, plan.incident);
      const t = randomTimeIn(r, s);
      const pages = r.int(1, 4);
      for (let i = 0; i < pages; i++)
        visit(
          ctx,
          r,
          insider,
          s,
          Math.min(s.end, t + i * r.int(30, 240)),
          'hacking',
          'WWW Visit',
          plan.incident,
          site,
        );
      const url = `http://${site}/download/${tool.replace('.exe', '')}`;
      ctx.log.http(
        Math.min(s.end, t + pages * 250),
        insider.id,
        s.pc,
        url,
        'WWW Download',
        keywordBag(r, WEB_KEYWORDS.hacking, 20, 50),
        plan.incident,
      );
    });
    schedule(plan, d1, (ctx, r, session) => {
      const base = sessionOrAfterHours(ctx, r, insider, session, plan.incident);
      const start = randomTimeIn(r, base, 600);
      const s = { pc: boss.pc, start, end: Math.min(86_399, start + r.int(300, 1500)) };
      ctx.log.logon(s.start, insider.id, s.pc, 'Logon', plan.incident);
      ctx.log.device(s.start + 30, insider.id, s.pc, 'Connect', fileTree(r), plan.incident);
      const path = `C:\\Windows\\System32\\${tool}`;
      ctx.log.file(
        s.start + r.int(40, 120),
        insider.id,
        s.pc,
        path,
        'File Copy',
        false,
        true,
        `4D-5A-90-00 ${keywordBag(r, WEB_KEYWORDS.hacking, 5, 12)}`,
        plan.incident,
      );
      ctx.log.device(s.end - r.int(10, 60), insider.id, s.pc, 'Disconnect', '', plan.incident);
      ctx.log.logon(s.end, insider.id, s.pc, 'Logoff', plan.incident);
    });
    schedule(plan, d2, (ctx, r) => {
      // The masquerade: the supervisor's own account, on the supervisor's PC, at an odd hour.
      const s = afterHoursSession(ctx, r, boss.id, boss.pc, plan.incident);
      const staff = ctx.staff.filter((e) => e !== boss);
      const recipients = r.sample(staff, r.int(15, 60)).map((e) => e.email);
      const half = Math.ceil(recipients.length / 2);
      ctx.log.email(
        randomTimeIn(r, s, 30),
        boss.id,
        s.pc,
        recipients.slice(0, half),
        recipients.slice(half),
        [],
        boss.email,
        'Send',
        r.int(2_000, 12_000),
        [],
        keywordBag(r, ALARM_KEYWORDS, 20, 45),
        plan.incident,
      );
    });
    insider.leaveDay = Math.min(days, d2 + rng.int(1, 6));
    if (rng.chance(0.3))
      register.add({
        day: Math.max(0, d2 - rng.int(5, 15)),
        user: insider.id,
        kind: 'resignation_notice',
        note: 'Resigned',
      });
    return plan;
  },
};
