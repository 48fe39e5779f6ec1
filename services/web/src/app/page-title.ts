import { useEffect } from 'react';

const SERVICE = 'Partnership Tracker';

/** The tab's title names the page first, as GOV.UK pages do ("Error: " first when one shows). */
export function usePageTitle(page: string): void {
  useEffect(() => {
    document.title = `${page} – ${SERVICE}`;
  }, [page]);
}
