import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * API keys: each maps to the principal it speaks for. Keys come from TRACKER_API_KEYS
 * (`key=actor:role[:expires],...`) and/or a JSON key file, which is read again when it
 * changes, so a key is revoked by deleting its entry and one can expire. A fresh clone on
 * loopback with neither gets a local development key, written to the key file; beyond
 * loopback the server never creates one, refuses the one a key file holds, and does not start
 * without keys.
 */

export const roles = ['office', 'auditor', 'reader'] as const;
export type Role = (typeof roles)[number];

export interface Principal {
  actor: string;
  role: Role;
}

/** The actor of the key the server creates for a first start on loopback. */
export const DEVELOPMENT_ACTOR = 'local-developer';

const expiry = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  message:
    'expires must be a date (2027-03-31: the key works to the end of that day, UTC) or a date-time with a time zone',
});
const keyEntry = z.object({
  key: z.string().min(16, { message: 'keys must be at least 16 characters' }),
  actor: z.string().min(1),
  role: z.enum(roles, { message: `role must be one of ${roles.join(', ')}` }),
  expires: expiry.optional(),
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
      // The role has no colon; whatever follows it is the expiry, which may hold colons.
      const match = /^([^=]+)=([^:]+):([^:]+)(?::(.+))?$/.exec(entry);
      if (!match) {
        throw new ApiKeyError(
          `TRACKER_API_KEYS entry "${entry.slice(0, 8)}..." must look like key=actor:role or key=actor:role:expires`,
        );
      }
      const parsed = keyEntry.safeParse({
        key: match[1]!.trim(),
        actor: match[2]!.trim(),
        role: match[3]!.trim(),
        ...(match[4] && { expires: match[4].trim() }),
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

/** What a presented key comes to: the principal it speaks for, or why it speaks for none. */
export type Authentication =
  { principal: Principal } | { failure: 'unknown' } | { failure: 'expired'; expired: string };

export interface KeyRing {
  authenticate(presented: string, now?: Date): Authentication;
  /** The local development key, when one was created or found in the key file (loopback only). */
  developmentKey: string | undefined;
  size: number;
}

export interface KeyRingOptions {
  apiKeys: string;
  keyFile: string;
  /** Only a server on loopback creates or accepts a development key. */
  loopback: boolean;
  /** How often, at most, the key file's stamp is looked at for a change. */
  reloadCheckMs?: number;
  /** Told when the key file changed and was read again, or could not be. */
  onReload?: (outcome: { keys: number } | { error: Error }) => void;
}

const digest = (key: string) => createHash('sha256').update(key).digest();

/** When a key stops working: a date alone runs to the end of that day, UTC. */
const expiresAt = (expires: string) =>
  Date.parse(expires.length === 10 ? `${expires}T23:59:59.999Z` : expires);

interface KnownKey {
  digest: Buffer;
  principal: Principal;
  expiresAt: number | undefined;
  expires: string | undefined;
}

const toKnown = (entries: KeyEntry[]): KnownKey[] =>
  entries.map((e) => ({
    digest: digest(e.key),
    principal: { actor: e.actor, role: e.role },
    expires: e.expires,
    expiresAt: e.expires === undefined ? undefined : expiresAt(e.expires),
  }));

/** What identifies a version of the key file: a rewrite, a rename over it or its removal. */
const stampOf = (file: string) => {
  try {
    const s = fs.statSync(file);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return 'absent';
  }
};

function createDevelopmentKey(file: string): KeyEntry {
  const entry = {
    key: `dev-${randomBytes(18).toString('hex')}`,
    actor: DEVELOPMENT_ACTOR,
    role: 'office' as const,
  };
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, JSON.stringify({ keys: [entry] }, null, 2) + '\n', { mode: 0o600 });
  return entry;
}

export function loadKeyRing(options: KeyRingOptions): KeyRing {
  const fromEnv = toKnown(parseKeyList(options.apiKeys));
  const checkEveryMs = options.reloadCheckMs ?? 1000;
  // Beyond loopback a development key is not a key: anyone who saw a first start's output
  // or the file could use it.
  const accepted = (entries: KeyEntry[]) =>
    options.loopback ? entries : entries.filter((e) => e.actor !== DEVELOPMENT_ACTOR);

  let developmentKey: string | undefined;
  let fileEntries: KeyEntry[] = [];
  if (fs.existsSync(options.keyFile)) {
    fileEntries = readKeyFile(options.keyFile);
    if (options.loopback)
      developmentKey = fileEntries.find((k) => k.actor === DEVELOPMENT_ACTOR)?.key;
  } else if (fromEnv.length === 0 && options.loopback) {
    const created = createDevelopmentKey(options.keyFile);
    developmentKey = created.key;
    fileEntries = [created];
  }
  let fromFile = toKnown(accepted(fileEntries));
  if (!options.loopback && fromEnv.length + fromFile.length === 0) {
    throw new ApiKeyError(
      `the server listens beyond loopback and has no API keys: set TRACKER_API_KEYS (key=actor:role,...) or write keys to ${options.keyFile}` +
        (fileEntries.length > 0 ? ` (its local development key is refused beyond loopback)` : '') +
        '; beyond loopback no development key is ever created',
    );
  }

  let stamp = stampOf(options.keyFile);
  let checkedAt = Date.now();
  const reloadIfChanged = () => {
    const now = Date.now();
    if (now - checkedAt < checkEveryMs) return;
    checkedAt = now;
    const current = stampOf(options.keyFile);
    if (current === stamp) return;
    stamp = current;
    try {
      fromFile = current === 'absent' ? [] : toKnown(accepted(readKeyFile(options.keyFile)));
      options.onReload?.({ keys: fromFile.length });
    } catch (error) {
      // Fail closed: a key file that cannot be read grants nothing, or a revocation written
      // with a typo would leave the revoked key working.
      fromFile = [];
      options.onReload?.({ error: error as Error });
    }
  };

  return {
    authenticate(presented, now = new Date()) {
      reloadIfChanged();
      const d = digest(presented);
      // Compare digests in constant time so a key cannot be guessed byte by byte from timings.
      const found =
        fromEnv.find((k) => timingSafeEqual(k.digest, d)) ??
        fromFile.find((k) => timingSafeEqual(k.digest, d));
      if (!found) return { failure: 'unknown' };
      if (found.expiresAt !== undefined && now.getTime() > found.expiresAt)
        return { failure: 'expired', expired: found.expires! };
      return { principal: found.principal };
    },
    developmentKey,
    get size() {
      return fromEnv.length + fromFile.length;
    },
  };
}

/** The key a request presents: `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
export function presentedKey(headers: {
  get(name: string): string | null | undefined;
}): string | undefined {
  const auth = headers.get('authorization');
  if (auth) {
    const match = /^Bearer\s+(.+)$/i.exec(auth.trim());
    if (match) return match[1]!.trim();
  }
  return headers.get('x-api-key')?.trim() || undefined;
}
