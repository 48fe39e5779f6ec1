import { graphql } from '../../gql';

graphql(`
  fragment PortfolioRow on Initiative {
    id
    title
    status
    statusSince
    board {
      id
      name
    }
    priorities {
      id
      title
    }
    leadOrganisations {
      id
      name
    }
    leadOfficers {
      name
      role
    }
    confidence {
      rating
      assessedOn
    }
    lastChanged {
      at
      recordedAt
      by
    }
  }
`);

/** One page of the portfolio, its counts, and the choices its filters offer, at one point in time. */
export const PortfolioDocument = graphql(`
  query Portfolio(
    $first: Int!
    $after: String
    $filter: InitiativeFilter
    $onDate: Date
    $asOf: DateTime
  ) {
    initiatives(first: $first, after: $after, filter: $filter, onDate: $onDate, asOf: $asOf) {
      totalCount
      nodes {
        ...PortfolioRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    initiativeCounts(filter: $filter, onDate: $onDate, asOf: $asOf) {
      total
      byStatus {
        status
        count
      }
      byConfidence {
        confidence
        count
      }
    }
  }
`);

/** The choices the portfolio's filters offer, at the same point in time. */
export const PortfolioChoicesDocument = graphql(`
  query PortfolioChoices($onDate: Date, $asOf: DateTime) {
    boards(first: 500, onDate: $onDate, asOf: $asOf) {
      nodes {
        id
        name
      }
    }
    priorities(first: 500, onDate: $onDate, asOf: $asOf) {
      nodes {
        id
        title
      }
    }
    organisations(first: 500, onDate: $onDate, asOf: $asOf) {
      nodes {
        id
        name
      }
    }
  }
`);

/** Every initiative matching the filter, a page of 50 at a time (within the cost limit, which counts a literal first): the CSV download. */
export const PortfolioExportDocument = graphql(`
  query PortfolioExport($after: String, $filter: InitiativeFilter, $onDate: Date, $asOf: DateTime) {
    initiatives(first: 50, after: $after, filter: $filter, onDate: $onDate, asOf: $asOf) {
      nodes {
        ...PortfolioRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PortfolioChangedDocument = graphql(`
  subscription PortfolioChanged {
    portfolioChanged(kinds: [INITIATIVE]) {
      entityId
      eventType
      position
      actor
    }
  }
`);
