import { badUserInput, uuidArg, type AuditEntry } from '@tk/gis';
import { ACCESS } from '@tk/access';
import { audit } from '../db/measures.js';
import { builder } from './builder.js';

const JSONValue = builder.scalarType('JSON', {
  description: 'Any JSON value (the before/after values of an audited change).',
  serialize: (value) => value,
  parseValue: () => {
    throw badUserInput('JSON is an output type only', { reason: 'invalid_input' });
  },
});

export const AuditEntryRef = builder.objectRef<AuditEntry>('MeasureAuditEntry').implement({
  description: 'One change in the measures service: who, what, when, and the values before and after.',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.expose('at', { type: 'DateTime' }),
    actor: t.exposeString('actor', { description: 'The subject of the token that made the change, or "system".' }),
    actorName: t.exposeString('actorName'),
    actorRoles: t.exposeStringList('actorRoles'),
    action: t.exposeString('action', { description: '"create", "withdraw", …' }),
    entity: t.exposeString('entity'),
    entityId: t.exposeID('entityId'),
    before: t.expose('before', { type: JSONValue, nullable: true }),
    after: t.expose('after', { type: JSONValue, nullable: true }),
  }),
});

builder.queryFields((t) => ({
  measuresAuditLog: t.field({
    type: [AuditEntryRef],
    authScopes: { role: ACCESS.auditRead.all },
    description: 'The measures service\'s audit log, newest first (administrators only).',
    args: { entityId: t.arg.id(), limit: t.arg.int({ defaultValue: 100 }) },
    resolve: (_root, args, { db }) => {
      const limit = args.limit ?? 100;
      if (limit < 1 || limit > 1000) throw badUserInput('limit must be between 1 and 1000', { field: 'limit', reason: 'out_of_range', min: 1, max: 1000 });
      return audit.list(db, { entityId: uuidArg(args.entityId, 'entityId'), limit });
    },
  }),
}));
