/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      actor\n      role\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment PortfolioRow on Initiative {\n    id\n    title\n    status\n    statusSince\n    board {\n      id\n      name\n    }\n    priorities {\n      id\n      title\n    }\n    leadOrganisations {\n      id\n      name\n    }\n    leadOfficers {\n      name\n      role\n    }\n    confidence {\n      rating\n      assessedOn\n    }\n    lastChanged {\n      at\n      recordedAt\n      by\n    }\n  }\n": typeof types.PortfolioRowFragmentDoc,
    "\n  query Portfolio(\n    $first: Int!\n    $after: String\n    $filter: InitiativeFilter\n    $onDate: Date\n    $asOf: DateTime\n  ) {\n    initiatives(first: $first, after: $after, filter: $filter, onDate: $onDate, asOf: $asOf) {\n      totalCount\n      nodes {\n        ...PortfolioRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    initiativeCounts(filter: $filter, onDate: $onDate, asOf: $asOf) {\n      total\n      byStatus {\n        status\n        count\n      }\n      byConfidence {\n        confidence\n        count\n      }\n    }\n    boards(first: 500, onDate: $onDate, asOf: $asOf) {\n      nodes {\n        id\n        name\n      }\n    }\n    priorities(first: 500, onDate: $onDate, asOf: $asOf) {\n      nodes {\n        id\n        title\n      }\n    }\n    organisations(first: 500, onDate: $onDate, asOf: $asOf) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PortfolioDocument,
    "\n  query PortfolioExport($after: String, $filter: InitiativeFilter, $onDate: Date, $asOf: DateTime) {\n    initiatives(first: 500, after: $after, filter: $filter, onDate: $onDate, asOf: $asOf) {\n      nodes {\n        ...PortfolioRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PortfolioExportDocument,
    "\n  subscription PortfolioChanged {\n    portfolioChanged(kinds: [INITIATIVE]) {\n      entityId\n      eventType\n      position\n      actor\n    }\n  }\n": typeof types.PortfolioChangedDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      actor\n      role\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment PortfolioRow on Initiative {\n    id\n    title\n    status\n    statusSince\n    board {\n      id\n      name\n    }\n    priorities {\n      id\n      title\n    }\n    leadOrganisations {\n      id\n      name\n    }\n    leadOfficers {\n      name\n      role\n    }\n    confidence {\n      rating\n      assessedOn\n    }\n    lastChanged {\n      at\n      recordedAt\n      by\n    }\n  }\n": types.PortfolioRowFragmentDoc,
    "\n  query Portfolio(\n    $first: Int!\n    $after: String\n    $filter: InitiativeFilter\n    $onDate: Date\n    $asOf: DateTime\n  ) {\n    initiatives(first: $first, after: $after, filter: $filter, onDate: $onDate, asOf: $asOf) {\n      totalCount\n      nodes {\n        ...PortfolioRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    initiativeCounts(filter: $filter, onDate: $onDate, asOf: $asOf) {\n      total\n      byStatus {\n        status\n        count\n      }\n      byConfidence {\n        confidence\n        count\n      }\n    }\n    boards(first: 500, onDate: $onDate, asOf: $asOf) {\n      nodes {\n        id\n        name\n      }\n    }\n    priorities(first: 500, onDate: $onDate, asOf: $asOf) {\n      nodes {\n        id\n        title\n      }\n    }\n    organisations(first: 500, onDate: $onDate, asOf: $asOf) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.PortfolioDocument,
    "\n  query PortfolioExport($after: String, $filter: InitiativeFilter, $onDate: Date, $asOf: DateTime) {\n    initiatives(first: 500, after: $after, filter: $filter, onDate: $onDate, asOf: $asOf) {\n      nodes {\n        ...PortfolioRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PortfolioExportDocument,
    "\n  subscription PortfolioChanged {\n    portfolioChanged(kinds: [INITIATIVE]) {\n      entityId\n      eventType\n      position\n      actor\n    }\n  }\n": types.PortfolioChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      actor\n      role\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      actor\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortfolioRow on Initiative {\n    id\n    title\n    status\n    statusSince\n    board {\n      id\n      name\n    }\n    priorities {\n      id\n      title\n    }\n    leadOrganisations {\n      id\n      name\n    }\n    leadOfficers {\n      name\n      role\n    }\n    confidence {\n      rating\n      assessedOn\n    }\n    lastChanged {\n      at\n      recordedAt\n      by\n    }\n  }\n"): (typeof documents)["\n  fragment PortfolioRow on Initiative {\n    id\n    title\n    status\n    statusSince\n    board {\n      id\n      name\n    }\n    priorities {\n      id\n      title\n    }\n    leadOrganisations {\n      id\n      name\n    }\n    leadOfficers {\n      name\n      role\n    }\n    confidence {\n      rating\n      assessedOn\n    }\n    lastChanged {\n      at\n      recordedAt\n      by\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Portfolio(\n    $first: Int!\n    $after: String\n    $filter: InitiativeFilter\n    $onDate: Date\n    $asOf: DateTime\n  ) {\n    initiatives(first: $first, after: $after, filter: $filter, onDate: $onDate, asOf: $asOf) {\n      totalCount\n      nodes {\n        ...PortfolioRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    initiativeCounts(filter: $filter, onDate: $onDate, asOf: $asOf) {\n      total\n      byStatus {\n        status\n        count\n      }\n      byConfidence {\n        confidence\n        count\n      }\n    }\n    boards(first: 500, onDate: $onDate, asOf: $asOf) {\n      nodes {\n        id\n        name\n      }\n    }\n    priorities(first: 500, onDate: $onDate, asOf: $asOf) {\n      nodes {\n        id\n        title\n      }\n    }\n    organisations(first: 500, onDate: $onDate, asOf: $asOf) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Portfolio(\n    $first: Int!\n    $after: String\n    $filter: InitiativeFilter\n    $onDate: Date\n    $asOf: DateTime\n  ) {\n    initiatives(first: $first, after: $after, filter: $filter, onDate: $onDate, asOf: $asOf) {\n      totalCount\n      nodes {\n        ...PortfolioRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    initiativeCounts(filter: $filter, onDate: $onDate, asOf: $asOf) {\n      total\n      byStatus {\n        status\n        count\n      }\n      byConfidence {\n        confidence\n        count\n      }\n    }\n    boards(first: 500, onDate: $onDate, asOf: $asOf) {\n      nodes {\n        id\n        name\n      }\n    }\n    priorities(first: 500, onDate: $onDate, asOf: $asOf) {\n      nodes {\n        id\n        title\n      }\n    }\n    organisations(first: 500, onDate: $onDate, asOf: $asOf) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortfolioExport($after: String, $filter: InitiativeFilter, $onDate: Date, $asOf: DateTime) {\n    initiatives(first: 500, after: $after, filter: $filter, onDate: $onDate, asOf: $asOf) {\n      nodes {\n        ...PortfolioRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortfolioExport($after: String, $filter: InitiativeFilter, $onDate: Date, $asOf: DateTime) {\n    initiatives(first: 500, after: $after, filter: $filter, onDate: $onDate, asOf: $asOf) {\n      nodes {\n        ...PortfolioRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PortfolioChanged {\n    portfolioChanged(kinds: [INITIATIVE]) {\n      entityId\n      eventType\n      position\n      actor\n    }\n  }\n"): (typeof documents)["\n  subscription PortfolioChanged {\n    portfolioChanged(kinds: [INITIATIVE]) {\n      entityId\n      eventType\n      position\n      actor\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;