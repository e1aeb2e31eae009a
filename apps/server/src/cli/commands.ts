import type { Command } from 'commander';
import { registerUserCommands } from './user.command.js';
import { registerSeedCommand } from './seed.command.js';
import { registerAuditCommands } from '../audit/audit.command.js';
import { registerKeyCommands } from '../talent-code/keys.command.js';
import { registerEvalCommand } from './eval.command.js';
import { registerExplainCommand } from './explain.command.js';
import { registerSimulateCommand } from '../policies/simulate.command.js';
import { registerRecognitionCommands } from '../recognition/recognition.command.js';
import { registerSweepCommand } from '../benefits/sweep.command.js';
import { registerPayCommand } from '../payments/pay.command.js';
import { registerApplicationCommands } from '../applications/application.command.js';
import { registerCalendarCommands } from '../calendar/calendar.command.js';
import { registerEvidenceCommands } from '../evidence/evidence.command.js';
import { registerBackupCommands } from '../backup/backup.command.js';
import { registerHousingCommands } from '../housing/housing.command.js';

/** A CLI command: adds itself to the program. */
export type RegisterCommand = (program: Command) => void;

/** Every `bole` command, in the order `bole --help` lists them. Add yours here. */
export const commands: RegisterCommand[] = [
  registerUserCommands,
  registerAuditCommands,
  registerKeyCommands,
  registerSeedCommand,
  registerEvalCommand,
  registerExplainCommand,
  registerSimulateCommand,
  registerRecognitionCommands,
  registerSweepCommand,
  registerPayCommand,
  registerApplicationCommands,
  registerCalendarCommands,
  registerEvidenceCommands,
  registerBackupCommands,
  registerHousingCommands,
];
