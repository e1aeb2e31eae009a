import { ZenEngine } from '@gorules/zen-engine';
const content = {
  nodes: [
    { id: 'in', type: 'inputNode', name: 'in', position: { x: 0, y: 0 } },
    { id: 'n1', type: 'expressionNode', name: 'tier', position: { x: 0, y: 0 }, content: { passThrough: true, inputField: null, outputPath: null, executionMode: 'single', expressions: [{ id: 'a', key: 'tier', value: 'x > 1 ? "A" : ""' }, { id: 'b', key: 'y', value: '$.tier + "!"' }] } },
    { id: 'n2', type: 'expressionNode', name: 'pol', position: { x: 0, y: 0 }, content: { passThrough: false, inputField: null, outputPath: null, executionMode: 'single', expressions: [{ id: 'c', key: 'p0', value: 'tier == "A" ? [1, 2] : null' }, { id: 'd', key: 'p1', value: 'x' }] } },
    { id: 'out', type: 'outputNode', name: 'out', position: { x: 0, y: 0 } },
  ],
  edges: [
    { id: 'e1', sourceId: 'in', targetId: 'n1', type: 'edge' },
    { id: 'e2', sourceId: 'n1', targetId: 'n2', type: 'edge' },
    { id: 'e3', sourceId: 'n2', targetId: 'out', type: 'edge' },
  ],
};
const engine = new ZenEngine();
const dec = engine.createDecision(Buffer.from(JSON.stringify(content)) as any);
console.log(JSON.stringify(await dec.evaluate({ x: 2 })));
const t = performance.now();
for (let i = 0; i < 10000; i++) await dec.evaluate({ x: i % 3 });
console.log('per eval us', ((performance.now() - t) / 10000 * 1000).toFixed(1));
