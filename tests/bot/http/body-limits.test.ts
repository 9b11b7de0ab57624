/**
 * What reaches the app before any sign-in check (issue 11, A1 and A2): the body limit counts the
 * bytes the app decodes, compressed bodies cannot inflate past it, and JSON routes take JSON only —
 * nothing else is read, let alone written to disk.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeflate, createGzip, gzipSync, type Gzip } from 'node:zlib';
import type { RunningApp } from '../../../bot/src/main';
import * as A from '../../support/activities';
import { postActivity, startTestApp } from '../../support/app';
import { RecordingConnector } from '../../support/connector';

/** Compresses `mib` MiB of zeros with the strongest level: a few hundred KB on the wire. */
function zeroBomb(mib: number, make: () => Gzip | ReturnType<typeof createDeflate> = () => createGzip({ level: 9 })): Promise<Buffer> {
  const z = make();
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<Buffer>((ok, fail) => {
    z.on('end', () => ok(Buffer.concat(out)));
    z.on('error', fail);
  });
  const mebibyte = Buffer.alloc(1 << 20);
  for (let i = 0; i < mib; i++) z.write(mebibyte);
  z.end();
  return done;
}

/** Runs `work` while sampling the resident memory every few ms; resolves to its result and the peak rise. */
async function peakRssRise<T>(work: () => Promise<T>): Promise<{ result: T; riseMb: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, riseMb: (peak - base) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

describe('request bodies: decoded-size limit and encodings', () => {
  let app: RunningApp;
  let connector: RecordingConnector;
  let bomb: Buffer;

  beforeAll(async () => {
    connector = await new RecordingConnector().start();
    app = await startTestApp({ MAX_BODY_BYTES: String(512 * 1024) });
    bomb = await zeroBomb(256);
  }, 60_000);
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it('trust 1: a gzip body of 256 KB that inflates to 256 MiB gets 413 and the memory stays flat', async () => {
    expect(bomb.length).toBeLessThan(512 * 1024); // small on the wire: only the decoded size can stop it
    // Warm up the route so that lazily loaded code does not count as the bomb's memory.
    await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gzipSync('{"type":"message"}') });
    const { result: res, riseMb } = await peakRssRise(() =>
      fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: bomb, signal: AbortSignal.timeout(20_000) }),
    );
    const body = await res.text();
    console.log(`trust 1: gzip bomb (${bomb.length} bytes on the wire, 256 MiB decoded) → ${res.status} ${body}; peak RSS rise ${riseMb.toFixed(1)} MB`);
    expect(res.status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({ code: 'payload-too-large' });
    expect(riseMb).toBeLessThan(16);
  });

  it('trust 1: a deflate bomb gets 413 as well', async () => {
    const deflated = await zeroBomb(64, () => createDeflate({ level: 9 }));
    const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'deflate' }, body: deflated });
    expect(res.status).toBe(413);
  });

  it('trust 1: a small gzip activity is decoded and handled', async () => {
    const user = A.testUser();
    const body = gzipSync(JSON.stringify(A.message(user, 'hilfe', { serviceUrl: connector.url })));
    const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8', 'content-encoding': 'gzip' }, body });
    expect(res.status).toBe(200);
    await connector.waitFor(() => connector.sentTo(user.conversationId).length > 0);
  });

  it.each(['br', 'compress', 'gzip, br', 'x-unknown'])('trust 1: Content-Encoding "%s" gets 415', async (encoding) => {
    const res = await postActivity(app, '{"type":"message"}', { 'content-encoding': encoding });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ code: 'unsupported-encoding' });
  });

  it('trust 1: a body that is not valid gzip gets 400, not 500', async () => {
    const res = await postActivity(app, 'definitely not gzip', { 'content-encoding': 'gzip' });
    expect(res.status).toBe(400);
  });
});

describe('request bodies: JSON routes take application/json only and write nothing to disk', () => {
  let app: RunningApp;

  beforeAll(async () => {
    // No sign-in configured: every API route answers 401, so anything written happened before authentication.
    app = await startTestApp({ DEV_IDENTITY: undefined, DEV_ROLES: undefined });
  });
  afterAll(() => app.stop());

  /** Regular files directly in the system temp folder (where a multipart parser saves uploads). */
  const tempFiles = () => new Set(readdirSync(tmpdir()).filter((name) => { try { return statSync(join(tmpdir(), name)).isFile(); } catch { return false; } }));

  /** Files that appeared in the temp folder since `before` and hold the upload's marker. */
  function savedUploads(before: Set<string>, marker: string): string[] {
    return [...tempFiles()].filter((name) => {
      if (before.has(name)) return false;
      try {
        return readFileSync(join(tmpdir(), name), 'latin1').includes(marker);
      } catch {
        return false;
      }
    });
  }

  function multipart(marker: string): { body: Buffer; type: string } {
    const boundary = '----digipuls-test-boundary';
    const body = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="payload.bin"\r\nContent-Type: application/octet-stream\r\n\r\n` +
        `${marker}${'A'.repeat(64 * 1024)}\r\n--${boundary}--\r\n`,
    );
    return { body, type: `multipart/form-data; boundary=${boundary}` };
  }

  it.each(['/api/messages', '/api/roadmap/items', '/api/announcements'])('trust 2: a multipart upload to %s gets 415 and leaves no file behind', async (path) => {
    const marker = `digipuls-upload-${randomUUID()}`;
    const before = tempFiles();
    const { body, type } = multipart(marker);
    const res = await fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
    const saved = savedUploads(before, marker);
    for (const name of saved) rmSync(join(tmpdir(), name), { force: true }); // do not litter the machine
    console.log(`trust 2: multipart POST ${path} (no sign-in) → ${res.status}; upload saved to the temp folder: ${saved.length ? saved.map((n) => join(tmpdir(), n)).join(', ') : 'nothing'}`);
    expect(saved).toEqual([]);
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ code: 'unsupported-media-type' });
  });

  it.each([
    ['a form', 'application/x-www-form-urlencoded', 'type=message&text=hi'],
    ['plain text', 'text/plain', '{"type":"message"}'],
    ['JSON in another charset', 'application/json; charset=iso-8859-1', '{"type":"message"}'],
    ['a JSON-like vendor type', 'application/vnd.api+json', '{"type":"message"}'],
  ])('trust 2: %s gets 415', async (_name, type, body) => {
    const res = await fetch(`${app.url}/api/roadmap/items`, { method: 'POST', headers: { 'content-type': type }, body });
    expect(res.status).toBe(415);
  });

  it('trust 2: a body without any content type gets 415', async () => {
    const res = await fetch(`${app.url}/api/messages`, { method: 'POST', body: new Blob(['{"type":"message"}']) });
    expect(res.status).toBe(415);
  });

  it('trust 2: application/json with charset utf-8 (as Bot Framework sends it) passes on to the route', async () => {
    const res = await fetch(`${app.url}/api/roadmap/items`, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: '{}' });
    expect(res.status).toBe(401); // reached the route's sign-in check
  });

  it('trust 2: a POST without a body needs no content type', async () => {
    const res = await fetch(`${app.url}/api/digicheck/cycles/x/close`, { method: 'POST' });
    expect(res.status).toBe(401);
  });
});
