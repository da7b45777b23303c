import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { DEFAULT_LIMITS, exceptIntrospection, limitRules, parseWithLimits } from '@tk/gis';

/**
 * Depth, aliases, root fields, cost and tokens are checked here before planning, with the same
 * limits the subgraphs apply on their own. Outside production introspection (GraphiQL) is exempt.
 */
export function useQueryLimits(production: boolean): GatewayPlugin {
  const rules = production ? limitRules(DEFAULT_LIMITS) : exceptIntrospection(limitRules(DEFAULT_LIMITS));
  return {
    onParse({ setParseFn }) {
      setParseFn((source) => parseWithLimits(typeof source === 'string' ? source : source.body, DEFAULT_LIMITS));
    },
    onValidate({ addValidationRule }) {
      rules.forEach((rule) => addValidationRule(rule));
    },
  };
}
