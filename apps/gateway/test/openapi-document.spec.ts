import { AuthTestGateway } from './auth-harness';
import {
  bodySchemaOf,
  operationsOf,
  pathParametersOf,
  type DocumentedOperation,
  type OpenApiDocument,
} from './openapi';
import { webClientCalls } from './web-client-calls';

// The OpenAPI document the gateway serves at /api/docs-json: complete enough to generate clients and
// fuzz from, and in agreement with the web app's own client.

const name = ({ method, path }: { method: string; path: string }) => `${method} ${path}`;
const PUBLIC = /^\/api\/(public\/(applications|tracking-codes|service\/\{token\}(\/receipt)?)|auth\/sign-out)$/;

describe('the OpenAPI document', () => {
  const gateway = new AuthTestGateway();
  let document: OpenApiDocument;
  let operations: DocumentedOperation[];

  beforeAll(async () => {
    await gateway.start();
    document = (await gateway.client.request<OpenApiDocument>('GET', '/api/docs-json')).body;
    operations = operationsOf(document);
  }, 60_000);
  afterAll(() => gateway.stop());

  it('declares every path parameter of every operation, required and with its pattern', () => {
    const undeclared = operations.flatMap(({ method, path, operation }) =>
      pathParametersOf(path)
        .filter(
          (parameter) =>
            !operation.parameters?.some(
              (p) => p.in === 'path' && p.name === parameter && p.required && p.schema.pattern,
            ),
        )
        .map((parameter) => `${method} ${path}: ${parameter}`),
    );
    expect(operations.length).toBeGreaterThanOrEqual(20);
    expect(undeclared).toEqual([]);
  });

  it('documents the refusals every operation can give, each with the ApiError body', () => {
    const missing = operations.flatMap(({ method, path, operation }) => {
      const expected = [
        '400',
        '429',
        ...(PUBLIC.test(path) || path === '/api/auth/sign-in' || path === '/api/auth/refresh' ? [] : ['401']),
        ...(path.includes('{') ? ['404'] : []),
        ...(method === 'POST' ? ['413'] : []),
        ...(path === '/api/auth/sign-in' ? ['401', '423'] : []),
      ];
      return expected.filter((status) => !operation.responses[status]).map((status) => `${method} ${path}: ${status}`);
    });
    expect(missing).toEqual([]);
    const refusals = operations.flatMap(({ method, path, operation }) =>
      Object.entries(operation.responses)
        .filter(([status]) => status.startsWith('4'))
        .map(([status, answer]) => [`${method} ${path} ${status}`, answer.content?.['application/json']?.schema.$ref]),
    );
    expect(refusals.filter(([, schema]) => schema !== '#/components/schemas/ApiErrorView')).toEqual([]);
    expect(document.components.schemas['ApiErrorView']?.required).toEqual(['statusCode', 'error', 'message']);
  });

  it('says that request bodies take no fields they do not declare, as validation refuses them', () => {
    const open = operations
      .map(({ method, path, operation }) => [`${method} ${path}`, bodySchemaOf(document, operation)] as const)
      .filter(([, schema]) => schema && schema.additionalProperties !== false)
      .map(([operation]) => operation);
    expect(open).toEqual([]);
  });

  it('documents one success answer for every operation', () => {
    const without = operations.filter(
      ({ operation }) => !Object.keys(operation.responses).some((s) => s.startsWith('2')),
    );
    expect(without.map(name)).toEqual([]);
  });

  it("has an operation for every call of the web app's client, with the same method, path and parameters", () => {
    const calls = webClientCalls();
    expect(calls.length).toBeGreaterThanOrEqual(20);
    const disagreements = calls.flatMap((call) => {
      const operation = document.paths[call.path]?.[call.method.toLowerCase()];
      if (!operation) return [`${call.where}: no operation ${name(call)}`];
      const parameters = (where: string) =>
        (operation.parameters ?? []).filter((p) => p.in === where).map((p) => p.name);
      const problems: string[] = [];
      if (parameters('path').sort().join() !== pathParametersOf(call.path).sort().join()) {
        problems.push(`path parameters ${parameters('path').join()} in the document`);
      }
      const unknownQuery = call.query.filter((field) => !parameters('query').includes(field));
      if (unknownQuery.length > 0) problems.push(`query ${unknownQuery.join()} not in the document`);
      const schema = bodySchemaOf(document, operation);
      if (call.body && !schema) problems.push('sends a body the document does not take');
      if (!call.body && operation.requestBody?.required) problems.push('sends no body where the document needs one');
      if (call.body && schema) {
        const unknown = call.body.fields.filter((field) => !schema.properties?.[field]);
        const unsent = (schema.required ?? []).filter((field) => !call.body!.required.includes(field));
        if (unknown.length > 0) problems.push(`body fields ${unknown.join()} not in the document`);
        if (unsent.length > 0) problems.push(`required body fields ${unsent.join()} not always sent`);
      }
      return problems.map((problem) => `${call.where}: ${name(call)}: ${problem}`);
    });
    expect(disagreements).toEqual([]);
  });
});
