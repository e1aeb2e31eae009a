/**
 * The benefits ledger's policy id of a program award's milestone share — `program:<code>:<milestone>` —
 * and its title as a talent reads it (计划名 · 里程碑（50%）). Payments pay these lines out of the
 * program's own funding, which the award already reserved, not out of a policy budget of the year.
 */
import type { Bilingual } from '@bole/contracts';
import type { Db, Tx } from '../../db/database.js';
import { programsByCode } from '../program.repository.js';

const PREFIX = 'program:';

/** The ledger policy id of a milestone's share of an award in the program coded `code`. */
export const awardPolicyId = (code: string, milestoneId: string): string => `${PREFIX}${code}:${milestoneId}`;

/** True when `policyId` is a program award's milestone share (funded by the program, not a policy budget). */
export const isAwardPolicy = (policyId: string): boolean => policyId.startsWith(PREFIX);

function parse(policyId: string): { code: string; milestoneId: string } | null {
  if (!isAwardPolicy(policyId)) return null;
  const rest = policyId.slice(PREFIX.length);
  const at = rest.lastIndexOf(':');
  return at > 0 ? { code: rest.slice(0, at), milestoneId: rest.slice(at + 1) } : null;
}

/**
 * Titles of the award policy ids among `rows` — the program's name and the milestone with
 * its share — set into `into` (other titles there stay); returns `into`.
 */
export async function awardPolicyTitles(
  conn: Db | Tx,
  rows: readonly { policyId: string }[],
  into = new Map<string, Bilingual>(),
): Promise<Map<string, Bilingual>> {
  const wanted = [...new Set(rows.map((r) => r.policyId))].flatMap((id) => {
    const p = parse(id);
    return p ? [{ id, ...p }] : [];
  });
  if (wanted.length === 0) return into;
  const programs = new Map((await programsByCode(conn, [...new Set(wanted.map((w) => w.code))])).map((p) => [p.code, p]));
  for (const w of wanted) {
    const program = programs.get(w.code);
    const milestone = program?.funding?.milestones.find((m) => m.id === w.milestoneId);
    if (!program || !milestone) continue;
    into.set(w.id, {
      zh: `${program.name.zh} · ${milestone.name.zh}（${milestone.percent}%）`,
      en: `${program.name.en} · ${milestone.name.en} (${milestone.percent}%)`,
    });
  }
  return into;
}
