import fc from 'fast-check';

/** The part of an OpenAPI 3 schema the fuzzing reads, with every `$ref` and one-member `allOf` resolved. */
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
  pattern?: string;
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  oneOf?: Schema[];
  additionalProperties?: boolean | Schema;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  /** `POST /api/plans/{id}`: how failures name it. */
  label: string;
  parameters: Parameter[];
  /** Media type → body schema; empty for an operation that takes no body. */
  bodies: Record<string, Schema>;
}

interface RawSchema extends Omit<Schema, 'items' | 'properties' | 'oneOf' | 'additionalProperties'> {
  $ref?: string;
  allOf?: RawSchema[];
  items?: RawSchema;
  properties?: Record<string, RawSchema>;
  oneOf?: RawSchema[];
  additionalProperties?: boolean | RawSchema;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, RawSchema> };
}

interface RawOperation {
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: RawSchema }>;
  requestBody?: { content?: Record<string, { schema?: RawSchema }> };
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Every path × method of the document, with its parameters and body schemas resolved. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const resolve = resolver(document);
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => METHODS.has(method))
      .map(([method, raw]) => ({
        method: method as Operation['method'],
        path,
        label: `${method.toUpperCase()} ${path}`,
        parameters: (raw.parameters ?? [])
          .filter((parameter) => parameter.in === 'path' || parameter.in === 'query')
          .map((parameter) => ({
            name: parameter.name,
            in: parameter.in as Parameter['in'],
            required: parameter.required ?? parameter.in === 'path',
            schema: resolve(parameter.schema ?? {}),
          })),
        bodies: Object.fromEntries(
          Object.entries(raw.requestBody?.content ?? {}).map(([type, media]) => [type, resolve(media.schema ?? {})]),
        ),
      })),
  );
}

function resolver(document: OpenApiDocument): (schema: RawSchema) => Schema {
  const named = document.components?.schemas ?? {};
  // Schemas are small and acyclic in this API; the depth bound only guards against a future self-reference.
  const resolve = (schema: RawSchema, depth = 0): Schema => {
    if (depth > 12) return {};
    if (schema.$ref) return resolve(named[schema.$ref.split('/').pop() ?? ''] ?? {}, depth + 1);
    const { allOf, items, properties, oneOf, additionalProperties, ...own } = schema;
    delete own.$ref;
    const merged = allOf?.length === 1 ? { ...resolve(allOf[0], depth + 1), ...own } : own;
    return {
      ...merged,
      ...(items ? { items: resolve(items, depth + 1) } : {}),
      ...(properties
        ? {
            properties: Object.fromEntries(
              Object.entries(properties).map(([name, property]) => [name, resolve(property, depth + 1)]),
            ),
          }
        : {}),
      ...(oneOf ? { oneOf: oneOf.map((member) => resolve(member, depth + 1)) } : {}),
      ...(additionalProperties !== undefined
        ? {
            additionalProperties:
              typeof additionalProperties === 'boolean'
                ? additionalProperties
                : resolve(additionalProperties, depth + 1),
          }
        : {}),
    };
  };
  return (schema) => resolve(schema);
}

// ---- Requests generated from an operation: each field either valid for its schema or hostile. ----

/** Known ids (seeded rows) that let a valid-looking request get past 404 into the service's own checks. */
export interface KnownIds {
  uuids: string[];
}

/** A JSON token written as is (`-0`, `1e999`, 10,000 nested brackets), which JSON.stringify could not produce. */
const RAW = '\u0001raw:';
const raw = (token: string): string => `${RAW}${token}\u0001`;

/** The body as sent: placeholders of raw tokens replaced by the tokens. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0001raw:([^"\\]*)\\u0001"/g, '$1');
}

const nested = (depth: number, leaf: unknown): unknown => {
  let value = leaf;
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return value;
};

const HOSTILE_STRINGS = [
  '',
  ' ',
  'Sở Tư pháp'.normalize('NFD'),
  'Sở Tư pháp',
  'Sở\u200bTư\u200dpháp\u2060',
  '\u202eSở Tư pháp',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '😀👨‍👩‍👧🇻🇳',
  '\ufeffBOM',
  'dòng\u2028mới',
  'e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  'NaN',
  'Infinity',
  '-0',
  '1e308',
  '0x1F',
  '１２',
  '99999999999999999999999999',
  '-1',
  '2026-02-30',
  '2026-13-01',
  '2026-1-1',
  '20260101',
  '2026-01-01T25:61:00Z',
  '30/11/2026',
  '+275760-09-13',
  '0000-00-00',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-fffffffffffff',
  '{12345678-1234-1234-1234-123456789abc}',
  'g2345678-1234-1234-1234-123456789abc',
  'x'.repeat(100_000),
  'ệ'.repeat(100_000),
  '@',
  'a@b',
  'admin@dondoc.invalid\r\nBcc: x@y.z',
];

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
);

/** Wrong types, edge numbers, deep nesting and unicode edge cases, for any field or a whole body. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      false,
      0,
      -1,
      1.5,
      1e308,
      -1e308,
      Number.MAX_SAFE_INTEGER + 2,
      2 ** 31,
      Number.MIN_VALUE,
      raw('-0'),
      raw('1e999'),
      raw('-1e999'),
      raw('123456789012345678901234567890'),
      raw('0.0000000000000000000000000001'),
      [],
      {},
      [null],
      ['Sở Tư pháp'.normalize('NFD')],
      { __proto__: null, constructor: { prototype: { polluted: true } } },
      Object.fromEntries([['__proto__', { isAdmin: true }]]),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      nested(1_000, 'sâu'),
      raw(`${'['.repeat(1_000)}${']'.repeat(1_000)}`),
      raw(`${'['.repeat(10_000)}${']'.repeat(10_000)}`),
    ),
  },
);

const VIETNAMESE = [
  'Sở Tư pháp',
  'Kế hoạch phổ biến, giáo dục pháp luật năm 2026',
  'Ủy ban nhân dân tỉnh Lai Châu',
  'Quý III',
];
const EMAILS = ['vanphong@stp.laichau.dondoc.invalid', 'VanThu@STP.LaiChau.dondoc.invalid', 'admin@dondoc.invalid'];
const isoDate = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** A value the schema allows (as far as the document says), with Vietnamese text where text is asked. */
export function validValue(schema: Schema, name: string, ids: KnownIds, depth = 0): fc.Arbitrary<unknown> {
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if (schema.oneOf?.length) return fc.oneof(...schema.oneOf.map((member) => validValue(member, name, ids, depth)));
  switch (schema.type) {
    case undefined:
      return stringValue(schema, name, ids);
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? 0;
      const example = typeof schema.example === 'number' ? [fc.constant(schema.example)] : [];
      const max = schema.maximum ?? min + 1_000;
      const range =
        Number.isInteger(min) && Number.isInteger(max)
          ? fc.integer({ min, max })
          : fc.double({ min, max, noNaN: true });
      return fc.oneof(...example, range);
    }
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = validValue(schema.items ?? {}, name, ids, depth + 1);
      return fc.array(items, { maxLength: Math.min(schema.maxItems ?? 3, 3) });
    }
    case 'object':
      return depth > 4 ? fc.constant({}) : objectValue(schema, ids, depth + 1);
    default:
      return stringValue(schema, name, ids);
  }
}

function stringValue(schema: Schema, name: string, ids: KnownIds): fc.Arbitrary<unknown> {
  if (schema.format === 'uuid' || /(^id|Id|Ids)$/.test(name))
    return fc.oneof(fc.constantFrom(...ids.uuids), fc.uuid({ version: 4 }));
  if (schema.format === 'date' || /^(from|to|asOf|due.*|newDue|lateDue)$/.test(name)) return isoDate;
  if (/email/i.test(name)) return fc.constantFrom(...EMAILS);
  if (schema.pattern) return fc.constant(typeof schema.example === 'string' ? schema.example : 'LCU-STP');
  const words = fc.constantFrom(...VIETNAMESE, ...(typeof schema.example === 'string' ? [schema.example] : []));
  // A suffix keeps codes and numbers apart, so not every create is a 409 duplicate.
  return fc
    .tuple(words, fc.nat({ max: 99_999 }))
    .map(([text, suffix]) => `${text} ${suffix}`.slice(0, schema.maxLength ?? 200));
}

const MISSING = Symbol('missing');
const EXTRA_KEYS = [
  '__proto__',
  'constructor',
  'id',
  'role',
  'createdAt',
  'x\u0000',
  'Sở Tư pháp'.normalize('NFD'),
  '',
];

/** Each property missing, valid or hostile (required ones rarely missing), sometimes with an unknown field. */
export function objectValue(schema: Schema, ids: KnownIds, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const required = new Set(schema.required ?? []);
  const properties = Object.entries(schema.properties ?? {}).filter(([, property]) => property.format !== 'binary');
  const fields = properties.map(([name, property]) =>
    fc.oneof(
      { weight: required.has(name) ? 1 : 4, arbitrary: fc.constant<unknown>(MISSING) },
      { weight: 12, arbitrary: validValue(property, name, ids, depth) },
      { weight: 3, arbitrary: hostileValue },
    ),
  );
  const extra = fc.option(fc.tuple(fc.constantFrom(...EXTRA_KEYS), hostileValue), { freq: 8 });
  return fc.tuple(fc.tuple(...fields), extra).map(([values, unknown]) => {
    const present = properties.flatMap(([name], index): Array<[string, unknown]> =>
      values[index] === MISSING ? [] : [[name, values[index]]],
    );
    return Object.fromEntries<unknown>([...present, ...(unknown ? [unknown] : [])]);
  });
}

export type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; contentType: string; text: string }
  | { kind: 'multipart'; fields: Record<string, string>; file?: { name: string; bytes: Buffer } };

export interface GeneratedRequest {
  /** The path with its parameters in, percent-encoded (or deliberately malformed). */
  url: string;
  body: Body;
}

/** A field as text (a query value, a form field): strings as they are, anything else as JSON. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value.startsWith(RAW) ? value.slice(RAW.length, -1) : value;
  return jsonText(value);
}

/** A value for a path or query: cut to 4,000 characters, so that most reach the API rather than Node's 431. */
const inUrl = (value: unknown): string => asText(value).slice(0, 4_000);

/** encodeURIComponent, except that a lone surrogate (which it refuses) goes out as the bytes of one. */
export function encode(text: string): string {
  return text
    .split(/([\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff])/)
    .map((part, index) => (index % 2 === 1 ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('');
}

const hex = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const MALFORMED_PATH = ['%', '%ED%A0%80', '%E0%A4%A', '..%2F..%2Fhealth', '%2e%2e', 'a%2Fb', '%00'];

function pathValue(parameter: Parameter, ids: KnownIds, method: Operation['method']): fc.Arbitrary<string> {
  const hostile = fc.oneof(
    hostileValue.map((value) => encode(inUrl(value))),
    fc.constantFrom(...MALFORMED_PATH),
  );
  const valid =
    parameter.name === 'sha256' || parameter.name === 'token'
      ? hex(64)
      : parameter.schema.type === 'integer'
        ? validValue(parameter.schema, parameter.name, ids).map(String)
        : // A deletion of a seeded row would leave the operations after it nothing to reach past 404.
          method === 'delete'
          ? fc.uuid({ version: 4 })
          : fc.oneof(fc.constantFrom(...ids.uuids), fc.uuid({ version: 4 }));
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: hostile });
}

function queryPart(parameter: Parameter, ids: KnownIds): fc.Arbitrary<string[]> {
  const key = encodeURIComponent(parameter.name);
  const one = fc.oneof(
    { weight: 4, arbitrary: validValue(parameter.schema, parameter.name, ids) },
    { weight: 1, arbitrary: hostileValue },
  );
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant<string[]>([]) },
    { weight: 6, arbitrary: one.map((value) => [`${key}=${encode(inUrl(value))}`]) },
    // Repeated (an array to the parser) and bracketed (an object to a qs parser).
    { weight: 1, arbitrary: fc.tuple(one, one).map((pair) => pair.map((value) => `${key}=${encode(inUrl(value))}`)) },
    { weight: 1, arbitrary: one.map((value) => [`${key}[a][b]=${encode(inUrl(value))}`]) },
  );
}

const MALFORMED_JSON = [
  '{"title":',
  '{"a":1}}',
  "{'a':1}",
  'null',
  '"Sở Tư pháp"',
  '[1,2',
  'NaN',
  '\u0000',
  '{"a":"\\ud800"}',
];
const WRONG_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/xml',
  'application/json; charset=utf-16',
];
const FILES = [
  { name: 'ke-hoach.txt', bytes: Buffer.from('KẾ HOẠCH\nPhổ biến, giáo dục pháp luật năm 2026\n1. Tổ chức hội nghị') },
  { name: 'ke-hoach.pdf', bytes: Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n') },
  { name: '\u202etxt.exe', bytes: Buffer.alloc(0) },
];

function bodyOf(operation: Operation, ids: KnownIds): fc.Arbitrary<Body> {
  const json = operation.bodies['application/json'];
  const form = operation.bodies['multipart/form-data'];
  if (!json && form) {
    return fc
      .tuple(objectValue(form, ids), fc.option(fc.constantFrom(...FILES), { freq: 3 }))
      .map(([fields, file]) => ({
        kind: 'multipart' as const,
        fields: Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, asText(value)])),
        ...(file ? { file } : {}),
      }));
  }
  if (!json) return fc.constant({ kind: 'none' as const });
  const value = json.properties
    ? objectValue(json, ids)
    : fc.dictionary(
        fc.constantFrom('province', 'agencies', 'groups'),
        fc.oneof(hostileValue, fc.array(objectValue({}, ids))),
      );
  const csv = operation.bodies['text/csv']
    ? [
        fc.array(fc.array(hostileString, { maxLength: 9 }), { maxLength: 4 }).map((rows) => ({
          kind: 'text' as const,
          contentType: 'text/csv',
          text: [
            'code,name,short_names,aliases,kind,parent_code,focal_emails,head_email,active',
            ...rows.map((row) => row.join(',')),
          ].join('\n'),
        })),
      ]
    : [];
  return fc.oneof(
    { weight: 12, arbitrary: value.map((body) => ({ kind: 'json' as const, value: body })) },
    { weight: 2, arbitrary: hostileValue.map((body) => ({ kind: 'json' as const, value: body })) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...MALFORMED_JSON)
        .map((text) => ({ kind: 'text' as const, contentType: 'application/json', text })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...WRONG_TYPES)
        .map((contentType) => ({ kind: 'text' as const, contentType, text: 'title=x' })),
    },
    ...csv.map((arbitrary) => ({ weight: 2, arbitrary })),
  );
}

/** Requests for one operation: path and query parameters and a body, each field valid or hostile. */
export function requestsFor(operation: Operation, ids: KnownIds): fc.Arbitrary<GeneratedRequest> {
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path');
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query');
  const extraQuery = fc.option(
    hostileValue.map((value) => [`${encode('Sở Tư pháp'.normalize('NFD'))}=${encode(inUrl(value))}`]),
    {
      freq: 10,
    },
  );
  return fc
    .record({
      path: fc.tuple(...pathParameters.map((parameter) => pathValue(parameter, ids, operation.method))),
      query: fc.tuple(...queryParameters.map((parameter) => queryPart(parameter, ids))),
      extra: extraQuery,
      body: bodyOf(operation, ids),
    })
    .map(({ path, query, extra, body }) => {
      let url = operation.path;
      pathParameters.forEach((parameter, index) => (url = url.replace(`{${parameter.name}}`, path[index])));
      const parts = [...query.flat(), ...(extra ?? [])];
      return { url: parts.length ? `${url}?${parts.join('&')}` : url, body };
    });
}
