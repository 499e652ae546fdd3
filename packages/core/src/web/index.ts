export {
  HACKING_TOOL_PATH_WORDS,
  HACKING_TOOL_PATH_PATTERN,
  pathNamesHackingTool,
  HACKING_TOOL_WORD_PATTERN,
  pageNamesHackingTool,
} from './hacking-tool-paths.ts';
