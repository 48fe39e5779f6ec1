import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';

/** Where `npm run setup` builds the web app (services/web/dist). */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/**
 * The app's pages may run only the scripts and styles served from here, talk only to this
 * server, and be framed by no one: with no inline script or style in the build, an injected
 * one does not run. The sign-in link carries a key in its fragment: no page sends a Referer.
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const pageHeaders: Record<string, string> = {
  'content-security-policy': WEB_APP_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/**
 * Serves the programme office's web app at `/`: the hashed files under /assets/ cached for a
 * year as immutable (a new build has new names), index.html never cached, and every other
 * path without a file extension, asked by a client that takes HTML, answered with index.html,
 * so a deep link or a reload opens the page the app's router shows. Without a build, a page
 * says how to make one.
 */
export function webApp(dist: string = DEFAULT_WEB_DIST): express.Router {
  const router = express.Router();
  const index = path.join(dist, 'index.html');
  router.use(
    '/assets',
    express.static(path.join(dist, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: false,
      setHeaders: (res) => res.setHeader('x-content-type-options', 'nosniff'),
    }),
  );
  router.get(/.*/, (req, res, next) => {
    // A path naming a file (favicon.ico, robots.txt) that the build lacks is not a page.
    // Nor is a request that will not take HTML (a script asking for JSON gets a 404).
    if (path.extname(req.path) !== '' || !req.accepts('html')) {
      next();
      return;
    }
    res.set(pageHeaders);
    res.setHeader('cache-control', 'no-cache');
    if (!fs.existsSync(index)) {
      res
        .status(503)
        .type('text/plain')
        .send(
          'The web app has not been built. Run `npm run setup` (or `npm run build:web`), then reload. GraphQL is at /graphql.',
        );
      return;
    }
    res.sendFile(index);
  });
  return router;
}
