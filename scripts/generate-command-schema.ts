import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { commandSchema } from '../services/api/src/command-sdl';

/**
 * Writes schema/commands.graphql from the command definitions (`npm run codegen`); with
 * `--check` (the lint) it fails, writing nothing, when the file is not what they give.
 */
const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../schema/commands.graphql');
const expected = await format(commandSchema(), {
  ...(await resolveConfig(file)),
  filepath: file,
});
const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';

if (process.argv.includes('--check')) {
  if (current !== expected) {
    console.error(
      'schema/commands.graphql is not what the command definitions give: run npm run codegen',
    );
    process.exit(1);
  }
} else if (current !== expected) {
  fs.writeFileSync(file, expected);
  console.log('wrote schema/commands.graphql');
}
