/**
 * `bole user create` — create a staff account (the first admin of a new instance, or any
 * staff member); `bole user token` — issue a bearer token for a staff account;
 * `bole user reset-password` — a one-time password for any account (the way out when a
 * production start refuses a published password).
 */
import type { Command } from 'commander';
import { STAFF_ROLES, createStaffBody } from '@bole/contracts';
import { AppError } from '../http/errors.js';
import { createAccount } from '../auth/accounts.service.js';
import { issueTokenForUsername } from '../auth/tokens.service.js';
import { resetPasswordByLogin } from '../auth/password.service.js';
import { CliError, readStdin, withCliContext } from './context.js';

const OPTION_OF: Record<string, string> = { displayName: '--name', username: '--username', role: '--role', department: '--department', password: '--password' };

function explain(err: AppError): CliError {
  const lines = (err.errors ?? []).map((e) => `  ${OPTION_OF[e.field] ?? e.field}: ${e.message}`);
  return new CliError([err.message, ...lines].join('\n'));
}

interface CreateOptions {
  role: string;
  username: string;
  name: string;
  department?: string;
  password?: string;
  passwordStdin?: boolean;
}

async function create(opts: CreateOptions): Promise<void> {
  if (opts.password !== undefined && opts.passwordStdin) throw new CliError('Give either --password or --password-stdin, not both.');
  if (opts.password === undefined && !opts.passwordStdin) throw new CliError('Give the password with --password-stdin (recommended) or --password.');
  const password = opts.passwordStdin ? await readStdin() : opts.password!;
  const parsed = createStaffBody.safeParse({ username: opts.username, displayName: opts.name, role: opts.role, department: opts.department ?? null, password });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${OPTION_OF[String(i.path[0])] ?? i.path.join('.')}: ${i.message}`);
    throw new CliError(['The account was not created:', ...lines].join('\n'));
  }
  const body = parsed.data;
  await withCliContext(async (ctx) => {
    try {
      const { id } = await ctx.db.transaction((tx) =>
        createAccount(
          ctx,
          tx,
          { role: body.role, username: body.username, displayName: body.displayName, department: body.department, password: body.password },
          null,
        ),
      );
      process.stdout.write(`Created ${body.role} ${body.username} (${id})\n`);
    } catch (err) {
      if (err instanceof AppError) throw explain(err);
      throw err;
    }
  });
}

async function token(opts: { username: string; name: string }): Promise<void> {
  await withCliContext(async (ctx) => {
    try {
      const t = await issueTokenForUsername(ctx, opts.username, opts.name);
      process.stderr.write(`Token "${t.name}" (${t.id}) for ${opts.username} — shown only once; send it as "Authorization: Bearer <token>":\n`);
      process.stdout.write(`${t.token}\n`);
    } catch (err) {
      if (err instanceof AppError) throw explain(err);
      throw err;
    }
  });
}

async function resetPasswordCommand(opts: { login: string }): Promise<void> {
  await withCliContext(async (ctx) => {
    try {
      const { oneTimePassword } = await resetPasswordByLogin(ctx, opts.login);
      process.stderr.write(`One-time password for ${opts.login} — shown only once; it must be changed at the next sign-in:\n`);
      process.stdout.write(`${oneTimePassword}\n`);
    } catch (err) {
      if (err instanceof AppError) throw explain(err);
      throw err;
    }
  });
}

/** Registers `bole user …`. */
export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('Staff accounts and bearer tokens');
  user
    .command('create')
    .description('Create a staff account')
    .requiredOption('--role <role>', `one of ${STAFF_ROLES.join(', ')}`)
    .requiredOption('--username <username>', 'login name: 3–32 lowercase letters, digits, dot, dash or underscore')
    .requiredOption('--name <name>', 'display name, e.g. 张三')
    .option('--department <code>', 'department code (required for a reviewer), e.g. rsj')
    .option('--password-stdin', 'read the password from standard input')
    .option('--password <password>', 'the password (visible in the process list; prefer --password-stdin)')
    .action(create);
  user
    .command('token')
    .description('Issue a bearer token for a staff account; prints the token')
    .requiredOption('--username <username>', 'the account')
    .requiredOption('--name <name>', 'what the token is for, e.g. cli')
    .action(token);
  user
    .command('reset-password')
    .description(
      "Reset an account's password (any role): prints a one-time password; every session and token ends and a new password is required at the next sign-in",
    )
    .requiredOption('--login <login>', 'the staff username, the employer credit code or the talent mobile number')
    .action(resetPasswordCommand);
}
