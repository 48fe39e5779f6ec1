/**
 * The API key of this browser tab: kept in sessionStorage (GraphiQL at /graphql reads the same
 * entry), never in a URL, never logged. Closing the tab forgets it.
 */
export const KEY_STORAGE = 'partnership-tracker.api-key';
const MESSAGE_STORAGE = 'partnership-tracker.sign-in-message';

export function storedKey(): string | null {
  return sessionStorage.getItem(KEY_STORAGE);
}

export function storeKey(key: string): void {
  sessionStorage.setItem(KEY_STORAGE, key);
  sessionStorage.removeItem(MESSAGE_STORAGE);
}

/** Forgets the key; `message` is shown on the sign-in page next (why the user was sent there). */
export function forgetKey(message?: string): void {
  sessionStorage.removeItem(KEY_STORAGE);
  if (message) sessionStorage.setItem(MESSAGE_STORAGE, message);
  else sessionStorage.removeItem(MESSAGE_STORAGE);
}

/** The message left by the last forced sign-out, read once. */
export function takeSignInMessage(): string | null {
  const message = sessionStorage.getItem(MESSAGE_STORAGE);
  sessionStorage.removeItem(MESSAGE_STORAGE);
  return message;
}

/** The key in a sign-in link's fragment (`#key=<key>`), if any. */
export function keyInFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const key = params.get('key')?.trim();
  return key ? key : null;
}
