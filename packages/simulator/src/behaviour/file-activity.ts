import type { Prng } from '../random/prng.ts';
import type { Employee, OrgDocument } from '../organization/types.ts';
import type { Incident } from '../events/incident.ts';
import { FILE_HEADERS } from '../vocabulary/organization-units.ts';
import { PERSONAL_KEYWORDS, WORK_KEYWORDS } from '../vocabulary/topic-keywords.ts';
import { keywordBag } from './keywords.ts';
import { workingDocuments, type DayContext, type Session } from './day-context.ts';

/** A file on the user's own disk, not in the document register (unregistered personal files). */
export function personalFile(rng: Prng, person: Employee): { path: string; content: string } {
  const ext = rng.pick(['docx', 'xlsx', 'txt', 'jpg', 'pdf']);
  const word = rng.pick(PERSONAL_KEYWORDS);
  const header = FILE_HEADERS[ext] ?? '';
  return {
    path: `C:\\Users\\${person.id}\\Documents\\${word}-${rng.int(1, 99)}.${ext}`,
    content: `${header}${header ? ' ' : ''}${keywordBag(rng, PERSONAL_KEYWORDS, 8, 25)}`,
  };
}

const FOLDERS = ['Projects', 'Docs', 'Backup', 'Work', 'Photos', 'Transfer', 'Misc', 'Reports'];

/** CERT r6.2 file_tree: the root of the removable drive and a few folders on it. */
export function fileTree(rng: Prng): string {
  const drive = rng.pick(['E', 'F', 'R', 'G']);
  let tree = `${drive}:\\`;
  for (const folder of rng.sample(FOLDERS, rng.int(0, 3))) tree += `;${drive}:\\${folder}`;
  return tree;
}

const randomTime = (rng: Prng, s: Session) =>
  s.start + Math.floor(rng.next() * Math.max(1, s.end - s.start));

/** Opens and edits of the person's own documents (r6.2 only; r4.2 has no such rows). */
export function workOnFiles(
  ctx: DayContext,
  rng: Prng,
  person: Employee,
  session: Session,
  share: number,
): void {
  if (ctx.release !== 'r6.2') return;
  const docs = workingDocuments(person);
  const opens = rng.poisson(person.habits.fileOpensPerDay * share);
  for (let i = 0; i < opens; i++) {
    const t = randomTime(rng, session);
    if (rng.chance(0.12)) {
      const f = personalFile(rng, person);
      const activity = rng.chance(0.1)
        ? 'File Delete'
        : rng.chance(0.3)
          ? 'File Write'
          : 'File Open';
      ctx.log.file(t, person.id, session.pc, f.path, activity, false, false, f.content);
      continue;
    }
    const doc = rng.pick(docs);
    ctx.log.file(t, person.id, session.pc, doc.path, 'File Open', false, false, doc.content);
    if (rng.chance(0.15)) {
      ctx.log.file(
        Math.min(session.end, t + rng.int(60, 1800)),
        person.id,
        session.pc,
        doc.path,
        'File Write',
        false,
        false,
        doc.content,
      );
    }
  }
}

/**
 * A thumb-drive session: connect, copy some files to the drive (and in r6.2 sometimes open one
 * from it), disconnect — except that some disconnects are missing, as when a PC is powered down.
 */
export function thumbDriveSession(
  ctx: DayContext,
  rng: Prng,
  person: Employee,
  session: Session,
  files: readonly (OrgDocument | { path: string; content: string })[],
  incident?: Incident,
  at?: number,
): void {
  const log = ctx.log;
  const start =
    at ?? randomTime(rng, { ...session, end: Math.max(session.start + 1, session.end - 600) });
  log.device(start, person.id, session.pc, 'Connect', fileTree(rng), incident);
  let t = start + rng.int(5, 60);
  for (const f of files) {
    log.file(
      Math.min(t, session.end),
      person.id,
      session.pc,
      f.path,
      'File Copy',
      true,
      false,
      f.content,
      incident,
    );
    t += rng.int(3, 90);
  }
  if (!incident && rng.chance(0.1)) {
    const f = personalFile(rng, person);
    log.file(
      Math.min(t, session.end),
      person.id,
      session.pc,
      f.path.replace('C:', 'R:'),
      'File Open',
      false,
      true,
      f.content,
    );
  }
  if (rng.chance(0.06)) return;
  log.device(
    Math.min(session.end, t + rng.int(30, 1800)),
    person.id,
    session.pc,
    'Disconnect',
    '',
    incident,
  );
}

/** The benign thumb-drive habit: own documents or personal files. */
export function useThumbDrive(
  ctx: DayContext,
  rng: Prng,
  person: Employee,
  session: Session,
): void {
  if (person.habits.usbSessionRate === 0 || !rng.chance(person.habits.usbSessionRate)) return;
  const count = rng.int(1, 5);
  const files = Array.from({ length: count }, () =>
    rng.chance(0.7) ? rng.pick(workingDocuments(person)) : personalFile(rng, person),
  );
  thumbDriveSession(ctx, rng, person, session, files);
}

const INSTALLERS = [
  'setup.exe',
  'install.msi',
  'driver-update.exe',
  'agent-installer.msi',
  'patch-kb.exe',
  'printer-driver.exe',
  'vpn-client.msi',
];

/**
 * One-off utilities an administrator puts on a single machine (a diagnostic for one fault, a
 * remote-support agent for one user); with a version number their names are mostly new to the
 * organization, the look-alike of a planted tool that nobody else runs.
 */
const ONE_OFF_UTILITIES = [
  'remote-support',
  'diagnostics',
  'inventory-agent',
  'monitoring-agent',
  'log-collector',
  'license-manager',
  'backup-agent',
  'screen-share',
  'disk-cleanup',
  'firmware-tool',
];

/**
 * An administrator installing software on a machine they support from a thumb drive: a
 * removable-media connection on somebody else's PC and an executable copied from it. The
 * look-alike of a planted keylogger (scenario 3), so that a thumb drive on another person's
 * machine, or software no other machine has, is not by itself proof of malice.
 */
export function installFromThumbDrive(
  ctx: DayContext,
  rng: Prng,
  admin: Employee,
  session: Session,
): void {
  const start = randomTime(rng, { ...session, end: Math.max(session.start + 1, session.end - 60) });
  ctx.log.device(start, admin.id, session.pc, 'Connect', fileTree(rng), undefined);
  const installer = rng.chance(0.12)
    ? `${rng.pick(ONE_OFF_UTILITIES)}-${rng.int(1, 9)}.${rng.int(0, 30)}.exe`
    : rng.pick(INSTALLERS);
  ctx.log.file(
    Math.min(session.end, start + rng.int(10, 90)),
    admin.id,
    session.pc,
    `C:\\Program Files\\${installer.replace(/\.(exe|msi)$/, '')}\\${installer}`,
    'File Copy',
    false,
    true,
    `4D-5A-90-00 ${keywordBag(rng, WORK_KEYWORDS.it!, 3, 8)}`,
  );
  ctx.log.device(
    Math.min(session.end, start + rng.int(120, 900)),
    admin.id,
    session.pc,
    'Disconnect',
    '',
  );
}
