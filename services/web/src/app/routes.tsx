import { createBrowserRouter } from 'react-router';
import { ActionLogPage } from '../pages/actions/ActionLogPage';
import { CloseActionPage } from '../pages/actions/CloseActionPage';
import { LogActionPage } from '../pages/actions/LogActionPage';
import { UpdateActionPage } from '../pages/actions/UpdateActionPage';
import { DecisionPage } from '../pages/decision/DecisionPage';
import { ChangeStatusPage } from '../pages/initiative/ChangeStatusPage';
import { ConfidencePage } from '../pages/initiative/ConfidencePage';
import { InitiativePage } from '../pages/initiative/InitiativePage';
import { TransferPage } from '../pages/initiative/TransferPage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { RegisterInitiativePage } from '../pages/register/RegisterInitiativePage';
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
      { path: 'initiatives/new', element: <RegisterInitiativePage /> },
      { path: 'initiatives/:id', element: <InitiativePage /> },
      { path: 'initiatives/:id/status', element: <ChangeStatusPage /> },
      { path: 'initiatives/:id/confidence', element: <ConfidencePage /> },
      { path: 'initiatives/:id/transfer', element: <TransferPage /> },
      { path: 'decisions/:id', element: <DecisionPage /> },
      { path: 'actions', element: <ActionLogPage /> },
      { path: 'actions/new', element: <LogActionPage /> },
      { path: 'actions/:id/update', element: <UpdateActionPage /> },
      { path: 'actions/:id/close', element: <CloseActionPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
