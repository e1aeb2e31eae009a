/**
 * Databases on the test run's PostgreSQL server (the `integration-postgres` project): a fresh
 * one per need, and one set up with the production owner and application roles.
 */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import pg from 'pg';

/** Runs one statement as the server's superuser. */
export async function adminQuery(text: string): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: inject('pgUrl') });
  await c.connect();
  try {
    return await c.query(text);
  } finally {
    await c.end();
  }
}

/** A new empty database: its superuser URL and how to drop it. */
export async function createDatabase(prefix = 'bole_test'): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  return {
    name,
    url: inject('pgUrl').replace(/\/[^/]*$/, `/${name}`),
    drop: async () => void (await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

/** A database owned by an owner role, which an application role may only connect to (README, "Two database roles"). */
export interface RoleDatabase {
  name: string;
  owner: string;
  appRole: string;
  /** The database's URL as `user` (no password: the test server trusts loopback). */
  urlAs(user: string): string;
  drop(): Promise<void>;
}

/** Creates the two roles and their database, as docs/operations.md tells an operator to. */
export async function createRoleDatabase(prefix: string): Promise<RoleDatabase> {
  const suffix = randomBytes(4).toString('hex');
  const name = `${prefix}_${suffix}`;
  const owner = `bole_owner_${suffix}`;
  const appRole = `bole_app_${suffix}`;
  await adminQuery(`CREATE ROLE ${owner} LOGIN`);
  await adminQuery(`CREATE ROLE ${appRole} LOGIN`);
  await adminQuery(`CREATE DATABASE ${name} OWNER ${owner}`);
  await adminQuery(`REVOKE ALL ON DATABASE ${name} FROM PUBLIC`);
  await adminQuery(`GRANT CONNECT ON DATABASE ${name} TO ${appRole}`);
  return {
    name,
    owner,
    appRole,
    urlAs(user) {
      const u = new URL(inject('pgUrl'));
      u.username = user;
      u.pathname = `/${name}`;
      return u.toString();
    },
    async drop() {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await adminQuery(`DROP ROLE IF EXISTS ${appRole}`);
      await adminQuery(`DROP ROLE IF EXISTS ${owner}`);
    },
  };
}
