/**
 * First-start seeding of the cities that do not get the (株洲-only) synthetic demo city: one
 * login per staff role the workflows need, created with `bole user create` before the server
 * first opens the database, and a demo talent registered through the public API once it is up —
 * the same way the browser tests seed people. Password `Bole@2026`, as the demo's (README).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';

const run = promisify(execFile);

/** The demo password printed in the README (never on a production instance). */
export const DEMO_PASSWORD = 'Bole@2026';
/** The demo talent's mobile number on every member instance. */
export const DEMO_TALENT_MOBILE = '13800000001';

/** The staff logins of a city: the recognition reviewer and the talent office's officer by the city's roles, and an admin. */
function staffOf(cityDir) {
  const city = parse(readFileSync(join(cityDir, 'city.yaml'), 'utf8'));
  const dept = (code) => city.departments.find((d) => d.code === code).name.zh;
  return [
    { role: 'admin', username: 'admin', name: '系统管理员' },
    { role: 'reviewer', username: 'reviewer', name: `${dept(city.roles.recognitionReview)}审核员`, department: city.roles.recognitionReview },
    { role: 'officer', username: 'officer', name: `${dept(city.roles.talentOffice)}专员`, department: city.roles.talentOffice },
  ];
}

/** Creates the staff logins in a fresh instance's database (before its server starts: PGlite has one user at a time). */
export async function seedStaff(repo, plan) {
  for (const s of staffOf(plan.env.BOLE_CITY_DIR)) {
    const args = ['user', 'create', '--role', s.role, '--username', s.username, '--name', s.name, '--password', DEMO_PASSWORD];
    if (s.department) args.push('--department', s.department);
    await run(process.execPath, [join(repo, 'apps', 'server', 'bin', 'bole.mjs'), ...args], { cwd: repo, env: plan.env });
  }
}

/** The demo talent of a city: a young doctor living in its first district. */
function demoProfile(cityDir) {
  const city = parse(readFileSync(join(cityDir, 'city.yaml'), 'utf8'));
  return { name: `${city.name.zh.replace(/市$/, '')}演示人才`, birthDate: '1992-03-08', highestDegree: 'doctorate', district: city.districts[0].code };
}

/** Registers the demo talent through the public API of a running instance and saves its profile. */
export async function seedDemoTalent(plan) {
  const origin = { origin: plan.baseUrl, 'content-type': 'application/json' };
  const profile = demoProfile(plan.env.BOLE_CITY_DIR);
  const reg = await fetch(`${plan.baseUrl}/api/v1/auth/register/talent`, {
    method: 'POST',
    headers: origin,
    body: JSON.stringify({ mobile: DEMO_TALENT_MOBILE, name: profile.name, password: DEMO_PASSWORD }),
  });
  if (reg.status !== 201) throw new Error(`registering the demo talent answered ${reg.status}: ${await reg.text()}`);
  const cookie = reg.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const put = await fetch(`${plan.baseUrl}/api/v1/talents/me`, { method: 'PUT', headers: { ...origin, cookie }, body: JSON.stringify(profile) });
  if (put.status !== 200) throw new Error(`saving the demo talent's profile answered ${put.status}: ${await put.text()}`);
}
