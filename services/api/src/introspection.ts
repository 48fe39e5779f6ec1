import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { authenticationOf } from './authentication';

/**
 * Who the schema is described to. A caller without a working key learns nothing, in every
 * mode. In production, only the office and auditors: other systems (reader keys) code against
 * the published SDL in schema/. Validation runs before the GraphQL context is built, so the
 * request's authentication is read from the server context.
 */
export function useIntrospectionLimits(options: { production: boolean }): Plugin {
  return {
    onValidate({ context, addValidationRule }) {
      const role = authenticationOf((context as { req?: object }).req).principal?.role;
      const described =
        role === 'office' || role === 'auditor' || (role === 'reader' && !options.production);
      if (!described) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
