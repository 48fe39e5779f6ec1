import { DomainError } from '@tracker/domain';
import { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { MAX_REQUEST_BYTES, requestTooLarge } from './request-limit';

/**
 * Error codes the API answers with, in `extensions.code`. Refusals made before GraphQL runs
 * also say GRAPHQL_VALIDATION_FAILED (an operation over a limit) and RATE_LIMITED (too many
 * failed authentications, authentication.ts).
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  /** An operation about the past needed more memory than its thread may use (as-of-thread.ts). */
  | 'RESOURCE_LIMIT';

export const apiError = (code: ErrorCode, message: string, details?: Record<string, unknown>) =>
  new GraphQLError(message, {
    extensions: { code, ...(details && Object.keys(details).length > 0 && { details }) },
  });

/** Refusals from the domain become coded GraphQL errors; anything else stays internal (masked). */
export function toGraphQLError(error: unknown): unknown {
  if (error instanceof DomainError) return apiError(error.code, error.message, error.details);
  return error;
}

export const notFoundError = (what: string, id: string) =>
  apiError('NOT_FOUND', `${what} ${id} does not exist; check the id`, { what, id });

/**
 * Refusals GraphQL itself, yoga's plugins or the operation limits make, known by their wording,
 * with the code they get and, where theirs says too little, the words they are answered with.
 */
const uncodedRefusals: [RegExp, ErrorCode | 'GRAPHQL_VALIDATION_FAILED', string?][] = [
  // Variables that do not fit their types (a null for a required field, a string for an Int).
  [/^Variable "\$/, 'BAD_USER_INPUT'],
  // The depth, alias, cost, token and directive limits (graphql-armor words them as syntax).
  [
    /^(Syntax Error: )?(Query depth|Aliases|Query Cost|Token|Directives) limit of /,
    'GRAPHQL_VALIDATION_FAILED',
  ],
  [
    /^Required CSRF header\(s\) not present$/,
    'FORBIDDEN',
    'A GET request from a browser must carry an API key header (Authorization or X-API-Key) or "X-GraphQL-Yoga-CSRF: 1" (cross-site request forgery prevention)',
  ],
  // graphql-js stops validating after 100 errors, and when fragments spread into one another
  // more than it will follow; its words name neither limit.
  [
    /^Too many validation errors, error limit reached\. Validation aborted\.$/,
    'GRAPHQL_VALIDATION_FAILED',
    'The operation has more than 100 validation errors and the server stopped checking at that limit; fix the errors above and send it again',
  ],
  [
    /^Validation aborted\.$/,
    'GRAPHQL_VALIDATION_FAILED',
    'The operation is too complex to validate: its fragments spread into one another more than the server follows (the limit of fragment work per operation); spread fewer fragments inside fragments',
  ],
];

/** What a client is told of a body that is not JSON: where, never the parser's own error. */
const INVALID_JSON =
  'The request body is not valid JSON; send a JSON object such as {"query": "{ boards { totalCount } }"}';

function coded(error: GraphQLError): GraphQLError {
  // Yoga's refusal of a body that grew too large as it was read (one sent in chunks):
  // worded as the refusal of one that declared its size (request-limit.ts).
  if (error.extensions?.['code'] === 'REQUEST_ENTITY_TOO_LARGE') {
    return new GraphQLError(requestTooLarge(MAX_REQUEST_BYTES), {
      extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
    });
  }
  // Yoga's refusal of a body that is not JSON carries the parser's error (originalError).
  if (error.extensions?.['code'] === 'BAD_REQUEST') {
    // Without it, yoga would answer 200 to a client accepting application/json, unless the
    // status is stated as more than the spec's advice (its `spec` flag).
    const { originalError: _internal, http: _http, ...extensions } = error.extensions;
    return new GraphQLError('originalError' in error.extensions ? INVALID_JSON : error.message, {
      extensions: { ...extensions, http: { status: 400 }, code: 'BAD_USER_INPUT' },
    });
  }
  const known = uncodedRefusals.find(([pattern]) => pattern.test(error.message));
  // A refusal keeps the code it has, unless its words are ones that name no limit.
  if (!known || (error.extensions?.['code'] !== undefined && known[2] === undefined)) return error;
  return new GraphQLError(known[2] ?? error.message.replace(/^Syntax Error: /, ''), {
    nodes: error.nodes,
    extensions: { ...error.extensions, code: known[1] },
  });
}

const JSON_TYPES = ['application/json', 'application/graphql+json'];

/**
 * Operations arrive as JSON (POST) or in the query string (GET) and in no other form: yoga
 * also reads form-urlencoded, multipart and application/graphql bodies, which a page on
 * another site can send without a CORS preflight.
 */
export function useJsonRequestsOnly(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method !== 'POST') return;
      const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (JSON_TYPES.includes(type)) return;
      throw createGraphQLError(
        `${type ? `A request body of type ${type}` : 'A request body with no Content-Type'} is not read: send the operation as JSON with "Content-Type: application/json"`,
        { extensions: { http: { status: 415 }, code: 'BAD_USER_INPUT' } },
      );
    },
  };
}

/** Words for the refusals yoga answers with an empty body. */
const emptyRefusals: Record<number, string> = {
  406: 'The Accept header names no type this server answers with: accept application/graphql-response+json, application/json or text/event-stream',
  405: 'GraphQL is served by GET (queries only) and POST; send mutations by POST',
  404: 'Nothing is served at this path; GraphQL is at /graphql',
};

/** Every refusal has a body that says what to fix, with a code, as GraphQL errors do. */
export function useHttpRefusals(): Plugin {
  return {
    onResponse({ response, setResponse, fetchAPI }) {
      // A body refused part way through is left unread on the connection, which then cannot
      // carry another request: without this, the client's next request on it hung until the
      // keep-alive timeout and was reset.
      if (response.status === 413) response.headers.set('connection', 'close');
      if (response.status < 400 || response.body !== null) return;
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('content-type', 'application/json; charset=utf-8');
      setResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [
              {
                message:
                  emptyRefusals[response.status] ??
                  `The request was refused (HTTP ${response.status} ${response.statusText})`,
                extensions: { code: 'BAD_USER_INPUT' },
              },
            ],
          }),
          { status: response.status, statusText: response.statusText, headers },
        ),
      );
    },
  };
}

/**
 * Some refusals are made before any resolver runs and carry no code: variables that do not fit
 * the schema, and operations over a limit. They are bad input like any other and say so, so
 * clients can tell them from server faults (which stay masked, uncoded).
 */
export function useRefusalCodes(): Plugin {
  return {
    onResultProcess: ({ result, setResult }) => {
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const { errors } = result as { errors?: readonly GraphQLError[] };
      if (errors?.length) setResult({ ...result, errors: errors.map(coded) } as typeof result);
    },
  };
}
