import type { LogKind } from '@vigil/core';

export const RELEASES = ['r4.2', 'r6.2'] as const;
export type Release = (typeof RELEASES)[number];

/** CERT headers per release; ingestion detects the release from them. */
export const LOG_HEADERS: Readonly<Record<Release, Readonly<Record<LogKind, string>>>> = {
  'r4.2': {
    logon: 'id,date,user,pc,activity',
    device: 'id,date,user,pc,activity',
    file: 'id,date,user,pc,filename,content',
    email: 'id,date,user,pc,to,cc,bcc,from,size,attachments,content',
    http: 'id,date,user,pc,url,content',
  },
  'r6.2': {
    logon: 'id,date,user,pc,activity',
    device: 'id,date,user,pc,file_tree,activity',
    file: 'id,date,user,pc,filename,activity,to_removable_media,from_removable_media,content',
    email: 'id,date,user,pc,to,cc,bcc,from,activity,size,attachments,content',
    http: 'id,date,user,pc,url,activity,content',
  },
};
