/**
 * The officer a command acts as, named by a bearer token (`--token` or BOLE_TOKEN): money moves
 * only with two named officers, on the command line as in the app, so an operator alone cannot pay.
 */
import { principalOfToken } from '../auth/authenticate.js';
import type { Principal } from '../http/access.js';
import type { AppContext } from '../platform/context.js';
import { CliError } from './context.js';

/** The officer `token` (else BOLE_TOKEN) belongs to; `doing` ends the refusal ("sweeps are made and confirmed by officers"). */
export async function officerOfToken(ctx: AppContext, token: string | undefined, doing: string): Promise<Pick<Principal, 'userId' | 'role'>> {
  const secret = token ?? process.env.BOLE_TOKEN;
  if (!secret) throw new CliError('Name the officer with a bearer token: --token <token> or BOLE_TOKEN (create one under 我的令牌 or `bole user token`).');
  const principal = await principalOfToken(ctx, secret);
  if (!principal) throw new CliError('The bearer token is unknown, revoked or its account is disabled.');
  if (principal.role !== 'officer') throw new CliError(`The bearer token belongs to a ${principal.role} account; ${doing}.`);
  return principal;
}
