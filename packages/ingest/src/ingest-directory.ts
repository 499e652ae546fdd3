import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { inputError, type LogKind } from '@vigil/core';
import type { EventStore } from '@vigil/event-store';
import { detectLogLayout } from './cert/log-layouts.ts';
import { loadLogFile } from './cert/log-file-loader.ts';
import {
  loadDocuments,
  loadLdapSnapshot,
  loadPersonnel,
  loadPsychometric,
} from './context/context-loaders.ts';
import { loadJsonlFile } from './jsonl/jsonl-loader.ts';
import { fileFingerprint, readFirstLine } from './file-fingerprint.ts';

export type IngestFileKind =
  LogKind | 'ldap' | 'psychometric' | 'documents' | 'personnel' | 'jsonl';

export interface IngestFileReport {
  file: string;
  kind: IngestFileKind;
  release: string | null;
  bytes: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  /** True when the same content was ingested before and the file was not read again. */
  unchanged: boolean;
  seconds: number;
}

export interface IngestSummary {
  directory: string;
  files: IngestFileReport[];
  ignored: string[];
  accepted: number;
  duplicates: number;
  rejected: number;
  bytes: number;
  seconds: number;
}

export type IngestProgress = (event: {
  phase: string;
  done: number;
  total?: number;
  unit?: string;
}) => void;

interface PlannedFile {
  file: string;
  kind: IngestFileKind;
}

const LOG_FILES: Record<string, LogKind> = {
  'logon.csv': 'logon',
  'device.csv': 'device',
  'file.csv': 'file',
  'email.csv': 'email',
  'http.csv': 'http',
};
const CONTEXT_FILES: Record<string, IngestFileKind> = {
  'documents.csv': 'documents',
  'personnel.csv': 'personnel',
  'psychometric.csv': 'psychometric',
};

/** Finds what a folder holds: CERT logs, LDAP snapshots, Vigil context files, JSON Lines feeds. */
export function planIngest(directory: string): { files: PlannedFile[]; ignored: string[] } {
  if (!existsSync(directory) || !statSync(directory).isDirectory()) {
    throw inputError('ingest.no_directory', `${directory} is not a directory`);
  }
  const files: PlannedFile[] = [];
  const ignored: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.toLowerCase() === 'ldap') {
        for (const month of readdirSync(full).sort()) {
          if (/^\d{4}-\d{2}\.csv$/.test(month))
            files.push({ file: path.join(full, month), kind: 'ldap' });
          else ignored.push(path.join(full, month));
        }
      } else ignored.push(full);
      continue;
    }
    const name = entry.name.toLowerCase();
    if (LOG_FILES[name]) files.push({ file: full, kind: LOG_FILES[name] });
    else if (CONTEXT_FILES[name]) files.push({ file: full, kind: CONTEXT_FILES[name] });
    else if (name.endsWith('.jsonl') || name.endsWith('.ndjson'))
      files.push({ file: full, kind: 'jsonl' });
    else ignored.push(full);
  }
  // Context first: scoring joins logs to the directory, the registry and personnel records.
  const order = (k: IngestFileKind) =>
    ['ldap', 'psychometric', 'documents', 'personnel'].includes(k) ? 0 : 1;
  files.sort((a, b) => order(a.kind) - order(b.kind));
  if (files.length === 0) {
    throw inputError(
      'ingest.nothing_to_ingest',
      `${directory} holds no activity logs: expected CERT files (logon.csv, device.csv, file.csv, email.csv, http.csv, LDAP/YYYY-MM.csv), documents.csv, personnel.csv or *.jsonl`,
    );
  }
  return { files, ignored };
}

export async function ingestDirectory(
  store: EventStore,
  directory: string,
  onProgress: IngestProgress = () => {},
): Promise<IngestSummary> {
  const started = performance.now();
  const { files, ignored } = planIngest(directory);
  const reports: IngestFileReport[] = [];
  let done = 0;
  let scan = 0;
  const totalBytes = files.reduce((s, f) => s + statSync(f.file).size, 0);
  let doneBytes = 0;
  for (const planned of files) {
    const t0 = performance.now();
    const { fingerprint, bytes } = await fileFingerprint(planned.file);
    const seen = await store.all(
      'SELECT 1 FROM ingested_files WHERE path = $1 AND fingerprint = $2',
      [path.resolve(planned.file), fingerprint],
    );
    let release: string | null = null;
    let result = { accepted: 0, duplicates: 0, rejected: 0 };
    // Within a file: how much of it the loader has read when the store can tell (a CERT log is
    // one scan), otherwise the seconds spent on it so far. The statements that follow the scan
    // (quarantine, bookkeeping) report nothing, and a file that showed its megabytes keeps them.
    let measured = false;
    const heartbeat = setInterval(() => {
      const phase = `ingest ${path.basename(planned.file)}`;
      const percent = store.progress();
      if (percent !== undefined) {
        measured = true;
        const mb = (n: number) => Math.round(n / 1e6);
        onProgress({ phase, done: mb((percent / 100) * bytes), total: mb(bytes), unit: 'MB' });
      } else if (!measured) {
        onProgress({ phase, done: Math.round((performance.now() - t0) / 1000), unit: 's' });
      }
    }, 1000);
    try {
      if (seen.length === 0) {
        result = await store.transaction(async () => {
          let r: { accepted: number; duplicates: number; rejected: number };
          switch (planned.kind) {
            case 'ldap':
              r = await loadLdapSnapshot(store, planned.file);
              break;
            case 'documents':
              r = await loadDocuments(store, planned.file);
              break;
            case 'personnel':
              r = await loadPersonnel(store, planned.file);
              break;
            case 'psychometric':
              r = await loadPsychometric(store, planned.file);
              break;
            case 'jsonl':
              r = await loadJsonlFile(store, planned.file);
              break;
            default: {
              const layout = detectLogLayout(
                planned.kind,
                planned.file,
                await readFirstLine(planned.file),
              );
              release = layout.release;
              r = await loadLogFile(store, planned.file, layout, `s${scan++}`);
            }
          }
          await store.run(
            'INSERT OR REPLACE INTO ingested_files VALUES ($1, $2, $3, $4, $5, $6, $7, current_timestamp::TIMESTAMP)',
            [
              path.resolve(planned.file),
              fingerprint,
              planned.kind,
              release,
              bytes,
              r.accepted,
              r.rejected,
            ],
          );
          return r;
        });
      }
    } finally {
      clearInterval(heartbeat);
    }
    reports.push({
      file: planned.file,
      kind: planned.kind,
      release,
      bytes,
      ...result,
      unchanged: seen.length > 0,
      seconds: (performance.now() - t0) / 1000,
    });
    doneBytes += bytes;
    onProgress({
      phase: 'ingest',
      done: ++done,
      total: files.length,
      unit: `files (${(doneBytes / 1e6).toFixed(0)}/${(totalBytes / 1e6).toFixed(0)} MB)`,
    });
  }
  const sum = (k: 'accepted' | 'duplicates' | 'rejected' | 'bytes') =>
    reports.reduce((s, r) => s + r[k], 0);
  return {
    directory,
    files: reports,
    ignored,
    accepted: sum('accepted'),
    duplicates: sum('duplicates'),
    rejected: sum('rejected'),
    bytes: sum('bytes'),
    seconds: (performance.now() - started) / 1000,
  };
}
