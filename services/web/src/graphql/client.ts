import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from '@urql/core';

/** True when the server refused the key itself (unknown, expired or missing). */
export function isUnauthenticated(error: CombinedError | undefined): boolean {
  return Boolean(error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED'));
}

/**
 * The app's one GraphQL client for a signed-in tab: POSTs to the same server's /graphql with
 * the key as `Authorization: Bearer <key>` (which also satisfies yoga's CSRF check), and
 * receives `portfolioChanged` over server-sent events through the same fetch exchange.
 * An UNAUTHENTICATED answer calls `onUnauthenticated` with the server's message.
 */
export function createApiClient(key: string, onUnauthenticated: (message: string) => void): Client {
  return new Client({
    url: '/graphql',
    fetchSubscriptions: true,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({
      headers: { authorization: `Bearer ${key}` },
    }),
    exchanges: [
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) {
            const first = error.graphQLErrors.find(
              (e) => e.extensions?.['code'] === 'UNAUTHENTICATED',
            );
            onUnauthenticated(first?.message ?? 'Sign in again');
          }
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}

/** Asks the server who a key speaks for, without a client: the sign-in page checks a key so. */
export async function checkKey(
  key: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${key}`,
      },
      body: JSON.stringify({ query: '{ viewer { actor } }' }),
    });
  } catch {
    return { ok: false, message: 'The tracker server cannot be reached; check it is running' };
  }
  const body = (await response.json().catch(() => null)) as {
    data?: { viewer?: { actor: string } } | null;
    errors?: { message: string }[];
  } | null;
  if (body?.data?.viewer) return { ok: true };
  return {
    ok: false,
    message: body?.errors?.[0]?.message ?? `The server answered ${response.status}; try again`,
  };
}
