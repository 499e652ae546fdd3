/**
 * Every behavioral feature computed per user-day, with what an analyst reads about it and
 * how much it weighs. Weights are priors on how close a behavior sits to harm (CERT's
 * "significant" list, and the MICE espionage routes): channels that move data out of the
 * organization and access beyond one's remit weigh most; volume and timing weigh least.
 * Whether a behavior is unusual is learned from data (the user's own history and peers),
 * never from these weights.
 */
export interface FeatureSpec {
  name: string;
  /** Phrase completed by a number: "{n} files copied to removable media". */
  label: string;
  weight: number;
  group: 'timing' | 'access' | 'removable' | 'system' | 'email' | 'web' | 'documents';
}

export const BEHAVIOR_FEATURES: readonly FeatureSpec[] = [
  { name: 'events_off_hours', label: 'events outside work hours', weight: 0.8, group: 'timing' },
  { name: 'logons_off_hours', label: 'logons outside work hours', weight: 0.8, group: 'timing' },
  {
    name: 'logons_other_pc',
    label: 'logons to PCs other than their own',
    weight: 0.8,
    group: 'access',
  },
  {
    name: 'logons_others_pc',
    label: "logons to another user's dedicated PC",
    weight: 1.2,
    group: 'access',
  },
  { name: 'pcs_used', label: 'distinct PCs used', weight: 0.5, group: 'access' },
  {
    name: 'usb_others_pc',
    label: "removable-media connections on another user's dedicated PC",
    weight: 1.5,
    group: 'access',
  },
  { name: 'usb_connects', label: 'removable-media connections', weight: 1.2, group: 'removable' },
  {
    name: 'usb_off_hours',
    label: 'removable-media connections outside work hours',
    weight: 1.5,
    group: 'removable',
  },
  {
    name: 'files_to_removable',
    label: 'files copied to removable media',
    weight: 2.0,
    group: 'removable',
  },
  {
    name: 'classified_to_removable',
    label: 'classified files copied to removable media',
    weight: 3.0,
    group: 'removable',
  },
  {
    name: 'files_from_removable',
    label: 'files copied from removable media onto the machine',
    weight: 1.2,
    group: 'removable',
  },
  {
    name: 'executables_written',
    label: 'executable files written or copied',
    weight: 2.5,
    // Planting software (a keylogger, a tunnel) is its own kind of act, whether it arrives on
    // a USB stick or from the web: it must not be discounted as one more removable-media signal.
    group: 'system',
  },
  {
    name: 'executables_after_tool_download',
    label: 'executable files written within two weeks of a download from a hacking-tool site',
    weight: 2.5,
    group: 'system',
  },
  {
    name: 'removable_on_others_pc_after_tool_download',
    label:
      "removable-media connections on another user's dedicated PC within two weeks of a download from a hacking-tool site",
    weight: 2.5,
    group: 'system',
  },
  {
    name: 'new_software_on_others_pc',
    // Weighed with the disclosures (3.0–4.0), not with routine installs: whatever the tool,
    // software nobody else runs, put on a colleague's machine, is access to that colleague.
    label: "executables new to the organization written to another user's dedicated PC",
    weight: 3.5,
    group: 'system',
  },
  { name: 'file_events', label: 'file operations', weight: 0.4, group: 'documents' },
  {
    name: 'classified_files',
    label: 'classified documents opened',
    weight: 1.0,
    group: 'documents',
  },
  {
    name: 'secret_files',
    label: 'SECRET or TOP SECRET documents opened',
    weight: 1.6,
    group: 'documents',
  },
  {
    name: 'classified_outside_department',
    label: 'classified documents of another department opened',
    weight: 2.5,
    group: 'documents',
  },
  {
    name: 'new_compartments',
    label: 'compartments accessed for the first time',
    weight: 2.0,
    group: 'documents',
  },
  {
    name: 'attachments_out_from_others_pc',
    label: "attachments sent outside the organization from another user's dedicated PC",
    weight: 2.0,
    group: 'access',
  },
  {
    name: 'files_on_others_pc',
    label: "files handled on another user's PC",
    weight: 1.0,
    group: 'access',
  },
  { name: 'emails_sent', label: 'e-mails sent', weight: 0.3, group: 'email' },
  {
    name: 'external_emails',
    label: 'e-mails to outside the organization',
    weight: 0.6,
    group: 'email',
  },
  {
    name: 'personal_emails',
    label: 'e-mails to personal web-mail addresses',
    weight: 1.2,
    group: 'email',
  },
  {
    name: 'attachments_external',
    label: 'attachments sent outside the organization',
    weight: 1.5,
    group: 'email',
  },
  {
    name: 'attachments_personal',
    label: 'attachments sent to personal addresses',
    weight: 2.2,
    group: 'email',
  },
  {
    name: 'attachments_relative',
    label: 'attachments sent to a registered relative',
    weight: 2.5,
    group: 'email',
  },
  {
    name: 'classified_attachments_external',
    label: 'classified documents attached to mail leaving the organization',
    weight: 3.0,
    group: 'email',
  },
  {
    name: 'registered_documents_to_personal',
    label: "the organization's registered documents mailed to someone else's personal address",
    weight: 3.0,
    group: 'email',
  },
  {
    name: 'classified_documents_to_personal',
    label: "classified documents mailed to someone else's personal address",
    weight: 4.0,
    group: 'email',
  },
  {
    name: 'work_mail_to_others_personal',
    label: "e-mails about work to someone else's personal address",
    weight: 3.0,
    group: 'documents',
  },
  {
    name: 'documents_to_own_address',
    label: "the organization's registered documents mailed to the sender's own personal address",
    weight: 2.0,
    group: 'email',
  },
  { name: 'max_recipients', label: 'recipients on the widest e-mail', weight: 0.8, group: 'email' },
  { name: 'web_visits', label: 'web requests', weight: 0.2, group: 'web' },
  { name: 'job_search', label: 'job-search site requests', weight: 1.0, group: 'web' },
  { name: 'cloud_storage', label: 'cloud-storage site requests', weight: 1.0, group: 'web' },
  { name: 'leak_site', label: 'leak-site requests', weight: 3.0, group: 'web' },
  { name: 'hacking', label: 'hacking-tool site requests', weight: 2.5, group: 'web' },
  {
    name: 'hacking_downloads',
    label: 'downloads from hacking-tool sites',
    weight: 3.0,
    group: 'web',
  },
  { name: 'gambling', label: 'gambling site requests', weight: 0.8, group: 'web' },
  { name: 'uploads', label: 'web uploads', weight: 1.2, group: 'web' },
  { name: 'downloads', label: 'web downloads', weight: 0.5, group: 'web' },
  {
    name: 'exfil_uploads',
    label: 'uploads to cloud-storage or leak sites',
    weight: 2.5,
    group: 'web',
  },
];

/**
 * The label as read after `count`: "1 file copied to removable media", not "1 files". Labels are
 * written in the plural, and their counted noun is the first word that ends in a plural `s`
 * ("the organization's registered documents mailed …" counts documents, not the organization).
 */
export function countedLabel(label: string, count: number): string {
  return count === 1 ? label.replace(/(^|\s)([\w-]*[^s'\s])s(?=\s|$)/, '$1$2') : label;
}

/**
 * Personnel-security context (what the security office knows about motive and exposure).
 * It never raises an alert alone: it amplifies unusual behavior, because a traveler or a
 * person in debt who behaves as always is no concern.
 */
export interface ContextSpec {
  name: string;
  label: string;
  /** Multiplier added to 1 when the context holds. */
  amplification: number;
}

export const CONTEXT_FEATURES: readonly ContextSpec[] = [
  {
    name: 'recent_foreign_travel',
    label: 'returned from foreign travel within 90 days',
    amplification: 0.5,
  },
  {
    name: 'foreign_contact',
    label: 'reported a foreign contact within 180 days',
    amplification: 0.3,
  },
  { name: 'financial_distress', label: 'financial distress on record', amplification: 0.5 },
  { name: 'resignation_notice', label: 'gave resignation notice', amplification: 0.4 },
  { name: 'department_layoffs', label: 'department hit by layoffs', amplification: 0.4 },
  {
    name: 'departing',
    label: 'left the organization within the following 30 days',
    amplification: 0.4,
  },
];
