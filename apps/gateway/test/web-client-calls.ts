import { basename, resolve } from 'node:path';
import ts from 'typescript';

/** One call the web app's API client makes, as its source says: method, path template, query and body fields. */
export interface WebClientCall {
  method: string;
  /** In OpenAPI's form: /api/matters/{matterNumber}. */
  path: string;
  query: string[];
  body?: { fields: string[]; required: string[] };
  where: string;
}

const WEB_TSCONFIG = resolve(__dirname, '../../web/tsconfig.json');
const CLIENT_FILES = ['endpoints.ts', 'staff-session.ts'].map((file) => resolve(__dirname, '../../web/src/api', file));
const REQUEST_FUNCTIONS = new Set(['request', 'staffRequest']);

/**
 * Reads the calls from the client's source with the TypeScript checker, so a field's name comes from
 * the type the client sends (libs/gateway-api), not from a copy of it.
 */
export function webClientCalls(): WebClientCall[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    WEB_TSCONFIG,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  )!;
  const program = ts.createProgram(CLIENT_FILES, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const calls: WebClientCall[] = [];
  for (const file of CLIENT_FILES) calls.push(...callsIn(program.getSourceFile(file)!, checker));
  if (calls.length === 0) throw new Error(`no calls found in ${CLIENT_FILES.join(', ')}`);
  return calls;
}

function callsIn(source: ts.SourceFile, checker: ts.TypeChecker): WebClientCall[] {
  const calls: WebClientCall[] = [];

  const fieldsOf = (node: ts.Node) => {
    const properties = checker
      .getApparentType(checker.getNonNullableType(checker.getTypeAtLocation(node)))
      .getProperties();
    return {
      fields: properties.map((property) => property.name),
      required: properties.filter((property) => !(property.flags & ts.SymbolFlags.Optional)).map((p) => p.name),
    };
  };
  const pathOf = (node: ts.Expression): string => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (!ts.isTemplateExpression(node)) throw new Error(`a path the spec cannot read: ${node.getText(source)}`);
    return node.templateSpans.reduce((path, span) => {
      // `${segment(matterNumber)}`: the parameter is named by the argument.
      const value = ts.isCallExpression(span.expression) ? span.expression.arguments[0]! : span.expression;
      return `${path}{${value.getText(source)}}${span.literal.text}`;
    }, node.head.text);
  };

  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && REQUEST_FUNCTIONS.has(node.expression.text)) {
      const [method, path, options] = node.arguments;
      if (method && path && ts.isStringLiteral(method)) {
        const call: WebClientCall = {
          method: method.text,
          path: pathOf(path),
          query: [],
          where: `${basename(source.fileName)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText(source).slice(0, 80)}`,
        };
        if (options && ts.isObjectLiteralExpression(options)) {
          for (const property of options.properties) {
            const name = property.name?.getText(source);
            const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
            if (!value) continue;
            if (name === 'query') call.query = fieldsOf(value).fields;
            if (name === 'body') call.body = fieldsOf(value);
          }
        }
        calls.push(call);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}
