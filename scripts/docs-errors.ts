/** Writes `docs/errors.md` from the error catalogue (`npm run docs:errors`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { errorsMarkdown } from '../packages/contracts/src/errors/errors-doc.js';

const target = fileURLToPath(new URL('../docs/errors.md', import.meta.url));
writeFileSync(target, errorsMarkdown());
console.log(`wrote ${target}`);
