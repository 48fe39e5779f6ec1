import { errorText } from '../graphql/messages';
import { useCallback, useState } from 'react';
import { useMutation, type AnyVariables, type TypedDocumentNode } from 'urql';
import type { CombinedError } from '@urql/core';
import type { FieldError } from '../components/error-summary/ErrorSummary';
import type { CommandOptions } from '../gql/graphql';

/** A command's refusal, as the form shows it. */
export type CommandRefusal =
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'conflict'; message: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'failed'; message: string };

/** What a form may say beyond its input; the hook gives the commandId itself. */
export type CommandOptionsInput = Omit<CommandOptions, 'commandId'>;

interface IssueDetail {
  path?: (string | number)[];
  message?: string;
}

/**
 * What the server's refusal says, field by field: BAD_USER_INPUT names each field in
 * `extensions.details.issues[].path`; `fieldIds` maps an input path ("reason",
 * "lead.name") to the id of the input showing it. Messages for no field on the form are
 * shown in the summary only.
 */
export function refusalOf(error: CombinedError, fieldIds: Record<string, string>): CommandRefusal {
  const first = error.graphQLErrors[0];
  if (!first) {
    return {
      kind: 'failed',
      message:
        'The tracker could not be reached, so nothing was recorded. Check your connection and try again.',
    };
  }
  const code = first.extensions?.['code'];
  if (code === 'BAD_USER_INPUT') {
    const details = first.extensions?.['details'] as { issues?: IssueDetail[] } | undefined;
    const issues = details?.issues ?? [];
    if (issues.length === 0)
      return { kind: 'invalid', errors: [{ field: '', message: errorText(first) }] };
    return {
      kind: 'invalid',
      errors: issues.map((issue) => {
        const path = (issue.path ?? []).join('.');
        const field = fieldIds[path] ?? fieldIds[String(issue.path?.[0] ?? '')] ?? '';
        return { field, message: upperFirst(issue.message ?? errorText(first)) };
      }),
    };
  }
  if (code === 'CONFLICT') return { kind: 'conflict', message: errorText(first) };
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED')
    return { kind: 'forbidden', message: errorText(first) };
  // A fault the server masked: nothing may be assumed recorded or not; the same commandId
  // makes a retry safe either way.
  return {
    kind: 'failed',
    message: `${errorText(first)}. Try again: your change will not be recorded twice.`,
  };
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Runs one of the office's commands from a form. Every submit of a form carries the same
 * commandId until the server definitely refuses it (nothing was recorded then): a double
 * click, or a retry after a lost answer, records the change once. Refusals come back as
 * field messages (kept beside the fields, with everything typed), a conflict, or a failure.
 */
export function useCommand<Data, Variables extends AnyVariables & { options?: unknown }>(
  document: TypedDocumentNode<Data, Variables>,
  fieldIds: Record<string, string>,
) {
  const [, execute] = useMutation(document);
  const [commandId, setCommandId] = useState(() => crypto.randomUUID());
  const [submitting, setSubmitting] = useState(false);
  const [refusal, setRefusal] = useState<CommandRefusal | null>(null);

  const run = useCallback(
    async (
      variables: Omit<Variables, 'options'>,
      options: CommandOptionsInput = {},
    ): Promise<Data | undefined> => {
      if (submitting) return undefined;
      setSubmitting(true);
      const result = await execute(
        { ...variables, options: { ...options, commandId } } as unknown as Variables,
        { requestPolicy: 'network-only' },
      );
      setSubmitting(false);
      if (result.error) {
        const refused = refusalOf(result.error, fieldIds);
        // Refused outright: nothing recorded, so the next attempt is a new command.
        if (refused.kind !== 'failed') setCommandId(crypto.randomUUID());
        setRefusal(refused);
        return undefined;
      }
      setRefusal(null);
      return result.data ?? undefined;
    },
    [execute, commandId, submitting, fieldIds],
  );

  const errors = refusal?.kind === 'invalid' ? refusal.errors : [];
  /** The message beside the input with this id. */
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;
  return { run, submitting, refusal, errors, errorFor, clearRefusal: () => setRefusal(null) };
}
