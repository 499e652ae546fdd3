import { Command } from 'commander';
import { registerVerbs } from './verbs/index.ts';

const program = new Command('vigil')
  .description('Vigil: insider-threat and counter-espionage analytics')
  .showHelpAfterError()
  .exitOverride((err) => {
    // Commander's own usage errors (unknown verb, missing argument) exit 2, like bad input.
    process.exit(err.exitCode === 0 ? 0 : 2);
  });
registerVerbs(program);
await program.parseAsync(process.argv);
