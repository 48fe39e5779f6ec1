import { graphql } from '../../gql';

/** The action log: one page of actions (board by board, in number order) and the boards. */
export const ActionLogDocument = graphql(`
  query ActionLog(
    $first: Int!
    $after: String
    $filter: ActionFilter
    $overdueOn: Date
    $onDate: Date
    $asOf: DateTime
  ) {
    actions(first: $first, after: $after, filter: $filter, onDate: $onDate, asOf: $asOf) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ActionRow
      }
    }
    boards(first: 500, onDate: $onDate, asOf: $asOf) {
      nodes {
        id
        name
        dissolved
      }
    }
  }

  fragment ActionRow on Action {
    id
    number
    action
    raisedOn
    responsibleOfficers
    dueOn
    status
    rag
    open
    completedOn
    overdue(on: $overdueOn)
    board {
      id
      name
    }
  }
`);

/** What the action forms need to know of the action and its log, read fresh each time. */
export const ActionForEditDocument = graphql(`
  query ActionForEdit($id: ID!) {
    action(id: $id) {
      id
      number
      action
      raisedOn
      responsibleOfficers
      dueOn
      status
      rag
      open
      completedOn
      ragHistory {
        rag
        setOn
      }
      comments {
        comment
        commentedOn
      }
      board {
        id
        name
        actionLogVersion
      }
    }
  }
`);

/** The boards an action can be logged on. */
export const ActionBoardsDocument = graphql(`
  query ActionBoards {
    boards(first: 500) {
      nodes {
        id
        name
        dissolved
      }
    }
  }
`);

export const LogActionDocument = graphql(`
  mutation LogAction($input: LogActionInput!, $options: CommandOptions) {
    logAction(input: $input, options: $options) {
      commandId
      version
      action {
        id
        number
        board {
          id
          name
        }
      }
    }
  }
`);

export const SetActionRagDocument = graphql(`
  mutation SetActionRag($input: SetActionRagInput!, $options: CommandOptions) {
    setActionRag(input: $input, options: $options) {
      commandId
      version
      action {
        id
        number
        rag
        status
      }
    }
  }
`);

export const CommentOnActionDocument = graphql(`
  mutation CommentOnAction($input: CommentOnActionInput!, $options: CommandOptions) {
    commentOnAction(input: $input, options: $options) {
      commandId
      version
      action {
        id
        number
      }
    }
  }
`);

export const CompleteActionDocument = graphql(`
  mutation CompleteAction($input: CompleteActionInput!, $options: CommandOptions) {
    completeAction(input: $input, options: $options) {
      commandId
      version
      action {
        id
        number
        status
        completedOn
      }
    }
  }
`);
