import { createBrowserRouter } from 'react-router';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { PortfolioPage } from '../pages/portfolio/PortfolioPage';
import { SignInPage } from '../pages/sign-in/SignInPage';
import { Page } from './Page';
import { SignedInLayout } from './SignedInLayout';

/** Every page of the app. Pages inside SignedInLayout need a key; sign-in does not. */
export const router = createBrowserRouter([
  {
    path: '/sign-in',
    element: (
      <Page>
        <SignInPage />
      </Page>
    ),
  },
  {
    element: <SignedInLayout />,
    children: [
      { index: true, element: <PortfolioPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
