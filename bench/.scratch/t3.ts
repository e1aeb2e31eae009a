import { generatePopulation, toProfile } from '../population.js';
import { referencePerson, type ProfileLike } from '../handwritten-kernel.js';
import { diffOutcomes } from '../pack-common.js';
import { flatFacts, peerFacts } from '../peers/facts.js';
import { makeRulesEnginePeer } from '../peers/rules-engine.js';
const N = 5000;
const pop = generatePopulation(N, '2026-07-01');
for (const at of ['2026-07-01', '2026-06-30', '2026-02-28', '2024-02-29', '2027-01-01', '2023-12-31']) {
  const peer = makeRulesEnginePeer(at);
  const facts = Array.from({ length: N }, (_, i) => flatFacts(peerFacts(toProfile(pop, i), at, 'day')));
  const t = performance.now();
  const res = [];
  for (const f of facts) res.push(await peer(f));
  const ms = performance.now() - t;
  let bad = 0;
  for (let i = 0; i < N; i++) {
    const d = diffOutcomes(referencePerson(toProfile(pop, i) as ProfileLike, at), res[i]!);
    if (d.length && bad++ < 3) console.log(at, i, d);
  }
  console.log(at, 'jre ms', ms.toFixed(0), 'bad', bad);
}
