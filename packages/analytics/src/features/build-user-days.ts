import type { EventStore } from '@vigil/event-store';
import { insertTextRows } from '@vigil/event-store';
import { HACKING_TOOL_PATH_PATTERN } from '@vigil/core';
import { categorizeHost, WEBMAIL_DOMAINS } from '../web/web-categories.ts';
import { isExecutableFile } from './executable-file.ts';

/** Whether the user downloaded from a hacking-tool site in the two weeks before the row's day. */
const TOOL_DOWNLOADED = `coalesce(sum(coalesce(h.hacking_downloads, 0)) OVER (
  PARTITION BY a."user" ORDER BY a.day RANGE BETWEEN INTERVAL 14 DAY PRECEDING AND INTERVAL 1 DAY PRECEDING), 0) > 0`;

/** Weekend = band 2, weekday outside 07:00–19:00 = band 1, work hours = band 0. */
const BAND = (ts: string) =>
  `(CASE WHEN isodow(${ts}) >= 6 THEN 2 WHEN hour(${ts}) < 7 OR hour(${ts}) >= 19 THEN 1 ELSE 0 END)`;
const WEBMAIL = `[${WEBMAIL_DOMAINS.map((d) => `'${d}'`).join(', ')}]`;
const HACKING_PATH = `'${HACKING_TOOL_PATH_PATTERN.replaceAll("'", "''")}'`;
const CLASSIFIED = `('CONFIDENTIAL', 'SECRET', 'TOP SECRET')`;

export type FeatureProgress = (event: {
  phase: string;
  done: number;
  total?: number;
  unit?: string;
}) => void;

/** A host with at least this many uploads, making at least this share of its requests, takes files. */
const UPLOAD_HOST_MIN = 3;
const UPLOAD_HOST_SHARE = 0.1;

/**
 * Builds `user_profile` (directory facts, own PC, peer group) and `user_day` (one row per
 * user and day with activity: behavioral counts and personnel context) from the events.
 * All heavy lifting is vectorized SQL in DuckDB over the whole log.
 */
export async function buildUserDays(
  store: EventStore,
  onProgress: FeatureProgress = () => {},
): Promise<number> {
  const steps = 10;
  let step = 0;
  const tick = () => onProgress({ phase: 'features', done: ++step, total: steps, unit: 'steps' });

  await store.run(`CREATE OR REPLACE TABLE org AS SELECT coalesce(
      (SELECT lower(split_part(email, '@', 2)) AS d FROM ldap WHERE email LIKE '%@%' GROUP BY d ORDER BY count(*) DESC, d LIMIT 1),
      (SELECT lower(split_part(sender, '@', 2)) AS d FROM email GROUP BY d ORDER BY count(*) DESC, d LIMIT 1),
      '') AS domain`);

  await store.run(`CREATE OR REPLACE TABLE user_profile AS
    WITH dir AS (
      SELECT user_id AS "user", arg_max(role, month) AS role, arg_max(department, month) AS department,
        arg_max(projects, month) AS projects, arg_max(employee_name, month) AS name,
        arg_max(supervisor, month) AS supervisor, min(month) AS first_month, max(month) AS last_month
      FROM ldap GROUP BY user_id),
    pcs AS (SELECT "user", pc, count(*) AS n FROM logon WHERE activity = 'Logon' GROUP BY ALL),
    own AS (SELECT "user", arg_max(pc, n) AS pc FROM pcs GROUP BY "user"),
    seen AS (SELECT DISTINCT "user" FROM logon UNION SELECT DISTINCT "user" FROM email
             UNION SELECT DISTINCT "user" FROM http UNION SELECT DISTINCT "user" FROM file
             UNION SELECT DISTINCT "user" FROM device UNION SELECT "user" FROM dir)
    SELECT s."user", coalesce(d.role, 'unknown') AS role, coalesce(d.department, 'unknown') AS department,
      d.projects, d.name, d.supervisor, d.first_month, d.last_month, o.pc AS own_pc
    FROM seen s LEFT JOIN dir d USING ("user") LEFT JOIN own o USING ("user")`);
  // A dedicated PC is the usual machine of exactly one user; shared machines belong to nobody.
  await store.run(`CREATE OR REPLACE TABLE pc_owner AS
    SELECT own_pc AS pc, any_value("user") AS owner FROM user_profile WHERE own_pc IS NOT NULL
    GROUP BY own_pc HAVING count(*) = 1`);
  tick();

  // Web categories: classify each distinct host once in TypeScript, then join. A host the lists
  // do not know, where a tenth or more of the organization's requests are uploads (and at least
  // UPLOAD_HOST_MIN of them), is where people go to put files: a file-transfer, backup or paste
  // service, counted as cloud storage. News and shopping sites take an upload (a comment, a
  // form) in about one request in a hundred.
  const hosts = await store.all<{ host: string; requests: number; uploads: number }>(
    `SELECT host, count(*)::DOUBLE AS requests,
       count(*) FILTER (activity = 'WWW Upload')::DOUBLE AS uploads
     FROM http GROUP BY host`,
  );
  await store.run(
    'CREATE OR REPLACE TABLE host_category (host VARCHAR PRIMARY KEY, category VARCHAR)',
  );
  await insertTextRows(
    store,
    'host_category',
    ['host', 'category'],
    hosts.flatMap(({ host, requests, uploads }) => {
      const category = host
        ? (categorizeHost(host) ??
          (uploads >= UPLOAD_HOST_MIN && uploads >= UPLOAD_HOST_SHARE * requests
            ? 'cloud_storage'
            : null))
        : null;
      return category ? [[host, category]] : [];
    }),
  );
  tick();

  await store.run(`CREATE OR REPLACE TEMP TABLE f_activity AS
    SELECT "user", ts::DATE AS day, count(*) AS events, count(*) FILTER (b > 0) AS events_off_hours,
      min(hour(ts) + minute(ts) / 60.0) AS first_hour, max(hour(ts) + minute(ts) / 60.0) AS last_hour
    FROM (SELECT "user", ts, ${BAND('ts')} AS b FROM (
      SELECT "user", ts FROM logon UNION ALL SELECT "user", ts FROM device UNION ALL
      SELECT "user", ts FROM file UNION ALL SELECT "user", ts FROM email UNION ALL SELECT "user", ts FROM http))
    GROUP BY ALL`);
  tick();

  await store.run(`CREATE OR REPLACE TEMP TABLE f_logon AS
    SELECT l."user", l.ts::DATE AS day,
      count(*) FILTER (l.activity = 'Logon' AND ${BAND('l.ts')} > 0) AS logons_off_hours,
      count(*) FILTER (l.activity = 'Logon' AND l.pc IS DISTINCT FROM p.own_pc) AS logons_other_pc,
      count(*) FILTER (l.activity = 'Logon' AND o.owner IS NOT NULL AND o.owner <> l."user") AS logons_others_pc,
      count(DISTINCT l.pc) AS pcs_used
    FROM logon l LEFT JOIN user_profile p USING ("user") LEFT JOIN pc_owner o ON o.pc = l.pc
    GROUP BY ALL`);
  // Removable media on somebody else's dedicated machine is "device use by non-users" in
  // CERT's list of what matters: planting software, or copying from a colleague's disk.
  await store.run(`CREATE OR REPLACE TEMP TABLE f_device AS
    SELECT d."user", d.ts::DATE AS day, count(*) FILTER (d.activity = 'Connect') AS usb_connects,
      count(*) FILTER (d.activity = 'Connect' AND ${BAND('d.ts')} > 0) AS usb_off_hours,
      count(*) FILTER (d.activity = 'Connect' AND o.owner IS NOT NULL AND o.owner <> d."user") AS usb_others_pc
    FROM device d LEFT JOIN pc_owner o ON o.pc = d.pc GROUP BY ALL`);
  tick();

  await store.run(`CREATE OR REPLACE TEMP TABLE f_file AS
    WITH f AS (
      SELECT f."user", f.ts::DATE AS day, f.pc, f.filename, f.to_removable, f.from_removable, f.activity,
        ${isExecutableFile('f')} AS executable,
        d.classification, d.compartment,
        d.owner_department, p.department, p.own_pc, o.owner
      FROM file f LEFT JOIN documents d ON d.path = f.filename LEFT JOIN user_profile p USING ("user")
      LEFT JOIN pc_owner o ON o.pc = f.pc),
    first_day AS (SELECT "user", min(ts::DATE) AS d FROM logon GROUP BY "user"),
    -- Software is deployed by name across many machines; an executable whose name the
    -- organization has never seen before (prevalence one, in endpoint-security terms) put on
    -- a machine that belongs to someone else is how a keylogger or a remote-access tool gets
    -- planted. The logs' first three weeks are excluded: everything is new then.
    installed AS (
      SELECT f."user", f.day, f.owner, lower(regexp_extract(f.filename, '[^\\\\/]+$')) AS name FROM f
      WHERE f.executable AND f.activity IN ('File Write', 'File Copy')),
    new_software AS (
      SELECT i."user", i.day, count(*) AS new_software_on_others_pc
      FROM installed i JOIN (SELECT name, min(day) AS day FROM installed GROUP BY name) n USING (name, day)
      WHERE i.owner IS NOT NULL AND i.owner <> i."user"
        AND i.day >= (SELECT min(day) FROM f) + INTERVAL 21 DAY
      GROUP BY ALL),
    -- First time this user touches a compartment, once they have a history to compare with.
    first_touch AS (
      SELECT f."user", f.compartment, min(f.day) AS day FROM f
      WHERE f.compartment IS NOT NULL AND f.compartment <> '' GROUP BY ALL),
    novel AS (
      SELECT t."user", t.day, count(*) AS new_compartments FROM first_touch t JOIN first_day fd USING ("user")
      WHERE t.day >= fd.d + INTERVAL 21 DAY GROUP BY ALL)
    SELECT f."user", f.day, count(*) AS file_events,
      count(*) FILTER (f.to_removable) AS files_to_removable,
      count(*) FILTER (f.from_removable) AS files_from_removable,
      count(*) FILTER (f.executable AND f.activity IN ('File Write', 'File Copy')) AS executables_written,
      count(*) FILTER (f.to_removable AND f.classification IN ${CLASSIFIED}) AS classified_to_removable,
      -- Opening a document and copying it to removable media are two acts; the copy is the
      -- removable group's evidence and is not counted again here (r4.2 logs only copies).
      count(*) FILTER (f.classification IN ${CLASSIFIED} AND f.to_removable IS NOT TRUE) AS classified_files,
      count(*) FILTER (f.classification IN ('SECRET', 'TOP SECRET') AND f.to_removable IS NOT TRUE) AS secret_files,
      count(*) FILTER (f.classification IN ${CLASSIFIED} AND f.owner_department IS DISTINCT FROM f.department) AS classified_outside_department,
      count(*) FILTER (f.owner IS NOT NULL AND f.owner <> f."user") AS files_on_others_pc,
      coalesce(any_value(n.new_compartments), 0) AS new_compartments,
      coalesce(any_value(ns.new_software_on_others_pc), 0) AS new_software_on_others_pc
    FROM f LEFT JOIN novel n ON n."user" = f."user" AND n.day = f.day
    LEFT JOIN new_software ns ON ns."user" = f."user" AND ns.day = f.day
    GROUP BY ALL`);
  tick();

  // The organization's own domain, bound as a constant that the per-recipient list filters
  // compare against without a join.
  const domain = (await store.all<{ domain: string }>('SELECT domain FROM org'))[0]?.domain ?? '';
  await store.run(
    `CREATE OR REPLACE TEMP TABLE f_email AS
    WITH e AS MATERIALIZED (
      SELECT id, "user", pc, day, attachment_count, attachments, content, len(rcpts) AS n_rcpt,
        len(list_filter(rcpts, x -> split_part(x, '@', 2) <> $1)) AS n_ext, rcpts
      FROM (
        SELECT id, "user", pc, ts::DATE AS day, attachment_count, attachments, content,
          list_filter(list_transform(string_split(coalesce(to_list, '') || ';' || coalesce(cc_list, '') || ';' || coalesce(bcc_list, ''), ';'),
            x -> lower(trim(x))), x -> x <> '') AS rcpts
        FROM email WHERE activity = 'Send')),
    -- Only mail that leaves the organization is looked at recipient by recipient.
    r AS (SELECT e.id, e."user", unnest(e.rcpts) AS rcpt FROM e WHERE e.n_ext > 0),
    -- The sender's own webmail address: one they have sent from themselves, or one that
    -- spells their name the ways people pick one: john.smith, jsmith, johns, smith.john
    -- (digits and dots aside).
    sent_from AS (
      SELECT DISTINCT "user", lower(trim(sender)) AS address FROM email
      WHERE activity = 'Send' AND NOT ends_with(lower(trim(sender)), '@' || $1)
        AND list_contains(${WEBMAIL}, split_part(lower(trim(sender)), '@', 2))),
    names AS (
      SELECT "user", lower(name_parts[1]) AS first, lower(name_parts[-1]) AS last FROM (
        SELECT "user", string_split(trim(name), ' ') AS name_parts FROM user_profile
        WHERE name IS NOT NULL AND trim(name) LIKE '% %')),
    rt AS (
      SELECT r.id, r."user", r.rcpt,
        list_contains(${WEBMAIL}, split_part(r.rcpt, '@', 2)) AS personal,
        k.counterparty IS NOT NULL AS relative
      FROM r
      LEFT JOIN (SELECT DISTINCT "user", counterparty FROM personnel WHERE kind = 'family_member') k
        ON k."user" = r."user" AND k.counterparty = r.rcpt),
    own AS (
      SELECT p.id, p.rcpt, sf.address IS NOT NULL OR (n.first IS NOT NULL
          AND regexp_replace(split_part(p.rcpt, '@', 1), '[^a-z]', '', 'g') IN (
            n.first || n.last, n.last || n.first, left(n.first, 1) || n.last, n.first || left(n.last, 1), n.last || left(n.first, 1))) AS own
      FROM rt p
      LEFT JOIN sent_from sf ON sf."user" = p."user" AND sf.address = p.rcpt
      LEFT JOIN names n ON n."user" = p."user"
      WHERE p.personal AND NOT p.relative),
    rc AS MATERIALIZED (
      SELECT rt.id,
        count(*) FILTER (rt.personal) AS n_personal,
        count(*) FILTER (rt.relative) AS n_relative,
        count(*) FILTER ((rt.personal OR rt.relative) AND NOT coalesce(o.own, false)) AS n_third_party
      FROM rt LEFT JOIN own o ON o.id = rt.id AND o.rcpt = rt.rcpt GROUP BY rt.id),
    -- What a mail leaving for a personal address is about, learned from the organization's
    -- own outgoing mail without labels: words far more common in mail to business addresses
    -- outside than in mail to personal ones are work vocabulary. A personal mail of which a
    -- quarter or more of the words are work vocabulary carries work, whatever is attached.
    txt AS (
      SELECT e.id, e.content, rc.n_personal > 0 OR rc.n_relative > 0 AS personal
      FROM e JOIN rc USING (id) WHERE e.content IS NOT NULL),
    words AS MATERIALIZED (SELECT id, personal, unnest(string_split(lower(content), ' ')) AS w FROM txt),
    vocab AS (
      SELECT w, count(*) FILTER (NOT personal) AS nb, count(*) FILTER (personal) AS np
      FROM words WHERE w <> '' GROUP BY w),
    totals AS (SELECT sum(nb) AS b, sum(np) AS p, count(*) AS v FROM vocab),
    work_words AS (
      SELECT w FROM vocab, totals
      WHERE ln((nb + 1) / (totals.b + totals.v)) - ln((np + 1) / (totals.p + totals.v)) > 1),
    work_share AS (
      SELECT wd.id, count(ww.w) / count(*) AS share
      FROM words wd LEFT JOIN work_words ww USING (w) WHERE wd.personal AND wd.w <> '' GROUP BY wd.id),
    att AS (
      SELECT id, count(*) FILTER (d.classification IN ${CLASSIFIED}) AS n_classified, count(*) AS n_registered FROM (
        SELECT id, unnest(regexp_extract_all(attachments, '([^;]+)\\(\\d+\\)', 1)) AS path FROM email
        WHERE attachments IS NOT NULL AND activity = 'Send') a
      JOIN documents d ON d.path = trim(a.path) GROUP BY id)
    SELECT e."user", e.day, count(*) AS emails_sent,
      count(*) FILTER (e.n_ext > 0) AS external_emails,
      count(*) FILTER (rc.n_personal > 0) AS personal_emails,
      coalesce(sum(e.attachment_count) FILTER (e.n_ext > 0), 0) AS attachments_external,
      coalesce(sum(e.attachment_count) FILTER (rc.n_personal > 0 OR rc.n_relative > 0), 0) AS attachments_personal,
      coalesce(sum(e.attachment_count) FILTER (rc.n_relative > 0), 0) AS attachments_relative,
      coalesce(sum(a.n_classified) FILTER (e.n_ext > 0), 0) AS classified_attachments_external,
      -- Documents of the organization's registry mailed to someone else's personal address (a
      -- relative, a friend, a handler) are a disclosure; mailed to one's own, they went home to
      -- be worked on: a breach of policy, but not yet in anyone else's hands.
      coalesce(sum(a.n_registered) FILTER (rc.n_third_party > 0), 0) AS registered_documents_to_personal,
      coalesce(sum(a.n_classified) FILTER (rc.n_third_party > 0), 0) AS classified_documents_to_personal,
      coalesce(sum(a.n_registered) FILTER (rc.n_personal > 0 AND rc.n_third_party = 0), 0) AS documents_to_own_address,
      count(*) FILTER (rc.n_third_party > 0 AND ws.share >= 0.25) AS work_mail_to_others_personal,
      coalesce(max(e.n_rcpt), 0) AS max_recipients,
      -- Mail carried out from a colleague's machine leaves under the wrong name at first look.
      coalesce(sum(e.attachment_count) FILTER (e.n_ext > 0 AND o.owner IS NOT NULL AND o.owner <> e."user"), 0)
        AS attachments_out_from_others_pc
    FROM e LEFT JOIN rc USING (id) LEFT JOIN att a USING (id) LEFT JOIN pc_owner o ON o.pc = e.pc
    LEFT JOIN work_share ws USING (id)
    GROUP BY ALL`,
    [domain],
  );
  tick();

  await store.run(`CREATE OR REPLACE TEMP TABLE f_http AS
    -- Hosts on which a user read pages whose paths name hacking tools, per day: a download from
    -- such a host that day comes from the tool pages just read, whatever the host's name.
    WITH tool_pages AS (
      SELECT DISTINCT "user", ts::DATE AS day, host FROM http
      WHERE url IS NOT NULL AND regexp_matches(url, ${HACKING_PATH}, 'i'))
    SELECT v."user", v.ts::DATE AS day, count(*) AS web_visits,
      count(*) FILTER (v.category = 'job_search') AS job_search,
      count(*) FILTER (v.category = 'cloud_storage') AS cloud_storage,
      count(*) FILTER (v.category = 'leak_site') AS leak_site,
      count(*) FILTER (v.category = 'hacking') AS hacking,
      count(*) FILTER (v.category = 'hacking' AND v.activity = 'WWW Download') AS hacking_downloads,
      count(*) FILTER (v.category = 'gambling') AS gambling,
      count(*) FILTER (v.activity = 'WWW Upload') AS uploads,
      count(*) FILTER (v.activity = 'WWW Download') AS downloads,
      count(*) FILTER (v.activity = 'WWW Upload' AND v.category IN ('cloud_storage', 'leak_site')) AS exfil_uploads
    FROM (
      -- A visit's category comes from its host; on an uncategorized host, a kept URL whose
      -- path names a hacking tool (ingest keeps only those visits' URLs), a download whose
      -- page text names two tools, or a download from a host whose tool pages the user read
      -- that day, counts as hacking.
      SELECT h."user", h.ts, h.activity,
        coalesce(c.category, CASE WHEN (h.url IS NOT NULL AND regexp_matches(h.url, ${HACKING_PATH}, 'i'))
          OR h.names_tool OR t.host IS NOT NULL THEN 'hacking' END) AS category
      FROM http h LEFT JOIN host_category c ON c.host = h.host
      LEFT JOIN tool_pages t ON h.activity = 'WWW Download' AND t."user" = h."user"
        AND t.day = h.ts::DATE AND t.host = h.host) v
    GROUP BY ALL`);
  tick();

  // Layoffs: share of a department's staff who vanished from the directory in the last two months.
  await store.run(`CREATE OR REPLACE TEMP TABLE layoffs AS
    WITH months AS (SELECT DISTINCT month FROM ldap),
    sizes AS (SELECT month, department, count(*) AS staff FROM ldap GROUP BY ALL),
    gone AS (
      SELECT m.month, l.department, count(*) AS departed FROM ldap l
      JOIN months m ON m.month > l.month
      WHERE NOT EXISTS (SELECT 1 FROM ldap x WHERE x.user_id = l.user_id AND x.month > l.month)
        AND m.month = (SELECT min(month) FROM months WHERE month > l.month)
      GROUP BY ALL)
    SELECT s.month, s.department,
      (coalesce(g.departed, 0) + coalesce(g2.departed, 0)) / s.staff::DOUBLE AS rate
    FROM sizes s
    LEFT JOIN gone g ON g.month = s.month AND g.department = s.department
    LEFT JOIN gone g2 ON g2.department = s.department
      AND g2.month = (SELECT max(month) FROM months WHERE month < s.month)`);
  tick();

  // Departures: users the directory no longer lists at its latest snapshot. Their last month
  // of activity is when departing staff take what they want to keep (CERT finds most theft of
  // intellectual property within 30 days of leaving), so that month is reviewed with it in mind.
  await store.run(`CREATE OR REPLACE TEMP TABLE departures AS
    SELECT a."user", max(a.day) AS last_day FROM f_activity a
    WHERE a."user" IN (SELECT user_id FROM ldap GROUP BY user_id
      HAVING max(month) < (SELECT max(month) FROM ldap))
    GROUP BY ALL`);
  tick();

  await store.run(`CREATE OR REPLACE TABLE user_day AS
    WITH ctx AS (
      SELECT a."user", a.day,
        max(CASE WHEN p.kind = 'foreign_travel' AND a.day BETWEEN p.date AND coalesce(p.until, p.date) + INTERVAL 90 DAY THEN 1 ELSE 0 END) AS recent_foreign_travel,
        max(CASE WHEN p.kind = 'foreign_contact' AND a.day BETWEEN p.date AND p.date + INTERVAL 180 DAY THEN 1 ELSE 0 END) AS foreign_contact,
        max(CASE WHEN p.kind = 'financial_distress' AND a.day BETWEEN p.date AND coalesce(p.until, p.date + INTERVAL 365 DAY) THEN 1 ELSE 0 END) AS financial_distress,
        max(CASE WHEN p.kind = 'resignation_notice' AND a.day BETWEEN p.date AND p.date + INTERVAL 120 DAY THEN 1 ELSE 0 END) AS resignation_notice
      FROM f_activity a JOIN personnel p USING ("user") GROUP BY ALL)
    SELECT a."user", a.day, p.role, p.department, a.events, a.events_off_hours, a.first_hour, a.last_hour,
      coalesce(l.logons_off_hours, 0) AS logons_off_hours, coalesce(l.logons_other_pc, 0) AS logons_other_pc,
      coalesce(l.logons_others_pc, 0) AS logons_others_pc, coalesce(l.pcs_used, 0) AS pcs_used,
      coalesce(d.usb_connects, 0) AS usb_connects, coalesce(d.usb_off_hours, 0) AS usb_off_hours,
      coalesce(d.usb_others_pc, 0) AS usb_others_pc,
      coalesce(f.files_to_removable, 0) AS files_to_removable, coalesce(f.classified_to_removable, 0) AS classified_to_removable,
      coalesce(f.files_from_removable, 0) AS files_from_removable, coalesce(f.executables_written, 0) AS executables_written,
      coalesce(f.file_events, 0) AS file_events, coalesce(f.classified_files, 0) AS classified_files,
      coalesce(f.secret_files, 0) AS secret_files, coalesce(f.classified_outside_department, 0) AS classified_outside_department,
      coalesce(f.new_compartments, 0) AS new_compartments, coalesce(f.files_on_others_pc, 0) AS files_on_others_pc,
      coalesce(f.new_software_on_others_pc, 0) AS new_software_on_others_pc,
      coalesce(e.emails_sent, 0) AS emails_sent, coalesce(e.external_emails, 0) AS external_emails,
      coalesce(e.personal_emails, 0) AS personal_emails, coalesce(e.attachments_external, 0) AS attachments_external,
      coalesce(e.attachments_personal, 0) AS attachments_personal, coalesce(e.attachments_relative, 0) AS attachments_relative,
      coalesce(e.classified_attachments_external, 0) AS classified_attachments_external,
      coalesce(e.registered_documents_to_personal, 0) AS registered_documents_to_personal,
      coalesce(e.classified_documents_to_personal, 0) AS classified_documents_to_personal,
      coalesce(e.documents_to_own_address, 0) AS documents_to_own_address,
      coalesce(e.work_mail_to_others_personal, 0) AS work_mail_to_others_personal,
      coalesce(e.attachments_out_from_others_pc, 0) AS attachments_out_from_others_pc, coalesce(e.max_recipients, 0) AS max_recipients,
      coalesce(h.web_visits, 0) AS web_visits, coalesce(h.job_search, 0) AS job_search, coalesce(h.cloud_storage, 0) AS cloud_storage,
      coalesce(h.leak_site, 0) AS leak_site, coalesce(h.hacking, 0) AS hacking, coalesce(h.hacking_downloads, 0) AS hacking_downloads, coalesce(h.gambling, 0) AS gambling,
      coalesce(h.uploads, 0) AS uploads, coalesce(h.downloads, 0) AS downloads, coalesce(h.exfil_uploads, 0) AS exfil_uploads,
      coalesce(c.recent_foreign_travel, 0) AS recent_foreign_travel, coalesce(c.foreign_contact, 0) AS foreign_contact,
      coalesce(c.financial_distress, 0) AS financial_distress, coalesce(c.resignation_notice, 0) AS resignation_notice,
      CASE WHEN coalesce(lo.rate, 0) >= 0.1 THEN 1 ELSE 0 END AS department_layoffs,
      CASE WHEN a.day >= dep.last_day - INTERVAL 30 DAY THEN 1 ELSE 0 END AS departing,
      -- Acquiring a tool and deploying it are two acts days apart: executables a user writes in
      -- the two weeks after downloading from a hacking-tool site are counted on their own.
      CASE WHEN coalesce(f.executables_written, 0) > 0 AND ${TOOL_DOWNLOADED} THEN f.executables_written ELSE 0 END
        AS executables_after_tool_download,
      -- The same chain where the logs do not record what is written from removable media (r4.2
      -- logs only copies to it): a thumb drive brought to someone else's machine after a tool
      -- download is how the tool gets there.
      CASE WHEN coalesce(d.usb_others_pc, 0) > 0 AND ${TOOL_DOWNLOADED} THEN d.usb_others_pc ELSE 0 END
        AS removable_on_others_pc_after_tool_download
    FROM f_activity a
    LEFT JOIN user_profile p USING ("user")
    LEFT JOIN f_logon l USING ("user", day) LEFT JOIN f_device d USING ("user", day)
    LEFT JOIN f_file f USING ("user", day) LEFT JOIN f_email e USING ("user", day)
    LEFT JOIN f_http h USING ("user", day) LEFT JOIN ctx c USING ("user", day)
    LEFT JOIN layoffs lo ON lo.department = p.department AND lo.month = strftime(a.day, '%Y-%m')
    LEFT JOIN departures dep USING ("user")
    ORDER BY a."user", a.day`);
  tick();
  for (const t of [
    'f_activity',
    'f_logon',
    'f_device',
    'f_file',
    'f_email',
    'f_http',
    'layoffs',
    'departures',
  ]) {
    await store.run(`DROP TABLE IF EXISTS ${t}`);
  }
  const rows = await store.all<{ n: bigint }>('SELECT count(*) AS n FROM user_day');
  return Number(rows[0]?.n ?? 0);
}
