/**
 * Which version of each pack document is in force at a date: per document, the published
 * version with the latest `effectiveFrom` on or before the date (the higher version number
 * on the same date). Pure; the registry and the service share it.
 */

/** The fields the selection reads. */
export interface PublishedVersion {
  policyId: string;
  version: number;
  status: string;
  effectiveFrom: string | null;
}

/** The versions in force at `at` (YYYY-MM-DD), one per document, sorted by document id. */
export function versionsInForce<T extends PublishedVersion>(versions: readonly T[], at: string): T[] {
  const best = new Map<string, T>();
  for (const v of versions) {
    if (v.status !== 'published' || v.effectiveFrom === null || v.effectiveFrom > at) continue;
    const cur = best.get(v.policyId);
    if (!cur || v.effectiveFrom! > cur.effectiveFrom! || (v.effectiveFrom === cur.effectiveFrom && v.version > cur.version)) {
      best.set(v.policyId, v);
    }
  }
  return [...best.values()].sort((a, b) => (a.policyId < b.policyId ? -1 : a.policyId > b.policyId ? 1 : 0));
}

/** The newest published version of each document, whatever its date (the authoring context). */
export function latestPublished<T extends PublishedVersion>(versions: readonly T[]): T[] {
  return versionsInForce(versions, '9999-12-31');
}

/** A stable key naming a set of versions (`a@1,b@3`), for caching compiled packs. */
export function versionSetKey(versions: readonly { policyId: string; version: number }[]): string {
  return versions
    .map((v) => `${v.policyId}@${v.version}`)
    .sort()
    .join(',');
}
