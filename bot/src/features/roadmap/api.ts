import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { ApiErrorBody } from '../../api/contract';
import type { RoadmapAreas, RoadmapConflict, RoadmapHistoryEntry, RoadmapItem, RoadmapItemList } from '../../api/roadmap-contract';
import { guard, type Authenticator } from '../../auth/api-auth';
import { paging } from '../../http/paging';
import { roadmapCsv, roadmapIcs } from './export';
import { idSchema, problemsOf, programHalfYears, STATUSES } from './model';
import type { RoadmapService, SaveResult } from './service';
import type { FollowUpPulse } from './follow-up-pulse';
import { investmentTotals } from './totals';

/** What the roadmap API needs. */
export interface RoadmapApiDeps {
  authenticate: Authenticator;
  roadmap: RoadmapService;
  /** True when the areas are the built-in example. */
  areasAreExample: boolean;
  /** Host name for calendar UIDs (the public URL's host, or `digipuls.local`). */
  host: string;
  /** Milestone → pulse (change team); without it the pulse routes are absent. */
  followUp?: FollowUpPulse;
}

const fail = (res: Response, status: number, code: string, message: string) => res.send(status, { code, message } satisfies ApiErrorBody);

const etagSchema = z.string({ required_error: 'required: the etag the item was read with' }).min(1, 'required: the etag the item was read with').max(200);
const createSchema = z.object({ id: idSchema, item: z.unknown() }).strict();
const updateSchema = z.object({ etag: etagSchema, item: z.unknown() }).strict();
const patchSchema = z.object({ etag: etagSchema, changes: z.record(z.unknown()) }).strict();

/** A comma list from the query (`?area=a,b`), or undefined when absent. */
function listParam(req: Request, name: string): string[] | undefined {
  const value = req.query?.[name];
  // `?status=a&status=b` arrives as an array: every given value counts (and is checked).
  const raw = Array.isArray(value) ? value.map(String).join(',') : value;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  return raw.split(',').map((s) => s.trim()).filter(Boolean);
}

/**
 * The roadmap JSON API (documented in docs/openapi/roadmap.yaml). Everyone signed in reads;
 * editors create and change items. Edits carry the ETag they were read with: a stale one gets 409
 * with both versions, never a silent overwrite.
 */
export function registerRoadmapApi(server: Server, deps: RoadmapApiDeps): void {
  const viewer = (h: Parameters<typeof guard>[2]) => guard(deps.authenticate, 'viewer', h);
  const editor = (h: Parameters<typeof guard>[2]) => guard(deps.authenticate, 'editor', h);
  const svc = deps.roadmap;
  const areaIds = new Set(svc.areas.map((a) => a.id));

  /** Items filtered by the query; sends a 400 and returns undefined for an unknown filter value. */
  const filtered = async (req: Request, res: Response): Promise<RoadmapItem[] | undefined> => {
    const areas = listParam(req, 'area');
    const statuses = listParam(req, 'status');
    const halfYears = listParam(req, 'halfYear');
    const decision = req.query?.decisionNeeded;
    const problems: string[] = [];
    const unknown = (name: string, got: string[] | undefined, allowed: readonly string[]) => {
      const bad = got?.filter((v) => !allowed.includes(v)) ?? [];
      if (bad.length) problems.push(`${name}: unknown ${bad.map((b) => `"${b.slice(0, 40)}"`).join(', ')}; allowed: ${allowed.join(', ')}`);
    };
    unknown('area', areas, [...areaIds]);
    unknown('status', statuses, STATUSES);
    unknown('halfYear', halfYears, programHalfYears());
    if (decision !== undefined && decision !== 'true' && decision !== 'false') problems.push('decisionNeeded: true or false');
    if (problems.length) {
      fail(res, 400, 'invalid-filter', problems.join('; '));
      return undefined;
    }
    return (await svc.list()).filter((i) =>
      (!areas || areas.includes(i.area)) &&
      (!statuses || statuses.includes(i.status)) &&
      (!halfYears || i.halfYears.some((h) => halfYears.includes(h))) &&
      (decision === undefined || i.decisionNeeded === (decision === 'true')));
  };

  server.get('/api/roadmap/areas', viewer(async (_req, res) => {
    res.send(200, { areas: svc.areas, example: deps.areasAreExample } satisfies RoadmapAreas);
  }));

  // Items in id order, history newest first — the orders the lists had before they were paged.
  const itemPages = paging<RoadmapItem>('roadmap-items', (i) => [i.id]);
  const historyPages = paging<RoadmapHistoryEntry>('roadmap-history', (h) => [h.version], 'desc');

  server.get('/api/roadmap/items', viewer(async (req, res) => {
    const page = itemPages.read(req, res);
    const items = page && (await filtered(req, res));
    if (page && items) res.send(200, { items: itemPages.page(items, page, res), halfYears: programHalfYears() } satisfies RoadmapItemList);
  }));

  server.get('/api/roadmap/items/:id', viewer(async (req, res) => {
    const item = await itemOr404(req, res);
    if (item) res.send(200, item);
  }));

  server.get('/api/roadmap/items/:id/history', viewer(async (req, res) => {
    const page = historyPages.read(req, res);
    const item = page && (await itemOr404(req, res));
    if (page && item) res.send(200, historyPages.page(await svc.history(item.id), page, res));
  }));

  server.post('/api/roadmap/items', editor(async (req, res, principal) => {
    const body = createSchema.safeParse(req.body ?? {});
    if (!body.success) return fail(res, 400, 'invalid-item', problemsOf(body.error).join('; '));
    answer(res, await svc.create(body.data.id, body.data.item, principal.name));
  }));

  server.put('/api/roadmap/items/:id', editor(async (req, res, principal) => {
    const body = updateSchema.safeParse(req.body ?? {});
    if (!body.success) return fail(res, 400, 'invalid-item', problemsOf(body.error).join('; '));
    answer(res, await svc.update(String(req.params.id), body.data.etag, body.data.item, principal.name));
  }));

  server.patch('/api/roadmap/items/:id', editor(async (req, res, principal) => {
    const body = patchSchema.safeParse(req.body ?? {});
    if (!body.success) return fail(res, 400, 'invalid-item', problemsOf(body.error).join('; '));
    answer(res, await svc.patch(String(req.params.id), body.data.etag, body.data.changes, principal.name));
  }));

  const followUp = deps.followUp;
  if (followUp) {
    server.get('/api/roadmap/items/:id/pulse', viewer(async (req, res) => {
      const item = await itemOr404(req, res);
      if (!item) return;
      const found = await followUp.find(item.id);
      if (found) res.send(200, found);
      else fail(res, 404, 'not-found', 'no follow-up pulse was sent for this item');
    }));
    server.post('/api/roadmap/items/:id/pulse', guard(deps.authenticate, 'changeTeam', async (req, res) => {
      const item = await itemOr404(req, res);
      if (!item) return;
      const outcome = await followUp.send(item.id);
      if (outcome.kind === 'ok') res.send(outcome.value.created ? 201 : 200, outcome.value);
      else if (outcome.kind === 'not-done') fail(res, 409, 'not-done', `a follow-up pulse is for items that are done; this one is ${outcome.status}`);
      else fail(res, 404, 'not-found', 'no roadmap item with this id');
    }));
  }

  server.get('/api/roadmap/totals', viewer(async (req, res) => {
    const items = await filtered(req, res);
    if (items) res.send(200, investmentTotals(items, listParam(req, 'area') ?? [...areaIds]));
  }));

  const download = (type: string, ext: string, render: (items: RoadmapItem[], lang: 'de' | 'en') => string) =>
    viewer(async (req, res) => {
      const items = await filtered(req, res);
      if (!items) return;
      const lang = req.query?.lang === 'en' ? 'en' : 'de';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'content-disposition': `attachment; filename="digipuls-roadmap.${ext}"` });
      res.end(render(items, lang));
    });
  server.get('/api/roadmap/export.csv', download('text/csv', 'csv', (items, lang) => roadmapCsv(items, svc.areas, lang)));
  server.get('/api/roadmap/export.ics', download('text/calendar', 'ics', (items, lang) => roadmapIcs(items, lang, deps.host)));

  async function itemOr404(req: Request, res: Response): Promise<RoadmapItem | undefined> {
    const id = String(req.params.id ?? '');
    const item = idSchema.safeParse(id).success ? await svc.get(id) : undefined;
    if (!item) fail(res, 404, 'not-found', `no roadmap item with id "${id.slice(0, 40)}"`);
    return item;
  }
}

/** Maps a save result to the HTTP answer. */
function answer(res: Response, result: SaveResult): void {
  switch (result.kind) {
    case 'saved':
      res.send(result.created ? 201 : 200, result.item);
      return;
    case 'unchanged':
      res.send(200, result.item);
      return;
    case 'invalid':
      fail(res, 400, 'invalid-item', result.problems.join('; '));
      return;
    case 'not-found':
      fail(res, 404, 'not-found', 'no roadmap item with this id');
      return;
    case 'exists':
      fail(res, 409, 'exists', `an item with id "${result.item.id}" exists already with other content; choose another id`);
      return;
    case 'conflict':
      res.send(409, {
        code: 'conflict',
        message: `changed by someone else meanwhile (${result.current.updatedBy}, ${result.current.updatedAt}) — review both versions and retry`,
        current: result.current,
        yours: result.yours,
        differing: result.differing,
      } satisfies RoadmapConflict);
  }
}
