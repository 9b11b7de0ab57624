import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { DeliveryFailure } from '../../api/announcements-contract';
import { roleGuards, type Authenticator } from '../../auth/api-auth';
import { AppError, invalid, notFound } from '../../http/app-error';
import { paging } from '../../http/paging';
import { parseOr400 } from '../../http/validation';
import { idSchema } from '../roadmap/model';
import { deliveriesCsv } from './csv';
import type { AnnouncementService, Outcome } from './service';
import type { StoredAnnouncement } from './store';
import { kickoffTemplate } from './template';

const etag = z.string({ required_error: 'required: the etag the announcement was read with' }).min(1).max(200);
const createSchema = z.object({ id: idSchema, announcement: z.unknown() }).strict();
const updateSchema = z.object({ etag, announcement: z.unknown() }).strict();
const sendSchema = z.object({ etag, at: z.string().max(40).optional() }).strict();
const cancelSchema = z.object({ etag }).strict();
const previewSchema = z.object({ id: idSchema.default('preview'), announcement: z.unknown(), lang: z.enum(['de', 'en', 'all']).default('all') }).strict();

/** Maps a service outcome to the HTTP answer: the value, or the {@link AppError} it comes to. */
function answer<T>(res: Response, o: Outcome<T>, okStatus = 200): void {
  switch (o.kind) {
    case 'ok':
      res.send(o.created ? 201 : okStatus, o.value);
      return;
    case 'invalid':
      throw invalid('invalid-announcement', o.problems);
    case 'not-found':
      throw notFound('no announcement with this id');
    case 'conflict':
      // `reason` (and the `state` it refers to) is what the tab translates; `message` stays English.
      throw new AppError(409, 'conflict', o.message, { extra: { reason: o.reason, ...(o.state && { state: o.state }), ...(o.current && { current: o.current }) } });
  }
}

/**
 * Announcements API for the mayor's office (role `announcer`): drafts, preview as the real card,
 * recipient count, test send to oneself, send now or scheduled, live tracking, failures and CSV.
 */
export function registerAnnouncementsApi(server: Server, deps: { authenticate: Authenticator; service: AnnouncementService; municipalityName: string; roadmapUrl?: string }): void {
  const role = roleGuards(deps.authenticate);
  const svc = deps.service;
  const parse = <T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, req: Request): T => parseOr400(schema, req.body, 'invalid-announcement');
  const id = (req: Request) => String(req.params.id ?? '');

  // Newest first; failures in key order. Ids and delivery keys are unique, so they end each sort key.
  const listPages = paging<StoredAnnouncement>('announcements', (a) => [a.createdAt, a.id], 'desc');
  const failurePages = paging<DeliveryFailure & { key: string }>('announcement-failures', (f) => [f.key]);
  server.get('/api/announcements', role.announcer(async (req, res) => {
    const page = listPages.read(req, res);
    if (page) res.send(200, await svc.list((all) => listPages.page(all, page, res)));
  }));
  server.get('/api/announcements/audiences', role.announcer(async (_req, res) => res.send(200, await svc.audienceOptions())));
  server.post('/api/announcements/audience', role.announcer(async (req, res) => answer(res, await svc.audienceCount(req.body ?? {}))));
  server.get('/api/announcements/templates/kickoff', role.announcer(async (_req, res) => res.send(200, kickoffTemplate(deps.municipalityName, deps.roadmapUrl))));
  server.post('/api/announcements/preview', role.announcer(async (req, res) => {
    const b = parse(previewSchema, req);
    answer(res, svc.preview(b.id, b.announcement, b.lang));
  }));

  server.post('/api/announcements', role.announcer(async (req, res, who) => {
    const b = parse(createSchema, req);
    answer(res, await svc.create(b.id, b.announcement, who));
  }));
  server.get('/api/announcements/:id', role.announcer(async (req, res) => {
    const a = await svc.get(id(req));
    if (!a) throw notFound('no announcement with this id');
    res.send(200, a);
  }));
  server.put('/api/announcements/:id', role.announcer(async (req, res, who) => {
    const b = parse(updateSchema, req);
    answer(res, await svc.update(id(req), b.etag, b.announcement, who));
  }));
  server.post('/api/announcements/:id/send', role.announcer(async (req, res, who) => {
    const b = parse(sendSchema, req);
    answer(res, await svc.send(id(req), b.etag, b.at, who), 202);
  }));
  server.post('/api/announcements/:id/cancel', role.announcer(async (req, res, who) => {
    const b = parse(cancelSchema, req);
    answer(res, await svc.cancel(id(req), b.etag, who));
  }));
  server.post('/api/announcements/:id/test', role.announcer(async (req, res, who) => answer(res, await svc.sendTest(id(req), who))));
  server.get('/api/announcements/:id/failures', role.announcer(async (req, res) => {
    const page = failurePages.read(req, res);
    if (page) res.send(200, failurePages.page(await svc.failures(id(req)), page, res).map(({ key: _key, ...f }) => f));
  }));
  server.get('/api/announcements/:id/deliveries.csv', role.announcer(async (req, res) => {
    const lang = req.query?.lang === 'en' ? 'en' : 'de';
    const csv = deliveriesCsv(await svc.deliveries(id(req)), lang);
    res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="digipuls-announcement-${id(req)}.csv"` });
    res.end(csv);
  }));
}
