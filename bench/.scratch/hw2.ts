import { earliestWithin, parseDay } from '../engine/dates.js';
import { GROUPS, NP } from '../engine/pack-common.js';
import type { Population } from '../engine/population.js';
import type { KernelOutput } from '../handwritten-kernel.js';

export function runHandwritten2(p: Population, at: string, out: KernelOutput, settleDYuan = 150_000): void {
  const A = parseDay(at);
  const n = p.n;
  const SETTLE = [200_000_000, 100_000_000, 50_000_000, settleDYuan * 100];
  const RECRUIT = [50_000_000, 20_000_000, 10_000_000, 3_000_000];
  const TOP = [20_000_000, 10_000_000, 5_000_000];
  const APT = [600_000, 600_000, 300_000, 300_000, 120_000];
  const APTV = [36_000_000, 36_000_000, 10_800_000, 10_800_000, 4_320_000];
  const SKILL_AMT = [0, 0, 0, 150_000, 250_000, 350_000];
  const open = A >= parseDay('2024-01-01');
  const returning = open && A >= parseDay('2025-01-01') && A <= parseDay('2026-12-31');
  const age35lt = earliestWithin(420, A), age35le = earliestWithin(432, A), age40lt = earliestWithin(480, A);
  const w36 = earliestWithin(36, A), w12 = earliestWithin(12, A), w1 = earliestWithin(1, A);
  const bachelorLiving = A >= parseDay('2026-07-01') ? 60_000 : 50_000;
  const { birth, degree, grad, schoolTier, title, titleDate, skill, skillDate, honors, employed, chain, flags, kind } = p;
  const { district, arrival, sim, hukou, ownsHome, firstHome, livesApt, children, spouse, postdoc, postdocDone } = p;
  const { engagement, onsite, specialPost, dual, patents, yearsOutside, birthplace } = p;
  const { tier: T, status: S, amountFen: M, valueFen: V } = out;
  for (let k = 0; k < NP; k++) S[k]!.fill(0);
  for (let i = 0; i < n; i++) {
    const h = honors[i]!, deg = degree[i]!, ti = title[i]!;
    T[i] = h & 1 ? 0 : h & 2 ? 1 : h & 20 ? 2 : deg === 4 || ti === 4 || h & 8 ? 3
      : deg === 3 || (deg === 2 && schoolTier[i]! <= 1) || ti === 3 || skill[i]! >= 4 ? 4 : 255;
  }
  if (!open) return;
  let s = S[0]!, m = M[0]!, v = V[0]!;
  for (let i = 0; i < n; i++) {
    const t = T[i]!;
    if (t > 3 || employed[i] === 0 || sim[i]! < 6) continue;
    const ar = arrival[i]!;
    if (ar < w36 || ar > A) continue;
    s[i] = 2; m[i] = v[i] = SETTLE[t]!;
  }
  s = S[1]!; m = M[1]!; v = V[1]!;
  for (let i = 0; i < n; i++) {
    const deg = degree[i]!;
    if (deg < 2 || employed[i] === 0 || sim[i]! < 3) continue;
    const g = grad[i]!;
    if (g < w36 || g > A || birth[i]! < (deg === 4 ? age40lt : age35lt)) continue;
    const a = deg === 4 ? 150_000 : deg === 3 ? 100_000 : bachelorLiving;
    s[i] = 2; m[i] = a; v[i] = a * 36;
  }
  s = S[2]!; m = M[2]!; v = V[2]!;
  for (let i = 0; i < n; i++) {
    const fh = firstHome[i]!;
    if (fh < w12 || fh > A || sim[i]! < 12 || birth[i]! < age40lt) continue;
    const deg = degree[i]!;
    if (deg < 2 || (deg === 2 && schoolTier[i]! > 1)) continue;
    s[i] = 2; m[i] = v[i] = deg === 4 ? 6_000_000 : deg === 3 ? 3_000_000 : 1_000_000;
  }
  s = S[3]!; m = M[3]!; v = V[3]!;
  for (let i = 0; i < n; i++) {
    const t = T[i]!;
    if (t > 3 || kind[i] !== 0 || (flags[i]! & 3) === 0) continue;
    const ar = arrival[i]!;
    if (ar < w12 || ar > A) continue;
    s[i] = 2; m[i] = v[i] = RECRUIT[t]!;
  }
  s = S[4]!; m = M[4]!; v = V[4]!;
  for (let i = 0; i < n; i++) {
    const t = T[i]!;
    if (t > 2 || engagement[i] === 0 || onsite[i]! < 30) continue;
    const a = t <= 1 ? 10_000_000 : 5_000_000;
    s[i] = 2; m[i] = a; v[i] = a * 3;
  }
  s = S[5]!; m = M[5]!; v = V[5]!;
  for (let i = 0; i < n; i++) {
    const sk = skill[i]!;
    if (sk < 3 || employed[i] === 0 || sim[i]! < 1) continue;
    const sd = skillDate[i]!;
    if (sd < w12 || sd > A) continue;
    s[i] = 2; m[i] = v[i] = SKILL_AMT[sk]!;
  }
  s = S[6]!; m = M[6]!; v = V[6]!;
  for (let i = 0; i < n; i++) {
    const ti = title[i]!;
    if (ti < 3 || kind[i] !== 0) continue;
    const td = titleDate[i]!;
    if (td < w12 || td > A) continue;
    s[i] = 2; m[i] = v[i] = ti === 4 ? 2_000_000 : 1_000_000;
  }
  s = S[7]!; m = M[7]!; v = V[7]!;
  for (let i = 0; i < n; i++) {
    if (postdoc[i] === 0 || employed[i] === 0) continue;
    s[i] = 2; m[i] = 500_000; v[i] = 12_000_000;
  }
  s = S[8]!; m = M[8]!; v = V[8]!;
  for (let i = 0; i < n; i++) {
    const pc = postdocDone[i]!;
    if (pc < w12 || pc > A || postdoc[i] !== 0 || employed[i] === 0) continue;
    s[i] = 2; m[i] = v[i] = 20_000_000;
  }
  s = S[9]!; m = M[9]!; v = V[9]!;
  for (let i = 0; i < n; i++) {
    if (chain[i]! >= 8 || birth[i]! < age35le || (degree[i]! < 3 && T[i]! > 4)) continue;
    s[i] = 2; m[i] = v[i] = 10_000_000;
  }
  s = S[10]!; m = M[10]!; v = V[10]!;
  for (let i = 0; i < n; i++) {
    if (dual[i] === 0 || kind[i] !== 0 || chain[i]! >= 8) continue;
    s[i] = 2; m[i] = 200_000; v[i] = 4_800_000;
  }
  s = S[11]!; m = M[11]!; v = V[11]!;
  for (let i = 0; i < n; i++) {
    const sp = specialPost[i]!;
    if (sp === 0 || T[i]! > 2) continue;
    const a = sp === 1 ? 1_000_000 : 500_000;
    s[i] = 2; m[i] = a; v[i] = a * 36;
  }
  s = S[12]!; m = M[12]!; v = V[12]!;
  for (let i = 0; i < n; i++) {
    const pt = patents[i]!;
    if (pt === 0 || employed[i] === 0) continue;
    s[i] = 2; m[i] = v[i] = pt >= 10 ? 20_000_000 : 2_000_000 * pt;
  }
  s = S[13]!; m = M[13]!; v = V[13]!;
  for (let i = 0; i < n; i++) {
    const di = district[i]!;
    if (di < 6 || di > 8 || degree[i]! < 2) continue;
    s[i] = 2; m[i] = 80_000; v[i] = 4_800_000;
  }
  s = S[14]!; m = M[14]!; v = V[14]!;
  for (let i = 0; i < n; i++) {
    const t = T[i]!;
    if (t > 2 || employed[i] === 0 || sim[i]! < 12) continue;
    s[i] = 2; m[i] = TOP[t]!; v[i] = TOP[t]! * 3;
  }
  s = S[15]!; m = M[15]!; v = V[15]!;
  for (let i = 0; i < n; i++) {
    if ((honors[i]! & 16) === 0 || employed[i] === 0) continue;
    s[i] = 2; m[i] = 500_000; v[i] = 18_000_000;
  }
  s = S[16]!; m = M[16]!; v = V[16]!;
  for (let i = 0; i < n; i++) {
    const t = T[i]!;
    if (t > 4 || employed[i] === 0 || ownsHome[i] !== 0 || livesApt[i] !== 0) continue;
    s[i] = 2; m[i] = APT[t]!; v[i] = APTV[t]!;
  }
  s = S[17]!; m = M[17]!; v = V[17]!;
  for (let i = 0; i < n; i++) {
    const g = grad[i]!;
    if (g < w36 || g > A) continue;
    const deg = degree[i]!;
    if (deg < 2 || birth[i]! < age35lt || employed[i] === 0 || ownsHome[i] !== 0 || livesApt[i] !== 0) continue;
    const a = deg === 4 ? 100_000 : deg === 3 ? 80_000 : 50_000;
    s[i] = 2; m[i] = a; v[i] = a * 36;
  }
  s = S[18]!; m = M[18]!; v = V[18]!;
  for (let i = 0; i < n; i++) {
    const g = grad[i]!;
    if (g < w36 || g > A || hukou[i] !== 0 || degree[i]! < 1 || birth[i]! < age35le) continue;
    if (employed[i] !== 0) {
      const ar = arrival[i]!;
      if (ar < w1 || ar > A) continue;
    }
    s[i] = 2; m[i] = v[i] = 105_000;
  }
  s = S[19]!; m = M[19]!; v = V[19]!;
  for (let i = 0; i < n; i++) {
    if (children[i] === 0 || T[i]! > 4 || employed[i] === 0) continue;
    s[i] = 2; m[i] = v[i] = 0;
  }
  s = S[20]!; m = M[20]!; v = V[20]!;
  for (let i = 0; i < n; i++) {
    if (T[i]! > 2) continue;
    s[i] = 2; m[i] = v[i] = 300_000;
  }
  s = S[21]!; m = M[21]!; v = V[21]!;
  for (let i = 0; i < n; i++) {
    if (spouse[i] === 0 || T[i]! > 2) continue;
    s[i] = 2; m[i] = v[i] = 0;
  }
  s = S[22]!; m = M[22]!; v = V[22]!;
  for (let i = 0; i < n; i++) {
    if (hukou[i] !== 0 || (degree[i]! < 1 && skill[i]! < 2)) continue;
    s[i] = 2; m[i] = v[i] = 0;
  }
  if (returning) {
    s = S[23]!; m = M[23]!; v = V[23]!;
    for (let i = 0; i < n; i++) {
      if (birthplace[i] !== 4302 || yearsOutside[i]! < 3 || degree[i]! < 2 || employed[i] === 0) continue;
      const ar = arrival[i]!;
      if (ar < w12 || ar > A) continue;
      s[i] = 2; m[i] = v[i] = 2_000_000;
    }
  }
  for (const [x, y] of GROUPS) {
    const sx = S[x]!, sy = S[y]!, vx = V[x]!, vy = V[y]!;
    for (let i = 0; i < n; i++) {
      if (sx[i] === 2 && sy[i] === 2) {
        if (vx[i]! >= vy[i]!) sy[i] = 1;
        else sx[i] = 1;
      }
    }
  }
}
