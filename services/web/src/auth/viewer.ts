import { createContext, useContext } from 'react';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      actor
      role
    }
  }
`);

export type Viewer = ViewerQuery['viewer'];

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in principal (inside the signed-in layout only). */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer is for pages inside the signed-in layout');
  return viewer;
}

/**
 * What the key's role may do, for showing or hiding controls. The server enforces every rule;
 * this only spares a user controls that would be refused.
 */
export function permissionsOf(viewer: Viewer) {
  return {
    /** Record changes: the office's forms. */
    edit: viewer.role === 'OFFICE',
    /** Who changed what and when, and the recorded-time control: office and auditors. */
    history: viewer.role === 'OFFICE' || viewer.role === 'AUDITOR',
  };
}
