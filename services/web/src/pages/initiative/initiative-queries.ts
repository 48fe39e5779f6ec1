import { graphql } from '../../gql';

/** Everything about one initiative; its recorded history for keys that may read it. */
export const InitiativeDocument = graphql(`
  query Initiative($id: ID!, $onDate: Date, $asOf: DateTime) {
    initiative(id: $id, onDate: $onDate, asOf: $asOf) {
      id
      title
      description
      status
      statusSince
      nextStatuses
      version
      registeredOn
      board {
        id
        name
      }
      owningBoard {
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
      transferLead {
        name
        role
      }
      decision {
        id
        resolution
        decidedOn
      }
      confidence {
        rating
        comment
        assessedOn
      }
      confidenceHistory {
        rating
        previous
        comment
        assessedOn
        recorded {
          recordedAt
          by
        }
      }
      statusHistory {
        from
        to
        on
        reason
        targetBoard {
          id
          name
        }
        lead {
          name
          role
        }
        decision {
          id
          resolution
        }
        recorded {
          recordedAt
          by
        }
      }
      milestones {
        id
        title
        dueOn
        originalDueOn
        completedOn
        completedLate
        redatings {
          previousDueOn
          dueOn
          reason
          redatedOn
        }
      }
      nextSteps {
        text
        asOf
      }
      outcomes {
        id
        title
        source
        note
        recordedOn
        period {
          label
        }
        figures {
          name
          value
        }
      }
      lastChanged {
        recordedAt
        by
      }
    }
  }
`);

/** Everything recorded about an initiative (office and auditor keys), and the boards it names. */
export const InitiativeHistoryDocument = graphql(`
  query InitiativeHistory($id: ID!, $onDate: Date, $asOf: DateTime) {
    initiative(id: $id, onDate: $onDate, asOf: $asOf) {
      id
      history(first: 200) {
        totalCount
        nodes {
          position
          revision
          eventType
          actor
          role
          recordedAt
          occurredAt
          reason
          decisionId
          data
        }
      }
    }
    boards(first: 500, onDate: $onDate, asOf: $asOf) {
      nodes {
        id
        name
      }
    }
  }
`);

/** A decision of a board, as minuted. */
export const DecisionDocument = graphql(`
  query Decision($id: ID!, $onDate: Date, $asOf: DateTime) {
    decision(id: $id, onDate: $onDate, asOf: $asOf) {
      id
      kind
      resolution
      decidedOn
      superseded
      board {
        id
        name
      }
      supersedes {
        id
        resolution
      }
      supersededBy {
        id
        resolution
      }
    }
  }
`);
