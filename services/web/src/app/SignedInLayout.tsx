import { errorText } from '../graphql/messages';
import { useCallback, useMemo, useState } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { Provider, useQuery } from 'urql';
import { forgetKey, storedKey } from '../auth/session';
import { permissionsOf, ViewerContext, ViewerDocument } from '../auth/viewer';
import { DateControl } from '../components/date-control/DateControl';
import { Header } from '../components/header/Header';
import { PastBanner } from '../components/past-banner/PastBanner';
import { createApiClient } from '../graphql/client';
import { Page } from './Page';

/**
 * Every page but sign-in: needs a key in this tab, asks the server who it speaks for, and
 * shows the header, the date control and the page. A key the server stops accepting (revoked,
 * expired) sends the user back to sign in, with the server's reason.
 */
export function SignedInLayout() {
  const location = useLocation();
  const navigate = useNavigate();
  const [key] = useState(() => storedKey());
  const here = location.pathname + location.search;

  const signOut = useCallback(
    (message?: string) => {
      forgetKey(message);
      navigate(`/sign-in?next=${encodeURIComponent(here)}`, { replace: true });
    },
    [navigate, here],
  );
  // One client per key: its cache belongs to what that key may see.
  const client = useMemo(() => (key ? createApiClient(key, (m) => signOut(m)) : null), [key]);

  if (!key || !client) return <Navigate to={`/sign-in?next=${encodeURIComponent(here)}`} replace />;
  return (
    <Provider value={client}>
      <WithViewer onSignOut={() => signOut()} />
    </Provider>
  );
}

function WithViewer({ onSignOut }: { onSignOut: () => void }) {
  const [{ data, error }] = useQuery({ query: ViewerDocument, requestPolicy: 'cache-first' });
  const viewer = data?.viewer;
  if (!viewer) {
    return (
      <Page>
        <h1 className="govuk-heading-l">{error ? 'The tracker cannot be reached' : 'Loading'}</h1>
        {error && <p className="govuk-body">{errorText(error)}</p>}
      </Page>
    );
  }
  return (
    <ViewerContext.Provider value={viewer}>
      <Page
        header={<Header viewer={viewer} onSignOut={onSignOut} />}
        beforeMain={
          <>
            <DateControl recordedTime={permissionsOf(viewer).history} />
            <PastBanner />
          </>
        }
      >
        <Outlet />
      </Page>
    </ViewerContext.Provider>
  );
}
