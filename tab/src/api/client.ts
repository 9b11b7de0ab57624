/**
 * Typed fetch wrapper for the DigiPuls server. The tab is served by the same server under
 * `/tab/`, so requests go to same-origin paths: the JSON API under `/api/`, health at `/healthz`.
 */
import { NEXT_CURSOR_HEADER, PAGE_MAX } from '../../../bot/src/api/paging';
import { getSsoToken } from '../teams';
import type { HealthStatus } from './types';

export type { HealthStatus } from './types';

/** How long a request may take before it counts as failed; a hanging API must not hang the UI. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * A failed request. `status` is the HTTP status, or 0 when no HTTP answer arrived (network
 * error, timeout); `serverMessage` is the server's own explanation when it sent one.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly serverMessage: string | undefined;
  readonly path: string;
  /** The parsed JSON error body, when the server sent one (some answers carry data, e.g. 503 health). */
  readonly body: unknown;

  constructor(
    path: string,
    status: number,
    serverMessage?: string,
    options?: { cause?: unknown; body?: unknown },
  ) {
    super(
      `${path} failed` + (status ? ` with HTTP ${status}` : ' without an answer') +
        (serverMessage ? `: ${serverMessage}` : ''),
      options,
    );
    this.name = 'ApiError';
    this.path = path;
    this.status = status;
    this.serverMessage = serverMessage;
    this.body = options?.body;
  }
}

/** Options for {@link requestJson}: fetch's own plus a timeout. */
export interface RequestOptions extends Omit<RequestInit, 'body'> {
  /** Sent as JSON when given. */
  json?: unknown;
  /** Defaults to {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs?: number;
}

/** Parses a body as JSON, or `undefined` when it is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Pulls a human-readable message out of an error body: restify's `{code, message}`, or
 * `{error}`, `{error: {message}}`, or short plain text.
 */
function messageFromBody(body: string, parsed: unknown): string | undefined {
  if (!body) return undefined;
  if (parsed === undefined) return body.length <= 300 ? body : `${body.slice(0, 300)}…`;
  if (!parsed || typeof parsed !== 'object') return undefined;
  const { error, message } = parsed as { error?: unknown; message?: unknown };
  if (typeof message === 'string') return message;
  if (typeof error === 'string') return error;
  const nested = error && typeof error === 'object' ? (error as { message?: unknown }).message : undefined;
  return typeof nested === 'string' ? nested : undefined;
}

/**
 * Requests `path` and parses the JSON answer as `T`.
 * @throws {@link ApiError} for non-2xx answers, network failures, timeouts and invalid JSON.
 */
export async function requestJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await requestWithHeaders<T>(path, options)).body;
}

/**
 * Requests every page of a paged list route (`?limit=&cursor=`, see bot/src/api/paging.ts) of the
 * JSON API, the largest pages the server allows, following the next-page header until the last
 * page, and returns the pages' bodies in order — so the tab still shows a whole list.
 * @throws {@link ApiError} as {@link requestJson}, or when the server hands out a cursor twice.
 */
export async function apiPages<T>(path: string, options?: RequestOptions): Promise<T[]> {
  const base = `/api/${path.replace(/^\/+/, '')}`;
  const pages: T[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  do {
    const url: string = `${base}${base.includes('?') ? '&' : '?'}limit=${PAGE_MAX}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const { body, headers } = await requestWithHeaders<T>(url, options);
    pages.push(body);
    cursor = headers.get(NEXT_CURSOR_HEADER);
    // A server that repeats a cursor would make this loop forever.
    if (cursor && seen.has(cursor)) throw new ApiError(url, 200, 'the list repeats a page');
    if (cursor) seen.add(cursor);
  } while (cursor);
  return pages;
}

/** Every item of a paged list route whose answer is an array (all pages joined). */
export async function apiList<T>(path: string, options?: RequestOptions): Promise<T[]> {
  return (await apiPages<T[]>(path, options)).flat();
}

/** {@link requestJson} with the answer's headers (the list routes' next-page cursor is one). */
async function requestWithHeaders<T>(path: string, options: RequestOptions = {}): Promise<{ body: T; headers: Headers }> {
  const { json, timeoutMs = DEFAULT_TIMEOUT_MS, headers, signal, ...init } = options;
  const controller = new AbortController();
  const timer = window.setTimeout(() => controller.abort(), timeoutMs);
  signal?.addEventListener('abort', () => controller.abort(), { once: true });
  try {
    // Inside Teams every API call carries the SSO token; the server checks it and the caller's role.
    const token = path.startsWith('/api/') ? await getSsoToken() : undefined;
    let response: Response;
    try {
      response = await fetch(path, {
        ...init,
        headers: {
          Accept: 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...headers,
        },
        body: json !== undefined ? JSON.stringify(json) : undefined,
        signal: controller.signal,
      });
    } catch (cause) {
      const reason = controller.signal.aborted && !signal?.aborted ? 'timed out' : 'unreachable';
      throw new ApiError(path, 0, reason, { cause });
    }
    const text = await response.text();
    if (!response.ok) {
      const parsed = parseJson(text);
      throw new ApiError(path, response.status, messageFromBody(text, parsed) ?? response.statusText, {
        body: parsed,
      });
    }
    if (response.status === 204 || text === '') return { body: undefined as T, headers: response.headers };
    try {
      return { body: JSON.parse(text) as T, headers: response.headers };
    } catch (cause) {
      throw new ApiError(path, response.status, 'invalid JSON in answer', { cause });
    }
  } finally {
    window.clearTimeout(timer);
  }
}

/** Requests a path of the JSON API: `apiRequest('roadmap')` → `GET /api/roadmap`. */
export function apiRequest<T>(path: string, options?: RequestOptions): Promise<T> {
  return requestJson<T>(`/api/${path.replace(/^\/+/, '')}`, options);
}

/** Narrows a JSON value to a health answer. */
function asHealth(value: unknown): HealthStatus | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { status, storage, version } = value as Partial<Record<keyof HealthStatus, unknown>>;
  if ((status !== 'ok' && status !== 'degraded') || typeof version !== 'string') return undefined;
  return { status, storage: storage === 'reachable' ? 'reachable' : 'unreachable', version };
}

/**
 * `GET /healthz`: is the server up, can it reach its storage, which version runs.
 * A degraded server answers 503 with a health body; that is returned (status `degraded`), not
 * thrown, because the server itself is reachable.
 * @throws {@link ApiError} when unreachable or when the answer is not a health status.
 */
export async function getHealth(options?: RequestOptions): Promise<HealthStatus> {
  let answer: unknown;
  try {
    answer = await requestJson<unknown>('/healthz', options);
  } catch (error) {
    const degraded = error instanceof ApiError && error.status === 503 ? asHealth(error.body) : undefined;
    if (degraded) return degraded;
    throw error;
  }
  const health = asHealth(answer);
  if (!health) throw new ApiError('/healthz', 200, 'unexpected health answer');
  return health;
}

/**
 * Downloads a file of the JSON API with the SSO token (inside Teams a plain link cannot send it):
 * fetches it and saves it under the server's file name, else under `fallbackName`.
 * @throws {@link ApiError} when the server refuses or cannot be reached.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const token = await getSsoToken();
  let response: Response;
  try {
    response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch (cause) {
    throw new ApiError(path, 0, 'unreachable', { cause });
  }
  if (!response.ok) throw new ApiError(path, response.status, response.statusText);
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const objectUrl = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the blob goes away.
  window.setTimeout(() => URL.revokeObjectURL(objectUrl), 30_000);
}
