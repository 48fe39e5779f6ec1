import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { presentedKey, type KeyRing } from './api-keys';

/**
 * In production, the schema is described only to the office and auditors: other systems
 * (reader keys) code against the published SDL in schema/, and a stranger learns nothing.
 * Validation runs before the GraphQL context is built, so the key is read from the request.
 */
export function useIntrospectionForStaffOnly(keys: KeyRing): Plugin {
  return {
    onValidate({ context, addValidationRule }) {
      const { request } = context as { request?: Request };
      const key = request ? presentedKey(request.headers) : undefined;
      const role = key ? keys.authenticate(key)?.role : undefined;
      if (role !== 'office' && role !== 'auditor')
        addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
