/** Writes schema/briefing.schema.json from the zod schemas in src/render/schema.ts. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { briefingJsonSchema } from '../src/render/schema.js';

const target = fileURLToPath(new URL('../schema/briefing.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(briefingJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
