import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import restify, { type Server } from 'restify';
// `yaml` is in node_modules only as a transitive dependency (teams-ai, vite); it belongs in devDependencies.
import { parse } from 'yaml';
import { z } from 'zod';
import type { RoadmapItem } from '../../../../bot/src/api/roadmap-contract';
import { EXAMPLE_ROADMAP } from '../../../../bot/src/features/roadmap/example-roadmap';
import { itemFieldsSchema } from '../../../../bot/src/features/roadmap/model';
import type { RunningApp } from '../../../../bot/src/main';
import { apiClient } from '../../../support/api-client';
import { startTestApp } from '../../../support/app';

/** The parts of an OpenAPI document this test reads. */
type Schema = {
  $ref?: string; type?: string; properties?: Record<string, Schema>; required?: string[]; items?: Schema;
  additionalProperties?: boolean | Schema; allOf?: Schema[]; enum?: unknown[]; const?: unknown;
};
type Operation = { 'x-required-role'?: string; description?: string; responses: Record<string, { $ref?: string; content?: Record<string, { schema: Schema }> }> };
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema>; responses: Record<string, { content?: Record<string, { schema: Schema }> }> } };

const doc = parse(readFileSync(resolve(__dirname, '../../../../docs/openapi/roadmap.yaml'), 'utf8')) as Doc;
const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'];
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item).filter(([m]) => METHODS.includes(m)).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
);
const schemaNamed = (name: string) => doc.components.schemas[name];
const deref = (s: Schema): Schema => (s.$ref ? deref(schemaNamed(s.$ref.replace('#/components/schemas/', ''))) : s);

/**
 * Checks a real answer against a documented schema: every key documented (no extra), every
 * required key present, enums, consts and primitive types; through $refs, arrays, maps and allOf.
 * Returns the problems as `path: what`, empty when it fits.
 */
function conform(value: unknown, schema: Schema, at = '$'): string[] {
  const s = deref(schema);
  if (s.allOf) {
    const merged: Schema = { type: 'object', properties: {}, required: [] };
    for (const part of s.allOf.map(deref)) {
      Object.assign(merged.properties!, part.properties);
      merged.required!.push(...(part.required ?? []));
      if (part.additionalProperties !== undefined) merged.additionalProperties = part.additionalProperties;
    }
    return conform(value, merged, at);
  }
  if (s.const !== undefined && value !== s.const) return [`${at}: expected ${JSON.stringify(s.const)}`];
  if (s.enum && !s.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} is not one of ${s.enum.join(', ')}`];
  if (s.type === 'array') return Array.isArray(value) ? value.flatMap((v, i) => conform(v, s.items ?? {}, `${at}[${i}]`)) : [`${at}: not an array`];
  if (s.type === 'object' || s.properties) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${at}: not an object`];
    const v = value as Record<string, unknown>;
    const problems = (s.required ?? []).filter((k) => !(k in v)).map((k) => `${at}: required "${k}" missing`);
    for (const [k, child] of Object.entries(v)) {
      if (s.properties?.[k]) problems.push(...conform(child, s.properties[k], `${at}.${k}`));
      else if (typeof s.additionalProperties === 'object') problems.push(...conform(child, s.additionalProperties, `${at}.${k}`));
      else if (s.additionalProperties === false) problems.push(`${at}: "${k}" is not documented`);
    }
    return problems;
  }
  const actual = Number.isInteger(value) ? 'integer' : typeof value;
  if (s.type && s.type !== actual && !(s.type === 'number' && actual === 'integer')) return [`${at}: ${actual}, documented ${s.type}`];
  return [];
}

/** The documented schema of an answer, and its media types. */
function documented(method: string, path: string, status: number): { schema?: Schema; types: string[] } {
  const op = doc.paths[path]?.[method.toLowerCase()];
  if (!op) throw new Error(`${method} ${path} is not documented`);
  let response = op.responses[String(status)];
  if (!response) throw new Error(`${method} ${path} documents no ${status}`);
  if (response.$ref) response = doc.components.responses[response.$ref.replace('#/components/responses/', '')];
  const types = Object.keys(response.content ?? {});
  return { schema: response.content?.['application/json']?.schema, types };
}

/** Keys of a zod object schema, through defaults, optionals, effects and arrays. */
function zodKeys(schema: z.ZodTypeAny): string[] {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s._def.innerType;
    else if (s instanceof z.ZodEffects) s = s._def.schema;
    else if (s instanceof z.ZodArray) s = s.element;
    else break;
  }
  return Object.keys((s as z.ZodObject<z.ZodRawShape>).shape).sort();
}
const propertyNames = (name: string) => Object.keys(schemaNamed(name).properties ?? {}).sort();

describe('docs/openapi/roadmap.yaml', () => {
  let editorApp: RunningApp;
  let server: Server;

  beforeAll(async () => {
    // RunningApp does not expose the restify server; watching createServer (the real one runs)
    // gives the routes the app actually registered, not what a reading of the source suggests.
    const createServer = jest.spyOn(restify, 'createServer');
    try {
      editorApp = await startTestApp({ DEV_ROLES: 'editor' });
      server = createServer.mock.results[0].value as Server;
    } finally {
      createServer.mockRestore();
    }
  });
  afterAll(() => editorApp.stop());

  it('is OpenAPI 3.1 with a bearer scheme (the Teams SSO token) required on every operation', () => {
    expect((doc as unknown as { openapi: string }).openapi).toMatch(/^3\.1\./);
    const d = doc as unknown as { security: Array<Record<string, unknown>>; components: { securitySchemes: Record<string, { type: string; scheme: string }> } };
    const [name] = Object.keys(d.security[0]);
    expect(d.components.securitySchemes[name]).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('documents exactly the routes the server registers under /api/roadmap, with the same methods', () => {
    const routes = Object.values(server.router.getDebugInfo() as Record<string, { method: string; path: string }>)
      .filter((r) => r.path.startsWith('/api/roadmap'))
      .map((r) => `${r.method.toUpperCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(routes.length).toBeGreaterThanOrEqual(10);
    expect(operations.map((o) => `${o.method} ${o.path}`).sort()).toEqual(routes.sort());
  });

  it('lists 401 and 403 for every operation, and names its role (viewer, editor or changeTeam)', () => {
    const missing = operations.filter(({ op }) => !op.responses['401'] || !op.responses['403']).map((o) => `${o.method} ${o.path}`);
    expect(missing).toEqual([]);
    // Which role is right is checked against the server below (401/403 for real).
    const unnamed = operations.filter(({ op }) => !['viewer', 'editor', 'changeTeam'].includes(op['x-required-role'] ?? '') || !op.description?.includes(`Required role: **${op['x-required-role']}**`));
    expect(unnamed.map((o) => `${o.method} ${o.path}`)).toEqual([]);
  });

  it('describes the item fields the server validates (model.ts), in the item, the request and the answer', () => {
    const fields = zodKeys(itemFieldsSchema);
    expect(propertyNames('RoadmapItemInput')).toEqual(fields);
    const changes = (schemaNamed('RoadmapPatchRequest').properties!.changes.properties ?? {}) as Record<string, Schema>;
    expect(Object.keys(changes).sort()).toEqual(fields);
    expect(propertyNames('RoadmapItem')).toEqual(expect.arrayContaining(fields));
    expect(schemaNamed('RoadmapItem').required).toEqual(expect.arrayContaining(schemaNamed('RoadmapItemInput').required!));
    const shape = itemFieldsSchema.shape;
    expect(propertyNames('RoadmapMilestone')).toEqual(zodKeys(shape.milestones));
    expect(propertyNames('RoadmapDecision')).toEqual(zodKeys(shape.decisions));
    expect(propertyNames('RoadmapInvestment')).toEqual(zodKeys(shape.investment));
    expect(propertyNames('AffectedService')).toEqual(zodKeys(shape.services));
    expect(schemaNamed('ItemField').enum?.slice().sort()).toEqual(fields);
  });

  describe('real answers fit the documented schemas (editor, Azurite)', () => {
    /** Calls the route and checks the answer against the documented response for its status. */
    const checked = async (method: string, docPath: string, path: string, expected: number, body?: unknown) => {
      const res = await apiClient(editorApp).request(method, path, body);
      expect({ route: `${method} ${path}`, status: res.status }).toEqual({ route: `${method} ${path}`, status: expected });
      const { schema, types } = documented(method, docPath, res.status);
      expect(types).toContain((res.headers.get('content-type') ?? '').split(';')[0]);
      if (schema) expect({ route: `${method} ${path}`, problems: conform(res.body, schema) }).toEqual({ route: `${method} ${path}`, problems: [] });
      return res;
    };
    // A half-year item with an investment and open decisions, and a dated one without investment.
    const halfYear = EXAMPLE_ROADMAP.find((e) => e.id === 'example-29')!.item;
    const dated = EXAMPLE_ROADMAP.find((e) => e.id === 'example-40')!.item;
    let created: RoadmapItem[] = [];

    it('POST: 201 with a RoadmapItem whose keys are all documented, the required ones present; 200 again; 409 exists', async () => {
      const a = await checked('POST', '/api/roadmap/items', '/api/roadmap/items', 201, { id: 'oa-half', item: { ...halfYear, dependsOn: [] } });
      const b = await checked('POST', '/api/roadmap/items', '/api/roadmap/items', 201, { id: 'oa-dated', item: { ...dated, dependsOn: ['oa-half'], origin: { kind: 'digicheck', cycleId: '20270111-abcdef', group: 'finanzen', dimension: 'data', level: 1.5, target: 3 } } });
      created = [a.body, b.body];
      // Between them they show every documented property: the names are the same both ways.
      expect([...new Set(created.flatMap((i) => Object.keys(i)))].sort()).toEqual(propertyNames('RoadmapItem'));
      await checked('POST', '/api/roadmap/items', '/api/roadmap/items', 200, { id: 'oa-half', item: { ...halfYear, dependsOn: [] } });
      const exists = await checked('POST', '/api/roadmap/items', '/api/roadmap/items', 409, { id: 'oa-half', item: { ...halfYear, dependsOn: [], title: 'Anders' } });
      expect(exists.body.code).toBe('exists');
      const invalid = await checked('POST', '/api/roadmap/items', '/api/roadmap/items', 400, { id: 'oa-bad', item: { ...halfYear, area: 'nirgendwo' } });
      expect(invalid.body.code).toBe('invalid-item');
    });

    it('GET list, one item, areas, totals and history; 404; 400 for a bad filter', async () => {
      await checked('GET', '/api/roadmap/items', '/api/roadmap/items', 200);
      await checked('GET', '/api/roadmap/items', '/api/roadmap/items?area=bauen-umwelt,change&status=planned,in-progress&halfYear=2026-H2&decisionNeeded=true', 200);
      await checked('GET', '/api/roadmap/items', '/api/roadmap/items?status=someday', 400);
      await checked('GET', '/api/roadmap/items', '/api/roadmap/items?limit=1', 200);
      await checked('GET', '/api/roadmap/items', '/api/roadmap/items?limit=0', 400);
      await checked('GET', '/api/roadmap/items/{id}/history', '/api/roadmap/items/oa-half/history?cursor=nope', 400);
      await checked('GET', '/api/roadmap/items/{id}', '/api/roadmap/items/oa-half', 200);
      await checked('GET', '/api/roadmap/items/{id}', '/api/roadmap/items/no-such-item', 404);
      await checked('GET', '/api/roadmap/areas', '/api/roadmap/areas', 200);
      await checked('GET', '/api/roadmap/totals', '/api/roadmap/totals', 200);
      await checked('GET', '/api/roadmap/totals', '/api/roadmap/totals?decisionNeeded=maybe', 400);
      await checked('GET', '/api/roadmap/items/{id}/history', '/api/roadmap/items/oa-half/history', 200);
      await checked('GET', '/api/roadmap/items/{id}/history', '/api/roadmap/items/no-such-item/history', 404);
    });

    it('PUT and PATCH: 200 with the item; 409 RoadmapConflict for a stale etag; 404; 400; then the history has both kinds', async () => {
      const [item] = created;
      const put = await checked('PUT', '/api/roadmap/items/{id}', `/api/roadmap/items/${item.id}`, 200, { etag: item.etag, item: { ...halfYear, dependsOn: [], owner: 'Planung' } });
      await checked('PATCH', '/api/roadmap/items/{id}', `/api/roadmap/items/${item.id}`, 200, { etag: put.body.etag, changes: { start: '2026-07-01', end: '2027-03-31' } });
      const conflict = await checked('PATCH', '/api/roadmap/items/{id}', `/api/roadmap/items/${item.id}`, 409, { etag: item.etag, changes: { status: 'done' } });
      expect(conflict.body.code).toBe('conflict');
      await checked('PUT', '/api/roadmap/items/{id}', `/api/roadmap/items/${item.id}`, 409, { etag: item.etag, item: { ...halfYear, dependsOn: [], title: 'Veraltet' } });
      await checked('PUT', '/api/roadmap/items/{id}', '/api/roadmap/items/no-such-item', 404, { etag: item.etag, item: halfYear });
      await checked('PATCH', '/api/roadmap/items/{id}', `/api/roadmap/items/${item.id}`, 400, { etag: put.body.etag, changes: { colour: 'red' } });
      const history = await checked('GET', '/api/roadmap/items/{id}/history', `/api/roadmap/items/${item.id}/history`, 200);
      expect(history.body.map((h: { kind: string }) => h.kind)).toEqual(['changed', 'changed', 'created']);
    });

    it('exports as the documented media types', async () => {
      const csv = await checked('GET', '/api/roadmap/export.csv', '/api/roadmap/export.csv?lang=en', 200);
      expect(csv.text.split('\n')[0]).toContain('Title');
      const ics = await checked('GET', '/api/roadmap/export.ics', '/api/roadmap/export.ics?area=change', 200);
      expect(ics.text.startsWith('BEGIN:VCALENDAR')).toBe(true);
      await checked('GET', '/api/roadmap/export.ics', '/api/roadmap/export.ics?halfYear=2031-H1', 400);
    });

    it('every operation really answers 401 without sign-in, and 403 where a viewer lacks the role', async () => {
      const anonymous = await startTestApp({ DEV_IDENTITY: undefined, DEV_ROLES: undefined });
      const viewer = await startTestApp({ DEV_ROLES: 'viewer' });
      try {
        for (const { method, path, op } of operations) {
          const url = path.replace('{id}', 'oa-half');
          const body = method === 'GET' ? undefined : {};
          const none = await apiClient(anonymous).request(method, url, body);
          expect({ op: `${method} ${path}`, status: none.status, problems: conform(none.body, schemaNamed('ApiErrorBody')) }).toEqual({ op: `${method} ${path}`, status: 401, problems: [] });
          const asViewer = await apiClient(viewer).request(method, url, body);
          const refused = asViewer.status === 401 || asViewer.status === 403;
          expect({ op: `${method} ${path}`, role: op['x-required-role'], status: asViewer.status, refused }).toEqual({
            op: `${method} ${path}`, role: op['x-required-role'], status: asViewer.status, refused: op['x-required-role'] !== 'viewer',
          });
          if (refused) expect(asViewer.status).toBe(403);
        }
      } finally {
        await anonymous.stop();
        await viewer.stop();
      }
    });
  });
});
