import { Environment } from '@marcbachmann/cel-js';
const env = new Environment({ unlistedVariablesAreDyn: true })
  .registerFunction('within(dyn, int, dyn): bool', (d: any, n: any, at: any) => { console.log(typeof d, typeof n, typeof at); return true; })
  .registerFunction('ageAt(dyn, dyn): int', (b: any, at: any) => 33n);
const e = env.parse("x >= 6 && within(d, 36, at) && ageAt(b, at) < 35 && tier in ['A','B'] && e.kind == 'enterprise' && 'x' in e.flags ? (tier == 'A' ? 2000000 : 1500) : 0");
console.log(e({ x: 7, d: 19000, at: 20000, b: 1, tier: 'A', e: { kind: 'enterprise', flags: ['x'] } }));
const e2 = env.parse("min(20000 * n, 200000)");
try { console.log(e2({ n: 3 })); } catch (err) { console.log(String(err)); }
const e3 = env.parse("20000 * int(n) < 200000 ? 20000 * int(n) : 200000");
try { console.log(e3({ n: 3 })); } catch (err) { console.log(String(err)); }
