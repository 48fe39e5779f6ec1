import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { presentedKey, type Authentication, type KeyRing, type Principal } from './api-keys';
import type { Logger } from './logger';

/**
 * Who a request speaks for, worked out once as it arrives: the key it presents is looked up,
 * a failure is logged (never the key), and failures are limited per client address, so keys
 * cannot be guessed at speed. Requests with a working key are never held back.
 */

/** What a request's key came to: `presented` is false when it sent none. */
export interface RequestAuthentication {
  presented: boolean;
  principal?: Principal;
  failure?: Exclude<Authentication, { principal: Principal }>;
}

const authenticated = new WeakMap<object, RequestAuthentication>();

/** The authentication `authenticateRequests` recorded for a request (none: no key). */
export const authenticationOf = (req: object | undefined): RequestAuthentication =>
  (req && authenticated.get(req)) ?? { presented: false };

export interface FailureLimit {
  /** Failed authentications allowed per client address in a window. */
  limit: number;
  windowMs: number;
}

export const DEFAULT_FAILURE_LIMIT: FailureLimit = { limit: 20, windowMs: 15 * 60_000 };

export function authenticateRequests(
  keys: KeyRing,
  logger: Logger,
  failures: FailureLimit = DEFAULT_FAILURE_LIMIT,
): RequestHandler[] {
  const identify: RequestHandler = (req, _res, next) => {
    const key = presentedKey({ get: (name) => req.get(name) });
    if (key === undefined) {
      next();
      return;
    }
    const outcome = keys.authenticate(key);
    if ('principal' in outcome) authenticated.set(req, { presented: true, ...outcome });
    else {
      authenticated.set(req, { presented: true, failure: outcome });
      logger.warn(
        {
          client: req.ip,
          reason: outcome.failure === 'expired' ? `key expired ${outcome.expired}` : 'unknown key',
          path: req.originalUrl.split('?')[0],
          userAgent: req.get('user-agent'),
        },
        'authentication failed',
      );
    }
    next();
  };
  const failed = (req: Request) => {
    const auth = authenticationOf(req);
    return auth.presented && !auth.principal;
  };
  const limitFailures = limitFailedAttempts({
    failed,
    failures,
    logger,
    refuse: (res, { limit, window }) => {
      res.status(429).json({
        errors: [
          {
            message: `Too many requests with an API key that is not known from this address (${limit} in ${window}); wait and try again with a valid key`,
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      });
    },
  });
  return [identify, limitFailures];
}

/**
 * Past `failures.limit` failed attempts from one address in a window, that address's further
 * failed attempts are refused (429) with `refuse`'s answer: guessing a key stays slow. Only
 * failed attempts count and only they are refused, so a right key is never held back by
 * others' guesses from the same address (a proxy's, say). The one rule for every key the
 * server checks: API keys and the metrics key.
 */
export function limitFailedAttempts(options: {
  failed: (req: Request) => boolean;
  failures?: FailureLimit;
  logger: Logger;
  refuse: (res: Response, limit: { limit: number; window: string }) => void;
}): RequestHandler {
  const { windowMs, limit } = options.failures ?? DEFAULT_FAILURE_LIMIT;
  return rateLimit({
    windowMs,
    limit,
    skip: (req) => !options.failed(req),
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res) => {
      options.logger.warn(
        { client: req.ip, path: req.path },
        'failed attempts over the limit: refused',
      );
      const minutes = Math.ceil(windowMs / 60_000);
      options.refuse(res, { limit, window: minutes === 1 ? '1 minute' : `${minutes} minutes` });
    },
  });
}
