import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The GraphQL SDL: the public contract other systems code against. One file per area;
 * they are read in name order (common first).
 */
const dir = path.dirname(fileURLToPath(import.meta.url));

export const schemaFiles = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.graphql'))
  .sort((a, b) => (a === 'common.graphql' ? -1 : b === 'common.graphql' ? 1 : a.localeCompare(b)))
  .map((f) => path.join(dir, f));

export const typeDefs: string[] = schemaFiles.map((f) => fs.readFileSync(f, 'utf8'));
