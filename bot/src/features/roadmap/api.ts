import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { FieldProblem } from '../../api/contract';
import type { RoadmapAreas, RoadmapConflict, RoadmapHistoryEntry, RoadmapItem, RoadmapItemList } from '../../api/roadmap-contract';
import { roleGuards, type Authenticator } from '../../auth/api-auth';
import { AppError, invalid, notFound } from '../../http/app-error';
import { paging } from '../../http/paging';
import { parseOr400, problem } from '../../http/validation';
import { roadmapCsv, roadmapIcs } from './export';
import { idSchema, programHalfYears, STATUSES } from './model';
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
  const role = roleGuards(deps.authenticate);
  const svc = deps.roadmap;
  const areaIds = new Set(svc.areas.map((a) => a.id));

  /** Items filtered by the query; throws a 400 `invalid-filter` for an unknown filter value. */
  const filtered = async (req: Request): Promise<RoadmapItem[]> => {
    const areas = listParam(req, 'area');
    const statuses = listParam(req, 'status');
    const halfYears = listParam(req, 'halfYear');
    const decision = req.query?.decisionNeeded;
    const problems: FieldProblem[] = [];
    const unknown = (name: string, got: string[] | undefined, allowed: readonly string[]) => {
      const bad = got?.filter((v) => !allowed.includes(v)) ?? [];
      if (bad.length) problems.push(problem(name, 'invalid_option', `unknown ${bad.map((b) => `"${b.slice(0, 40)}"`).join(', ')}; allowed: ${allowed.join(', ')}`, { options: allowed.join(', ') }));
    };
    unknown('area', areas, [...areaIds]);
    unknown('status', statuses, STATUSES);
    unknown('halfYear', halfYears, programHalfYears());
    if (decision !== undefined && decision !== 'true' && decision !== 'false') problems.push(problem('decisionNeeded', 'invalid_option', 'true or false', { options: 'true, false' }));
    if (problems.length) throw invalid('invalid-filter', problems);
    return (await svc.list()).filter((i) =>
      (!areas || areas.includes(i.area)) &&
      (!statuses || statuses.includes(i.status)) &&
      (!halfYears || i.halfYears.some((h) => halfYears.includes(h))) &&
      (decision === undefined || i.decisionNeeded === (decision === 'true')));
  };

  server.get('/api/roadmap/areas', role.viewer(async (_req, res) => {
    res.send(200, { areas: svc.areas, example: deps.areasAreExample } satisfies RoadmapAreas);
  }));

  // Items in id order, history newest first — the orders the lists had before they were paged.
  const itemPages = paging<RoadmapItem>('roadmap-items', (i) => [i.id]);
  const historyPages = paging<RoadmapHistoryEntry>('roadmap-history', (h) => [h.version], 'desc');

  server.get('/api/roadmap/items', role.viewer(async (req, res) => {
    const page = itemPages.read(req, res);
    const items = page && (await filtered(req));
    if (page && items) res.send(200, { items: itemPages.page(items, page, res), halfYears: programHalfYears() } satisfies RoadmapItemList);
  }));

  server.get('/api/roadmap/items/:id', role.viewer(async (req, res) => {
    res.send(200, await itemOr404(req));
  }));

  server.get('/api/roadmap/items/:id/history', role.viewer(async (req, res) => {
    const page = historyPages.read(req, res);
    const item = page && (await itemOr404(req));
    if (page && item) res.send(200, historyPages.page(await svc.history(item.id), page, res));
  }));

  server.post('/api/roadmap/items', role.editor(async (req, res, principal) => {
    const body = parseOr400(createSchema, req.body, 'invalid-item');
    answer(res, await svc.create(body.id, body.item, principal.name));
  }));

  server.put('/api/roadmap/items/:id', role.editor(async (req, res, principal) => {
    const body = parseOr400(updateSchema, req.body, 'invalid-item');
    answer(res, await svc.update(String(req.params.id), body.etag, body.item, principal.name));
  }));

  server.patch('/api/roadmap/items/:id', role.editor(async (req, res, principal) => {
    const body = parseOr400(patchSchema, req.body, 'invalid-item');
    answer(res, await svc.patch(String(req.params.id), body.etag, body.changes, principal.name));
  }));

  const followUp = deps.followUp;
  if (followUp) {
    server.get('/api/roadmap/items/:id/pulse', role.viewer(async (req, res) => {
      const item = await itemOr404(req);
      const found = await followUp.find(item.id);
      if (!found) throw notFound('no follow-up pulse was sent for this item');
      res.send(200, found);
    }));
    server.post('/api/roadmap/items/:id/pulse', role.changeTeam(async (req, res) => {
      const item = await itemOr404(req);
      const outcome = await followUp.send(item.id);
      if (outcome.kind === 'not-done') throw new AppError(409, 'not-done', `a follow-up pulse is for items that are done; this one is ${outcome.status}`);
      if (outcome.kind !== 'ok') throw notFound('no roadmap item with this id');
      res.send(outcome.value.created ? 201 : 200, outcome.value);
    }));
  }

  server.get('/api/roadmap/totals', role.viewer(async (req, res) => {
    const items = await filtered(req);
    res.send(200, investmentTotals(items, listParam(req, 'area') ?? [...areaIds]));
  }));

  const download = (type: string, ext: string, render: (items: RoadmapItem[], lang: 'de' | 'en') => string) =>
    role.viewer(async (req, res) => {
      const items = await filtered(req);
      const lang = req.query?.lang === 'en' ? 'en' : 'de';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'content-disposition': `attachment; filename="digipuls-roadmap.${ext}"` });
      res.end(render(items, lang));
    });
  server.get('/api/roadmap/export.csv', download('text/csv', 'csv', (items, lang) => roadmapCsv(items, svc.areas, lang)));
  server.get('/api/roadmap/export.ics', download('text/calendar', 'ics', (items, lang) => roadmapIcs(items, lang, deps.host)));

  async function itemOr404(req: Request): Promise<RoadmapItem> {
    const id = String(req.params.id ?? '');
    const item = idSchema.safeParse(id).success ? await svc.get(id) : undefined;
    if (!item) throw notFound(`no roadmap item with id "${id.slice(0, 40)}"`);
    return item;
  }
}

/** Maps a save result to the HTTP answer: the value, or the {@link AppError} it comes to. */
function answer(res: Response, result: SaveResult): void {
  switch (result.kind) {
    case 'saved':
      res.send(result.created ? 201 : 200, result.item);
      return;
    case 'unchanged':
      res.send(200, result.item);
      return;
    case 'invalid':
      throw invalid('invalid-item', result.problems);
    case 'not-found':
      throw notFound('no roadmap item with this id');
    case 'exists':
      throw new AppError(409, 'exists', `an item with id "${result.item.id}" exists already with other content; choose another id`);
    case 'conflict': {
      const { current, yours, differing } = result;
      const message = `changed by someone else meanwhile (${current.updatedBy}, ${current.updatedAt}) — review both versions and retry`;
      const body: Omit<RoadmapConflict, 'code' | 'message'> = { current, yours, differing };
      throw new AppError(409, 'conflict', message, { extra: body });
    }
  }
}
