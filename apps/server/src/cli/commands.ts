import type { Command } from 'commander';

/** A CLI command: adds itself to the program. */
export type RegisterCommand = (program: Command) => void;

/** A top-level command (or group), loaded only when it is run or when help lists every command. */
export interface CommandEntry {
  /** The top-level name(s) its register function adds. */
  names: readonly string[];
  load: () => Promise<RegisterCommand>;
}

/**
 * Every `bole` command, in the order `bole --help` lists them. Add yours here. Loading is lazy
 * so that a command starts without the others' modules (`bole eval` needs no database driver).
 */
export const commands: CommandEntry[] = [
  { names: ['user'], load: async () => (await import('./user.command.js')).registerUserCommands },
  { names: ['audit'], load: async () => (await import('../audit/audit.command.js')).registerAuditCommands },
  { names: ['keys'], load: async () => (await import('../talent-code/keys.command.js')).registerKeyCommands },
  { names: ['seed'], load: async () => (await import('./seed.command.js')).registerSeedCommand },
  { names: ['eval'], load: async () => (await import('./eval.command.js')).registerEvalCommand },
  { names: ['explain'], load: async () => (await import('./explain.command.js')).registerExplainCommand },
  { names: ['simulate'], load: async () => (await import('../policies/simulate.command.js')).registerSimulateCommand },
  { names: ['recognition'], load: async () => (await import('../recognition/recognition.command.js')).registerRecognitionCommands },
  { names: ['sweep'], load: async () => (await import('../benefits/sweep.command.js')).registerSweepCommand },
  { names: ['pay'], load: async () => (await import('../payments/pay.command.js')).registerPayCommand },
  { names: ['applications'], load: async () => (await import('../applications/application.command.js')).registerApplicationCommands },
  { names: ['calendar'], load: async () => (await import('../calendar/calendar.command.js')).registerCalendarCommands },
  { names: ['evidence'], load: async () => (await import('../evidence/evidence.command.js')).registerEvidenceCommands },
  { names: ['backup', 'restore'], load: async () => (await import('../backup/backup.command.js')).registerBackupCommands },
  { names: ['region'], load: async () => (await import('../region/region.command.js')).registerRegionCommands },
  { names: ['housing'], load: async () => (await import('../housing/housing.command.js')).registerHousingCommands },
  { names: ['service-desk'], load: async () => (await import('../service-desk/service-desk.command.js')).registerServiceDeskCommands },
];

/** The register functions to load for a command line: only the named command's, or all (help, an unknown name). */
export async function registersFor(argv: readonly string[]): Promise<RegisterCommand[]> {
  const name = argv.find((a) => !a.startsWith('-'));
  const one = commands.find((c) => name !== undefined && c.names.includes(name));
  return Promise.all((one ? [one] : commands).map((c) => c.load()));
}
