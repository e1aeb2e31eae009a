/**
 * `npm run bench:credentials` — verification of the region's credentials on one core
 * (`taskset -c 0`): the compact talent code signed with Ed25519 (target ≥ 5,000 verifications
 * per second) and with SM2/SM3 (target ≥ 250), and the length of its QR text (≤ 300).
 *
 * Subjects: `verifyCompact` (the path every verifier takes) for each algorithm, and
 *   `verifyPresentedCredential` (signature, claims, validity and status-list bit) for Ed25519.
 * Peers, same run, same token: jose's `compactVerify` with the imported key (Ed25519), and
 *   sm-crypto-v2 called plainly — `doVerifySignature(message, sig, publicKeyHex, {hash: true})`,
 *   which parses the key and computes Z on every call — instead of our precomputed point and
 *   cached Z (SM2).
 *
 * Rates are per CPU second of the process (user + system; what one idle core does, and what
 * carries over from a busy machine), with the wall-clock rates beside them.
 *
 * Ends with one JSON line: eddsaVerifyPerSecond, sm2VerifyPerSecond, qrCodeChars, and the
 * peers, the medians of `--runs` runs of `--seconds` each, and the load averages.
 */
import { loadavg, cpus } from 'node:os';
import { compactVerify, importJWK } from 'jose';
import { sm2 } from 'sm-crypto-v2';
import QRCode from 'qrcode';
import {
  encodeStatusList,
  generateKey,
  signCompactTalentCode,
  toQrText,
  verifyCompact,
  verifyPresentedCredential,
  type PublicKeyJwk,
  type SigningAlg,
} from '../../apps/server/src/region/credentials/index.js';
import { maskName } from '../../apps/server/src/talent-code/talent-code.rules.js';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return (i > 0 ? process.argv[i + 1] : process.env[`BENCH_${name.toUpperCase()}`]) ?? fallback;
};
const RUNS = Number(arg('runs', '5'));
const SECONDS = Number(arg('seconds', '2'));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A subject's rates: calls per wall second, and per CPU second of this process (what one idle core does). */
interface Rate {
  wall: number;
  cpu: number;
}

/** Calls `f` back to back for `SECONDS`. Every call must answer true. */
async function rate(f: () => Promise<boolean> | boolean): Promise<Rate> {
  const end = performance.now() + SECONDS * 1000;
  let n = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  while (performance.now() < end) {
    for (let i = 0; i < 50; i++) if (!(await f())) throw new Error('a verification failed');
    n += 50;
  }
  const cpu = process.cpuUsage(cpuStart);
  return { wall: n / ((performance.now() - start) / 1000), cpu: n / ((cpu.user + cpu.system) / 1e6) };
}

async function medianRate(label: string, f: () => Promise<boolean> | boolean): Promise<Rate> {
  const runs: Rate[] = [];
  for (let r = 0; r < RUNS; r++) runs.push(await rate(f));
  const m = { wall: median(runs.map((x) => x.wall)), cpu: median(runs.map((x) => x.cpu)) };
  const fmt = (x: number) => Math.round(x).toLocaleString('en');
  console.log(`${label.padEnd(48)} median ${fmt(m.cpu)}/CPU-s ${fmt(m.wall)}/wall-s  runs (CPU) ${runs.map((x) => fmt(x.cpu)).join(', ')}`);
  return m;
}

const now = new Date('2026-08-01T00:00:00Z');
const credential = {
  iss: '430200',
  sl: 123_456,
  tier: 'B' as const,
  name: maskName('欧阳小明'),
  issuedAt: new Date('2026-07-15T02:00:00Z'),
  validUntil: new Date('2029-07-14T16:00:00Z'),
};

async function signed(alg: SigningAlg): Promise<{ token: string; publicJwk: PublicKeyJwk }> {
  const { publicJwk, privateKey } = await generateKey(alg);
  return { token: await signCompactTalentCode(credential, privateKey), publicJwk };
}

/** The longest QR text: the longest masked name, the largest index and dates. */
async function longestQrText(): Promise<string> {
  const { privateKey } = await generateKey('EdDSA');
  const name = maskName(`𠮷${'龘'.repeat(48)}𠮷`);
  const token = await signCompactTalentCode({ ...credential, name, sl: 2_147_483_647, tier: 'A', validUntil: new Date('2286-11-20T17:46:39Z') }, privateKey);
  return toQrText(token);
}

async function main(): Promise<void> {
  const loadAverageStart = loadavg().map((x) => Math.round(x * 100) / 100);
  console.log(`credentials bench: ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, load ${loadAverageStart.join(' ')}, ${RUNS} runs × ${SECONDS} s`);

  const ed = await signed('EdDSA');
  const sm = await signed('SM2');
  const list = encodeStatusList([1, 2, 3, 99_999]);

  const eddsaVerifyPerSecond = await medianRate('EdDSA verifyCompact', async () => (await verifyCompact(ed.token, [ed.publicJwk])).ok);
  const edKey = await importJWK({ kty: 'OKP', crv: 'Ed25519', x: ed.publicJwk.x }, 'EdDSA');
  const joseVerifyPerSecond = await medianRate('EdDSA peer: jose compactVerify', async () => {
    await compactVerify(ed.token, edKey);
    return true;
  });
  const eddsaPresentedPerSecond = await medianRate('EdDSA verifyPresentedCredential (+ status list)', async () => {
    return (await verifyPresentedCredential(ed.token, [ed.publicJwk], list, now)).status === 'valid';
  });

  const sm2VerifyPerSecond = await medianRate('SM2 verifyCompact', async () => (await verifyCompact(sm.token, [sm.publicJwk])).ok);
  const [h, p, s] = sm.token.split('.') as [string, string, string];
  const message = new TextEncoder().encode(`${h}.${p}`);
  const sigHex = Buffer.from(s, 'base64url').toString('hex');
  const pubHex = `04${Buffer.from(sm.publicJwk.x, 'base64url').toString('hex')}${Buffer.from(sm.publicJwk.y!, 'base64url').toString('hex')}`;
  const sm2PlainPerSecond = await medianRate('SM2 peer: sm-crypto-v2 plain doVerifySignature', () =>
    sm2.doVerifySignature(message, sigHex, pubHex, { hash: true, der: false }),
  );

  const qrText = await longestQrText();
  const qrCodeChars = qrText.length;
  const qrVersion = QRCode.create(qrText, { errorCorrectionLevel: 'M' }).version;
  const jwsChars = (await signed('EdDSA')).token.length;
  console.log(`QR text of the longest code: ${qrCodeChars} characters, QR version ${qrVersion} at level M (a typical JWS: ${jwsChars} characters)`);

  const loadAverageEnd = loadavg().map((x) => Math.round(x * 100) / 100);
  console.log(
    JSON.stringify({
      eddsaVerifyPerSecond: Math.round(eddsaVerifyPerSecond.cpu),
      sm2VerifyPerSecond: Math.round(sm2VerifyPerSecond.cpu),
      qrCodeChars,
      qrVersion,
      eddsaPresentedPerSecond: Math.round(eddsaPresentedPerSecond.cpu),
      peerJoseEddsaVerifyPerSecond: Math.round(joseVerifyPerSecond.cpu),
      peerSmCryptoPlainSm2VerifyPerSecond: Math.round(sm2PlainPerSecond.cpu),
      wallClock: {
        eddsaVerifyPerSecond: Math.round(eddsaVerifyPerSecond.wall),
        sm2VerifyPerSecond: Math.round(sm2VerifyPerSecond.wall),
        peerJoseEddsaVerifyPerSecond: Math.round(joseVerifyPerSecond.wall),
        peerSmCryptoPlainSm2VerifyPerSecond: Math.round(sm2PlainPerSecond.wall),
      },
      runs: RUNS,
      secondsPerRun: SECONDS,
      loadAverageStart,
      loadAverageEnd,
    }),
  );
}

await main();
