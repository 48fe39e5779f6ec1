import pino from 'pino';

/** Structured JSON logs (pino): one line per event, cheap enough for the request path. */
export const createLogger = (level: string, destination?: pino.DestinationStream) =>
  destination
    ? pino({ level, base: { service: 'partnership-tracker' } }, destination)
    : pino({ level, base: { service: 'partnership-tracker' } });
export type Logger = ReturnType<typeof createLogger>;
