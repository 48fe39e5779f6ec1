import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/**
 * GraphiQL, served whole from the installed package (no CDN: it works on an office network
 * with no internet). The page carries no key: it reads the one a signed-in user of the web app
 * keeps in this origin's session storage, or asks for one in its headers editor.
 */

/** Where the web app keeps the signed-in key; GraphiQL reads the same entry. */
export const SESSION_KEY_ENTRY = 'partnership-tracker.api-key';

const HEADERS_PLACEHOLDER = '__partnership_tracker_headers__';

const DEFAULT_QUERY = `# Partnership Tracker. Every request needs an API key.
# Signed in to the web app in this tab (/sign-in, or the link \`npm start\` printed)?
# Then the Headers tab below already sends your key. If not, put it there:
#   { "Authorization": "Bearer <your key>" }

{
  boards(first: 5) {
    totalCount
    nodes { name chair { name role } }
  }
}
`;

// Runs in the browser before GraphiQL starts: the headers to start with.
const headersScript = `<script>
  function partnershipTrackerHeaders() {
    var key = null;
    try { key = window.sessionStorage.getItem(${JSON.stringify(SESSION_KEY_ENTRY)}); } catch (e) {}
    return JSON.stringify({ Authorization: 'Bearer ' + (key || '<your API key>') }, null, 2);
  }
</script>`;

let page: string | undefined;

/** The page, built once (the package inlines GraphiQL's scripts: about 9 MB). */
export function graphiqlPage(title: string): string {
  page ??= renderGraphiQL({
    title,
    defaultQuery: DEFAULT_QUERY,
    headers: HEADERS_PLACEHOLDER,
    shouldPersistHeaders: false,
  })
    .replace('<div id="root"></div>', `<div id="root"></div>\n${headersScript}`)
    .replace(`"headers":"${HEADERS_PLACEHOLDER}"`, '"headers":partnershipTrackerHeaders()');
  return page;
}
