import { describe, expect, it } from 'vitest';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, classifyLogin, lockoutMs, newPasswordProblems, originAllowed, sessionIsLive } from './login-rules.js';

describe('classifyLogin', () => {
  it('tells a mobile number, a credit code and a username apart', () => {
    expect(classifyLogin(' 13900001111 ')).toEqual({ kind: 'mobile', value: '13900001111' });
    expect(classifyLogin('91430200mA4l1x2y3k')).toEqual({ kind: 'creditCode', value: '91430200MA4L1X2Y3K' });
    expect(classifyLogin('Officer.Li')).toEqual({ kind: 'username', value: 'officer.li' });
    expect(classifyLogin('12900001111').kind).toBe('username');
  });
});

describe('lockoutMs', () => {
  it('allows four wrong passwords, then locks for 1, 2, 4 … minutes up to an hour', () => {
    expect([1, 2, 3, 4].map(lockoutMs)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map((n) => lockoutMs(n) / 60_000)).toEqual([1, 2, 4, 8]);
    expect(lockoutMs(11)).toBe(60 * 60_000);
    expect(lockoutMs(50)).toBe(60 * 60_000);
  });
});

describe('sessionIsLive', () => {
  const start = new Date('2026-07-15T02:00:00Z');
  const s = { lastSeenAt: start, expiresAt: new Date(start.getTime() + SESSION_ABSOLUTE_MS), revokedAt: null };
  it('ends after the idle time, at the absolute end, or when revoked', () => {
    expect(sessionIsLive(s, new Date(start.getTime() + SESSION_IDLE_MS - 1))).toBe(true);
    expect(sessionIsLive(s, new Date(start.getTime() + SESSION_IDLE_MS))).toBe(false);
    const active = { ...s, lastSeenAt: new Date(start.getTime() + SESSION_ABSOLUTE_MS - 1000) };
    expect(sessionIsLive(active, new Date(start.getTime() + SESSION_ABSOLUTE_MS))).toBe(false);
    expect(sessionIsLive({ ...s, revokedAt: start }, start)).toBe(false);
  });
});

describe('originAllowed', () => {
  const base = { method: 'POST', origin: undefined, secFetchSite: undefined, host: 'rc.example.gov.cn', publicOrigin: undefined };
  it('lets reads through whatever their origin', () => {
    expect(originAllowed({ ...base, method: 'GET', origin: 'https://evil.example' })).toBe(true);
  });
  it('accepts our own origin and the configured public origin', () => {
    expect(originAllowed({ ...base, origin: 'https://rc.example.gov.cn' })).toBe(true);
    expect(originAllowed({ ...base, host: '10.0.0.5:3000', origin: 'https://rc.zhuzhou.gov.cn', publicOrigin: 'https://rc.zhuzhou.gov.cn/' })).toBe(true);
  });
  it('refuses another site, an opaque origin and garbage', () => {
    expect(originAllowed({ ...base, origin: 'https://evil.example' })).toBe(false);
    expect(originAllowed({ ...base, origin: 'https://rc.example.gov.cn.evil.example' })).toBe(false);
    expect(originAllowed({ ...base, origin: 'null' })).toBe(false);
    expect(originAllowed({ ...base, origin: 'not a url' })).toBe(false);
  });
  it('without Origin, trusts Sec-Fetch-Site only when absent or same-origin', () => {
    expect(originAllowed(base)).toBe(true);
    expect(originAllowed({ ...base, secFetchSite: 'same-origin' })).toBe(true);
    expect(originAllowed({ ...base, secFetchSite: 'cross-site' })).toBe(false);
    expect(originAllowed({ ...base, secFetchSite: 'same-site' })).toBe(false);
  });
});

describe('new password rules', () => {
  it('refuses the current password, the login inside it and a published password', () => {
    const published = ['Bole@2026'];
    expect(newPasswordProblems('Fresh-pass-1', { current: 'Old-pass-1', login: 'officer', published })).toEqual([]);
    expect(newPasswordProblems('Old-pass-1', { current: 'Old-pass-1', login: null, published })).toEqual(['must differ from the current password']);
    expect(newPasswordProblems('Officer-2026', { login: 'officer', published })).toEqual(['must not contain the login']);
    expect(newPasswordProblems('Bole@2026', { login: null, published })).toEqual(['is published in the documentation; choose your own']);
  });
});
