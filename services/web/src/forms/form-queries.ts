import { graphql } from '../gql';

/** What the initiative forms need to know of the initiative, read fresh each time. */
export const InitiativeForEditDocument = graphql(`
  query InitiativeForEdit($id: ID!) {
    initiative(id: $id) {
      id
      title
      status
      statusSince
      nextStatuses
      version
      board {
        id
        name
        subBoards {
          id
          name
          dissolved
        }
      }
      confidence {
        rating
        comment
        assessedOn
      }
    }
  }
`);

/**
 * The choices a form offers: boards, priorities, organisations and the decision log, 200 of
 * each (within the operation cost limit; more would not fit a list to choose from either).
 */
export const FormChoicesDocument = graphql(`
  query FormChoices {
    boards(first: 200) {
      nodes {
        id
        name
        dissolved
      }
    }
    priorities(first: 200) {
      nodes {
        id
        title
        board {
          id
        }
      }
    }
    organisations(first: 200) {
      nodes {
        id
        name
      }
    }
    decisions(first: 200) {
      nodes {
        id
        decidedOn
        resolution
        board {
          id
          name
        }
      }
    }
  }
`);

export const ChangeInitiativeStatusDocument = graphql(`
  mutation ChangeInitiativeStatus($input: ChangeInitiativeStatusInput!, $options: CommandOptions) {
    changeInitiativeStatus(input: $input, options: $options) {
      commandId
      replayed
      initiative {
        id
        status
        statusSince
        version
      }
    }
  }
`);

export const SetDeliveryConfidenceDocument = graphql(`
  mutation SetDeliveryConfidence($input: SetDeliveryConfidenceInput!, $options: CommandOptions) {
    setDeliveryConfidence(input: $input, options: $options) {
      commandId
      initiative {
        id
        version
        confidence {
          rating
        }
      }
    }
  }
`);

export const RegisterInitiativeDocument = graphql(`
  mutation RegisterInitiative($input: RegisterInitiativeInput!, $options: CommandOptions) {
    registerInitiative(input: $input, options: $options) {
      commandId
      initiative {
        id
      }
    }
  }
`);
