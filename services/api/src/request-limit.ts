import type { RequestHandler } from 'express';

/**
 * The largest GraphQL request the server reads: far above any real command (texts are capped
 * at a few thousand characters) and small enough that no request can exhaust memory. Yoga
 * reads bodies itself, so the declared length is checked before it starts.
 */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/** What a client is told when its request is too large; `declared` when it said its size. */
export const requestTooLarge = (maxBytes: number, declared?: number) =>
  `The request is ${declared === undefined ? 'over the limit' : `${declared} bytes`}; the most this server reads is ${maxBytes} bytes. Send less in one request (one command per mutation).`;

export function requestSizeLimit(maxBytes = MAX_REQUEST_BYTES): RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared <= maxBytes) {
      next();
      return;
    }
    // The body is not read, so the connection cannot carry another request (errors.ts).
    res.set('connection', 'close');
    res.status(413).json({
      errors: [
        {
          message: requestTooLarge(maxBytes, declared),
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  };
}
