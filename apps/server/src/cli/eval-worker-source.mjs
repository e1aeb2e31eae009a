// Starts the `bole eval` worker from TypeScript source (tests, `npm run dev`): tsx first, then the worker.
import { register } from 'tsx/esm/api';

register();
await import('./eval-worker.ts');
