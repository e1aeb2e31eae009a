/** Vitest global setup of the `integration-postgres` project: one server for the whole run. */
import type { TestProject } from 'vitest/node';
import { startTempPostgres } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const pg = await startTempPostgres();
  project.provide('pgUrl', pg.url);
  return () => pg.stop();
}
