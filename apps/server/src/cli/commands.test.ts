import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commands, registersFor } from './commands.js';

describe('the bole command table', () => {
  it('names, for every entry, exactly the top-level commands its register function adds', async () => {
    for (const entry of commands) {
      const program = new Command('bole');
      (await entry.load())(program);
      expect(program.commands.map((c) => c.name())).toEqual(entry.names);
    }
  });

  it('loads only the command being run, and every command for help or an unknown name', async () => {
    expect(await registersFor(['eval', '--at', '2026-07-01'])).toHaveLength(1);
    expect(await registersFor(['--help'])).toHaveLength(commands.length);
    expect(await registersFor(['no-such-command'])).toHaveLength(commands.length);
  });
});
