import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getLocation, Kind, visit, type ArgumentNode, type DocumentNode, type GraphQLFormattedError, type ObjectFieldNode, type SourceLocation } from 'graphql';

// graphql-js: `Variable "$w" got invalid value "2025-W53"; …` or, inside an input object, `… at "i.motivation.week"; …`.
const VARIABLE_REFUSED = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value .*? at "([^"]+)";|^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value /s;

/** The first argument or input field of the document whose value passes the test. */
function firstField(document: DocumentNode, test: (node: ArgumentNode | ObjectFieldNode) => boolean): string | undefined {
  let found: string | undefined;
  const look = (node: ArgumentNode | ObjectFieldNode) => {
    if (found === undefined && test(node)) found = node.name.value;
  };
  visit(document, { Argument: look, ObjectField: look });
  return found;
}

/** The argument or input field a variable is given to ("week" for `situation(week: $w)`). */
const whereVariableGoes = (document: DocumentNode, variable: string): string | undefined =>
  firstField(document, (node) => node.value.kind === Kind.VARIABLE && node.value.name.value === variable);

/** The argument or input field whose value is written at a place in the document (a refused literal). */
const fieldAt = (document: DocumentNode, at: SourceLocation): string | undefined =>
  firstField(document, ({ value: { loc } }) => {
    if (!loc) return false;
    const here = getLocation(loc.source, loc.start);
    return here.line === at.line && here.column === at.column;
  });

/**
 * The field a refused variable was meant for: its path inside an input object ("motivation.week"),
 * or the argument it is given to. A scalar that refuses a value (a week, a date) cannot know where
 * it came in; the web names the field to the user from this.
 */
export function refusedField(message: string, document: DocumentNode | undefined): string | undefined {
  const match = VARIABLE_REFUSED.exec(message);
  if (!match) return undefined;
  const [, variable, path, whole] = match;
  if (variable && path) return path.slice(path.indexOf('.') + 1);
  return document && whole ? whereVariableGoes(document, whole) : undefined;
}

const withField = (error: GraphQLFormattedError, document: DocumentNode | undefined): GraphQLFormattedError => {
  if (error.extensions?.code !== 'BAD_USER_INPUT' || error.extensions.field !== undefined) return error;
  const literal = document && error.locations?.[0] ? fieldAt(document, error.locations[0]) : undefined;
  const field = refusedField(error.message, document) ?? literal;
  return field === undefined ? error : { ...error, extensions: { ...error.extensions, field } };
};

/** Names the field of every refusal of a value that did not coerce, a variable or a literal (after formatError has given it its code). */
export function refusedFieldPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, document }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => withField(e, document));
        },
      };
    },
  };
}
