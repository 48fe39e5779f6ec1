import type { ExecutionArgs, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * A check made once the variables are known and before anything is read or written, for
 * queries, mutations and subscriptions alike: a refusal is the whole answer.
 */
export function refuseBefore(check: (args: ExecutionArgs) => GraphQLError | undefined): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refusal = check(args);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = check(args);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
  };
}
