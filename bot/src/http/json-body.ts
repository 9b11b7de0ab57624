import { MIMEType } from 'node:util';
import { createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';
import type { Next, Request, Response } from 'restify';
import { sendError } from './errors';

/** Why a body was refused before any route saw it. */
class BodyRefused extends Error {
  constructor(readonly status: 400 | 413 | 415, readonly code: string, message: string) {
    super(message);
  }
}

/** The decoders for the `Content-Encoding`s we take; anything else is refused with 415. */
const DECODERS: Record<string, (() => Transform) | undefined> = {
  identity: undefined,
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
};

/**
 * The request body reader of every route: JSON only, decoded bytes counted.
 *
 * - A body must be `application/json` (UTF-8, the only charset JSON allows); any other type —
 *   form, multipart, text, none — gets 415 before a byte is read. Nothing is ever written to disk
 *   (restify's bodyParser saved multipart uploads to the temp folder before any sign-in check).
 * - `maxBytes` limits the bytes after decoding *and* on the wire: a gzip or deflate body is
 *   inflated with node:zlib chunk by chunk and the inflater is destroyed at the limit (413), so a
 *   small body that inflates to gigabytes costs at most `maxBytes` of memory. An unknown
 *   `Content-Encoding` gets 415.
 * - Invalid compressed data or JSON gets 400. GET and HEAD bodies are never read.
 * On success `req.body` holds the parsed JSON (undefined for an empty body).
 */
export function jsonBody(opts: { maxBytes: number }) {
  return (req: Request, res: Response, next: Next): void => {
    if (req.method === 'GET' || req.method === 'HEAD' || !hasBody(req)) return next();
    let decode: (() => Transform) | undefined;
    try {
      checkContentType(req.headers['content-type']);
      decode = decoderFor(req.headers['content-encoding']);
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > opts.maxBytes) throw tooLarge(opts.maxBytes);
    } catch (err) {
      return refuse(req, res, err as BodyRefused);
    }
    readLimited(req, decode?.(), opts.maxBytes).then(
      (text) => {
        try {
          req.body = text.length === 0 ? undefined : JSON.parse(text);
        } catch {
          return refuse(req, res, new BodyRefused(400, 'invalid-json', 'Invalid JSON: the request body is not valid JSON'));
        }
        next();
      },
      (err: unknown) => refuse(req, res, err instanceof BodyRefused ? err : new BodyRefused(400, 'invalid-body', 'the request body could not be read')),
    );
  };
}

/** True when the request announces a body (a length above 0, or chunked). */
function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

function checkContentType(header: string | undefined): void {
  let type: MIMEType | undefined;
  try {
    type = header ? new MIMEType(header) : undefined;
  } catch {
    type = undefined;
  }
  const charset = type?.params.get('charset')?.toLowerCase();
  if (type?.essence !== 'application/json' || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')) {
    throw new BodyRefused(415, 'unsupported-media-type', 'this route takes application/json (UTF-8) only');
  }
}

function decoderFor(header: string | undefined): (() => Transform) | undefined {
  const encoding = (header ?? 'identity').trim().toLowerCase() || 'identity';
  if (!Object.hasOwn(DECODERS, encoding)) {
    throw new BodyRefused(415, 'unsupported-encoding', 'unsupported Content-Encoding: send the body uncompressed, gzip or deflate');
  }
  return DECODERS[encoding];
}

const tooLarge = (max: number) => new BodyRefused(413, 'payload-too-large', `the request body is larger than ${max} bytes (after decompression)`);

/**
 * Reads the body through `decoder` (if any) and resolves to its UTF-8 text. Counts wire bytes and
 * decoded bytes; at either limit it stops the decoder at once and rejects with 413.
 */
function readLimited(req: Request, decoder: Transform | undefined, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let wire = 0;
    let decoded = 0;
    let settled = false;
    const source = decoder ?? req;
    const stop = (err?: BodyRefused) => {
      if (settled) return;
      settled = true;
      if (decoder) {
        req.unpipe(decoder);
        decoder.destroy();
      }
      if (err) {
        // Discard the rest of the upload without decoding it, and close the connection afterwards.
        req.removeListener('data', countWire);
        req.resume();
        reject(err);
      }
    };
    const countWire = (chunk: Buffer) => {
      wire += chunk.length;
      if (wire > max) stop(tooLarge(max));
    };
    req.on('data', countWire);
    source.on('data', (chunk: Buffer) => {
      if (settled) return;
      decoded += chunk.length;
      if (decoded > max) return stop(tooLarge(max));
      chunks.push(chunk);
    });
    source.on('end', () => {
      if (settled) return;
      settled = true;
      try {
        resolve(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)));
      } catch {
        reject(new BodyRefused(400, 'invalid-body', 'the request body is not valid UTF-8'));
      }
    });
    source.on('error', () => stop(new BodyRefused(400, 'invalid-body', 'the request body is not valid compressed data for its Content-Encoding')));
    req.on('error', () => stop(new BodyRefused(400, 'invalid-body', 'the request body could not be read')));
    if (decoder) req.pipe(decoder);
  });
}

function refuse(req: Request, res: Response, err: BodyRefused): void {
  // The rest of the body is not read: close the connection after the answer rather than parse it.
  if (err.status !== 400 || !req.complete) res.setHeader('connection', 'close');
  sendError(req, res, err.status, err.code, err.message);
}
