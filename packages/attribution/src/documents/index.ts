export { detectLanguage, countWords, type Lang } from './language.ts';
export { readSourceDocument, type SourceDocument } from './read-document.ts';
export { parseRecipientsCsv, readRecipientsFile, type Recipient } from './recipients-csv.ts';
