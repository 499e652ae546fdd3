export {
  HACKING_TOOL_PATH_WORDS,
  HACKING_TOOL_PATH_PATTERN,
  pathNamesHackingTool,
} from './hacking-tool-paths.ts';
