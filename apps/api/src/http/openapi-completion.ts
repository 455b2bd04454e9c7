import { type Type } from '@nestjs/common';
import { ApiExtension, getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import {
  type OperationObject,
  type ParameterObject,
  type PathItemObject,
  type ReferenceObject,
  type ResponseObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemResponse' } } };

/** What every route can answer by the way it is built, whatever its own decorators say. */
const IMPLIED: Record<number, string> = {
  400: 'A parameter or a field is invalid: `errors[]` names each one',
  401: 'No valid bearer token or session',
  403: 'The caller’s role (or personal link) may not do this, or a browser session sent no CSRF token',
  404: 'Nothing with that id, or nothing the caller may see',
  413: 'The body is over its limit',
  409: 'The change conflicts with the current state (a duplicate, a record still referred to, a workflow’s refusal)',
  415: 'The body’s content type is not one this route takes',
  503: 'A service dondoc needs (PostgreSQL, Temporal) is not answering; try again shortly',
};

const BODIES = 'x-dondoc-bodies';

/**
 * A body taken in several media types, each with its own schema (a multipart form with files, or JSON with base64):
 * Nest's ApiBody gives every media type one schema. List each class in @ApiExtraModels too.
 */
export const ApiBodyByMediaType = (bodies: Record<string, Type<unknown>>): MethodDecorator =>
  ApiExtension(BODIES, Object.fromEntries(Object.entries(bodies).map(([type, model]) => [type, getSchemaPath(model)])));

const isParameter = (parameter: ParameterObject | ReferenceObject): parameter is ParameterObject => 'in' in parameter;

/**
 * Completes the generated document so that a client generated from it handles every answer it can get: the
 * statuses each route implies (validation, authentication, lookups, body limits), every error as
 * application/problem+json, and links from a created resource to the operations on it.
 */
export function completeOpenApiDocument(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      completeBody(operation, document);
      completeResponses(operation, path, method);
    }
  }
  linkCreatedResources(document);
  return document;
}

/** Per-media-type bodies in place; a body none of whose fields is required may also be left out. */
function completeBody(operation: OperationObject, document: OpenAPIObject): void {
  const extended = operation as OperationObject & Record<typeof BODIES, Record<string, string> | undefined>;
  const bodies = extended[BODIES];
  if (bodies) {
    operation.requestBody = {
      required: true,
      content: Object.fromEntries(Object.entries(bodies).map(([type, $ref]) => [type, { schema: { $ref } }])),
    };
    delete extended[BODIES];
  }
  const body = operation.requestBody;
  if (!body || !('content' in body)) return;
  const schemas = Object.values(body.content).map((media) => {
    const ref = (media.schema as ReferenceObject | undefined)?.$ref;
    return ref ? document.components?.schemas?.[ref.split('/').pop()!] : media.schema;
  });
  if (schemas.every((schema) => schema && !('$ref' in schema) && !schema.required?.length)) body.required = false;
}

function completeResponses(operation: OperationObject, path: string, method: (typeof METHODS)[number]): void {
  const parameters = (operation.parameters ?? []).filter(isParameter);
  const inPath = parameters.some((parameter) => parameter.in === 'path');
  const implied = new Set<number>([503]);
  if (inPath || parameters.some((parameter) => parameter.in === 'query') || operation.requestBody) implied.add(400);
  if (operation.security?.length) [401, 403].forEach((status) => implied.add(status));
  if (inPath) implied.add(404);
  if (operation.requestBody) [413, 415].forEach((status) => implied.add(status));
  if (method !== 'get') implied.add(409);
  if (path === '/api/health') implied.delete(400);
  for (const status of implied) operation.responses[status] ??= { description: IMPLIED[status] };
  for (const [status, response] of Object.entries(operation.responses)) {
    if (Number(status) >= 400) (response as ResponseObject).content = PROBLEM;
  }
}

/** `POST /x` answering 201 with an `id` feeds `{id}` of every operation on `/x/{id}`, so a tester can walk them. */
function linkCreatedResources(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    const created = item.post?.responses['201'] as ResponseObject | undefined;
    if (!created?.content) continue;
    const itemPath = Object.keys(document.paths).find((candidate) =>
      new RegExp(`^${escape(path)}/\\{[^/}]+\\}$`).test(candidate),
    );
    if (!itemPath) continue;
    const parameter = /\{([^}]+)\}$/.exec(itemPath)![1];
    const target: PathItemObject = document.paths[itemPath];
    created.links = Object.fromEntries(
      METHODS.flatMap((method) => {
        const operationId = target[method]?.operationId;
        return operationId ? [[operationId, { operationId, parameters: { [parameter]: '$response.body#/id' } }]] : [];
      }),
    );
  }
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
