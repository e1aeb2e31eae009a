import type { Command } from 'commander';

/** A CLI command: adds itself to the program. */
export type RegisterCommand = (program: Command) => void;

/** Every `bole` command, in the order `bole --help` lists them. Add yours here. */
export const commands: RegisterCommand[] = [];
