/** Script of a document: decides line breaking (spaces vs between characters) and OCR language. */
export type Lang = 'en' | 'zh';
