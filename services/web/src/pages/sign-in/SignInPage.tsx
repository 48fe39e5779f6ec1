import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary';
import { checkKey } from '../../graphql/client';
import { keyInFragment, storeKey, takeSignInMessage } from '../../auth/session';
import { usePageTitle } from '../../app/page-title';

/** Only a path inside this app may be gone to after signing in (no open redirect). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in')
    ? next
    : '/';
}

/**
 * Sign-in: a form asking for the API key, or the link `npm start` prints, which carries the
 * key in the fragment (never sent to a server). The fragment leaves the address bar at once,
 * whether the key is good or not, so it is not left in history or on screen.
 */
export function SignInPage() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const next = safeNext(search.get('next'));
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice] = useState(() => takeSignInMessage());
  const [checking, setChecking] = useState(false);
  const fragmentRead = useRef(false);
  usePageTitle(error ? 'Error: Sign in' : 'Sign in');

  async function signIn(candidate: string) {
    setChecking(true);
    const checked = await checkKey(candidate);
    setChecking(false);
    if (checked.ok) {
      storeKey(candidate);
      navigate(next, { replace: true });
    } else {
      setError(checked.message);
    }
  }

  useEffect(() => {
    // The fragment is read and removed before anything else happens: on arrival, and when a
    // sign-in link is opened in a tab already showing this page (only the fragment changes).
    const readFragment = () => {
      const fromLink = keyInFragment(window.location.hash);
      if (window.location.hash) {
        window.history.replaceState(null, '', window.location.pathname + window.location.search);
      }
      if (fromLink) void signIn(fromLink);
    };
    if (!fragmentRead.current) {
      fragmentRead.current = true;
      readFragment();
    }
    window.addEventListener('hashchange', readFragment);
    return () => window.removeEventListener('hashchange', readFragment);
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = key.trim();
    if (!trimmed) {
      setError('Enter your API key');
      return;
    }
    void signIn(trimmed);
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {error && <ErrorSummary errors={[{ field: 'api-key', message: error }]} />}
        {notice && !error && (
          <div className="govuk-inset-text" role="status">
            {notice}
          </div>
        )}
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">
          Sign in with the API key the programme office gave you. It says who you are and what you
          may do. This browser tab keeps it until you sign out or close the tab.
        </p>
        <form onSubmit={submit} noValidate>
          <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor="api-key">
              API key
            </label>
            <div id="api-key-hint" className="govuk-hint">
              A long string of letters and digits. The server prints a sign-in link when it starts.
            </div>
            {error && (
              <p id="api-key-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {error}
              </p>
            )}
            <input
              className={`govuk-input${error ? ' govuk-input--error' : ''}`}
              id="api-key"
              name="apiKey"
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={key}
              onChange={(event) => setKey(event.target.value)}
              aria-describedby={`api-key-hint${error ? ' api-key-error' : ''}`}
            />
          </div>
          <button type="submit" className="govuk-button" disabled={checking}>
            {checking ? 'Checking…' : 'Sign in'}
          </button>
        </form>
      </div>
    </div>
  );
}
