import type { RequestHandler } from 'express';
import type { TrackerConfig } from '@tracker/composition';

/**
 * The Host header must name the server as it is meant to be reached: the loopback names, and
 * beyond loopback the names in TRACKER_PUBLIC_HOSTS. A page on another site that rebinds its
 * own name to this machine's address (DNS rebinding) sends its own name, and is refused.
 */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

/** The host name of a Host header, without its port; IPv6 addresses without brackets. */
export function hostNameOf(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']'));
  return h.replace(/:\d*$/, '');
}

export function hostCheck(
  config: Pick<TrackerConfig, 'host' | 'loopback' | 'publicHosts'>,
): RequestHandler {
  const allowed = new Set([
    ...LOOPBACK_NAMES,
    ...(config.loopback ? [hostNameOf(config.host)] : []),
    ...config.publicHosts.map(hostNameOf),
  ]);
  const setting = config.loopback
    ? 'this server listens on loopback: reach it as localhost or 127.0.0.1'
    : `reach it by one of the names in TRACKER_PUBLIC_HOSTS (${config.publicHosts.join(', ')})`;
  return (req, res, next) => {
    const host = req.headers.host;
    if (host !== undefined && allowed.has(hostNameOf(host))) {
      next();
      return;
    }
    res.status(421).json({
      errors: [
        {
          message: `The Host header ${host === undefined ? 'is missing' : `"${host.slice(0, 100)}" is not a name of this server`}; ${setting}`,
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
  };
}

/**
 * A request a browser sends from a page carries that page's Origin. It is served only when
 * the page is this server's own (the web app, GraphiQL), on loopback when the page is on a
 * loopback name too (Vite's dev server), or when CORS_ORIGINS names it: a page of any other
 * site is refused before anything is read, preflight or not.
 */
export function originCheck(
  config: Pick<TrackerConfig, 'loopback' | 'corsOrigins'>,
): RequestHandler {
  const named = new Set(config.corsOrigins.map((o) => o.toLowerCase().replace(/\/$/, '')));
  const allowed = (origin: string, host: string | undefined) => {
    if (named.has(origin)) return true;
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false;
    }
    if (host !== undefined && url.host === host.toLowerCase()) return true;
    return config.loopback && LOOPBACK_NAMES.includes(hostNameOf(url.host));
  };
  return (req, res, next) => {
    const origin = req.headers.origin?.toLowerCase();
    if (origin === undefined || allowed(origin, req.headers.host)) {
      next();
      return;
    }
    res.status(403).json({
      errors: [
        {
          message: `Requests from pages of ${origin.slice(0, 100)} are not allowed: this server allows ${named.size > 0 ? `only its own pages and ${[...named].join(', ')}` : 'only its own pages'} (CORS_ORIGINS)`,
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
  };
}
