/**
 * Screens take who may open them, and which buttons a role sees, from `ROUTE_ACCESS` (the table
 * the server enforces): a screen or page that lists roles by hand fails here, so the menu never
 * links to a page the server refuses and a read-only role never meets a button that answers 403.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROLES } from '@bole/contracts';
import { menuScreenOf, SCREENS, screensFor } from './access';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const ROLE = ROLES.join('|');

describe('screens read their roles from ROUTE_ACCESS', () => {
  it('declares no screen with a hand-written role list', () => {
    const text = readFileSync(join(here, 'access.ts'), 'utf8');
    const handWritten = [...text.matchAll(new RegExp(`roles:\\s*\\[[^\\]]*'(?:${ROLE})'`, 'g'))].map((m) => m[0]);
    expect(handWritten).toEqual([]);
  });

  it('gives every screen at least one role, and every role a screen', () => {
    expect(Object.values(SCREENS).filter((s) => s.roles.length === 0)).toEqual([]);
    expect(ROLES.filter((r) => screensFor(r).length === 0)).toEqual([]);
  });

  it('decides read-only pages and write buttons by the operation, never by naming a role', () => {
    const pattern = new RegExp(`\\b(readOnly|canImport|canEdit|figures)=\\{[^}]*\\brole\\s*[!=]==\\s*'(?:${ROLE})'`, 'g');
    const found = sourceFiles(src).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => `${relative(src, file)}: ${m[0]}`));
    expect(found).toEqual([]);
  });
});

describe('the side menu’s current item', () => {
  const employer = screensFor('employer');

  it('on an employer page under /employer/ is that page, not the employer’s profile at /employer', () => {
    expect(menuScreenOf(employer, '/employer/people')?.navKey).toBe('employerPeople');
    expect(menuScreenOf(employer, '/employer/engagements')?.navKey).toBe('engagements');
    expect(menuScreenOf(employer, '/employer/surveys')?.navKey).toBe('employerSurveys');
    expect(menuScreenOf(employer, '/employer')?.navKey).toBe('employerProfile');
  });

  it('a page below a screen selects it; an address no screen covers selects nothing', () => {
    expect(menuScreenOf(employer, `${SCREENS.postings.path}/abc/candidates`)?.navKey).toBe('postings');
    expect(menuScreenOf(employer, '/employers-elsewhere')).toBeUndefined();
  });
});
