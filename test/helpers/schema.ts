import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

/** A validator for the published briefing schema file (not the zod source), as outside checks would use it. */
export function briefingValidator() {
  const schema = JSON.parse(
    readFileSync(new URL('../../schema/briefing.schema.json', import.meta.url), 'utf8'),
  );
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(schema);
}
