import { isCjkChar } from './fonts.ts';

/**
 * The printable structure of a Markdown or plain-text document: headings, paragraphs and list
 * items. Inline Markdown markup (emphasis, code ticks, link targets) is dropped because a print
 * shows the words, not the syntax.
 */
export interface TextBlock {
  kind: 'heading' | 'paragraph' | 'item';
  text: string;
}

const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/u;
const LIST_ITEM = /^\s{0,3}([-*+]|\d{1,3}[.)])\s+(.*)$/u;

const stripInlineMarkup = (line: string): string =>
  line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .replace(/`([^`]*)`/gu, '$1');

/** Joins two wrapped source lines: no space between Chinese characters, one space otherwise. */
const joinLines = (left: string, right: string): string => {
  if (left === '') return right;
  const last = [...left].pop() ?? '';
  const first = [...right][0] ?? '';
  return isCjkChar(last) || isCjkChar(first) ? left + right : `${left} ${right}`;
};

export const parseTextBlocks = (source: string): TextBlock[] => {
  const blocks: TextBlock[] = [];
  let open: TextBlock | undefined;
  const close = (): void => {
    if (open && open.text.trim() !== '') blocks.push({ kind: open.kind, text: open.text.trim() });
    open = undefined;
  };
  for (const rawLine of source.replace(/\r\n?/gu, '\n').split('\n')) {
    const line = rawLine.trim();
    if (line === '' || /^(```|~~~|---+$|\*\*\*+$)/u.test(line)) {
      close();
      continue;
    }
    const heading = HEADING.exec(rawLine);
    if (heading) {
      close();
      blocks.push({ kind: 'heading', text: stripInlineMarkup(heading[2] ?? '') });
      continue;
    }
    const item = LIST_ITEM.exec(rawLine);
    if (item) {
      close();
      const marker = /^\d/u.test(item[1] ?? '') ? `${item[1]} ` : '• ';
      open = { kind: 'item', text: marker + stripInlineMarkup(item[2] ?? '') };
      continue;
    }
    const text = stripInlineMarkup(line);
    if (open) open.text = joinLines(open.text, text);
    else open = { kind: 'paragraph', text };
  }
  close();
  return blocks;
};
