import { describe, expect, it } from 'vitest';
import { pageNamesHackingTool, pathNamesHackingTool } from './hacking-tool-paths.ts';

describe('hacking-tool words in URL paths', () => {
  it('GIVEN a tool named in the path of a general site WHEN checked THEN it matches, in any case', () => {
    expect(pathNamesHackingTool('http://securityfocus.com/download/Ardamax-KEYLOGGER')).toBe(true);
    expect(pathNamesHackingTool('https://files.example.org/mirror/rootkit.zip')).toBe(true);
    expect(pathNamesHackingTool('http://forum.example.net/t?q=spyware+removal')).toBe(true);
  });

  it('GIVEN everyday paths and words in the host only WHEN checked THEN nothing matches', () => {
    expect(pathNamesHackingTool('http://lifehacks.example.com/kitchen/spyglass-crackers')).toBe(
      false,
    );
    expect(pathNamesHackingTool('http://keylogger-news.example.com/')).toBe(false);
    expect(pathNamesHackingTool('http://news.example.com/2010/data-leak-report')).toBe(false);
  });

  it('GIVEN page text WHEN two distinct tool words appear THEN the page names a tool; one word or repeats do not', () => {
    expect(
      pageNamesHackingTool('free trial keylogger records every keystroke; hidden Trojan mode'),
    ).toBe(true);
    expect(pageNamesHackingTool('exploit exploit exploit of the river valley')).toBe(false);
    expect(pageNamesHackingTool('quarterly budget meeting notes')).toBe(false);
  });
});
