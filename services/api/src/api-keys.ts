import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * API keys: each maps to the principal it speaks for. Keys come from TRACKER_API_KEYS
 * (`key=actor:role,...`) and/or a JSON key file. A fresh clone with neither gets a local
 * development key, written to the key file and printed once per start.
 */

export const roles = ['office', 'auditor', 'reader'] as const;
export type Role = (typeof roles)[number];

export interface Principal {
  actor: string;
  role: Role;
}

const keyEntry = z.object({
  key: z.string().min(16, { message: 'keys must be at least 16 characters' }),
  actor: z.string().min(1),
  role: z.enum(roles, { message: `role must be one of ${roles.join(', ')}` }),
});
const keyFile = z.object({ keys: z.array(keyEntry) });
type KeyEntry = z.infer<typeof keyEntry>;

export class ApiKeyError extends Error {
  override readonly name = 'ApiKeyError';
}

export function parseKeyList(list: string): KeyEntry[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = /^([^=]+)=([^:]+):(.+)$/.exec(entry);
      if (!match) {
        throw new ApiKeyError(
          `TRACKER_API_KEYS entry "${entry.slice(0, 8)}..." must look like key=actor:role`,
        );
      }
      const parsed = keyEntry.safeParse({
        key: match[1]!.trim(),
        actor: match[2]!.trim(),
        role: match[3]!.trim(),
      });
      if (!parsed.success) {
        throw new ApiKeyError(
          `TRACKER_API_KEYS entry for ${match[2]}: ${parsed.error.issues[0]!.message}`,
        );
      }
      return parsed.data;
    });
}

function readKeyFile(file: string): KeyEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ApiKeyError(
      `cannot read the key file ${file}: ${(error as Error).message}; fix or delete it`,
    );
  }
  const parsed = keyFile.safeParse(raw);
  if (!parsed.success) {
    const problem = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ApiKeyError(`the key file ${file} is not valid (${problem}); fix or delete it`);
  }
  return parsed.data.keys;
}

export interface KeyRing {
  /** The principal a presented key speaks for, or undefined for an unknown key. */
  authenticate(presented: string): Principal | undefined;
  /** The local development key, when one was created or found in the key file. */
  developmentKey: string | undefined;
  size: number;
}

const digest = (key: string) => createHash('sha256').update(key).digest();

export function loadKeyRing(options: { apiKeys: string; keyFile: string }): KeyRing {
  const entries = parseKeyList(options.apiKeys);
  let developmentKey: string | undefined;
  if (fs.existsSync(options.keyFile)) {
    const fromFile = readKeyFile(options.keyFile);
    entries.push(...fromFile);
    developmentKey = fromFile.find((k) => k.actor === 'local-developer')?.key;
  } else if (entries.length === 0) {
    developmentKey = `dev-${randomBytes(18).toString('hex')}`;
    const created = {
      keys: [{ key: developmentKey, actor: 'local-developer', role: 'office' as const }],
    };
    fs.mkdirSync(path.dirname(path.resolve(options.keyFile)), { recursive: true });
    fs.writeFileSync(options.keyFile, JSON.stringify(created, null, 2) + '\n', { mode: 0o600 });
    entries.push(...created.keys);
  }
  // Compare digests in constant time so a key cannot be guessed byte by byte from timings.
  const known = entries.map((e) => ({
    digest: digest(e.key),
    principal: { actor: e.actor, role: e.role },
  }));
  return {
    authenticate(presented) {
      const d = digest(presented);
      return known.find((k) => timingSafeEqual(k.digest, d))?.principal;
    },
    developmentKey,
    size: known.length,
  };
}

/** The key a request presents: `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
export function presentedKey(headers: Headers): string | undefined {
  const auth = headers.get('authorization');
  if (auth) {
    const match = /^Bearer\s+(.+)$/i.exec(auth.trim());
    if (match) return match[1]!.trim();
  }
  return headers.get('x-api-key')?.trim() || undefined;
}
