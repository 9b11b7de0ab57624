/**
 * One way for tests to call the app's HTTP API (`/api/*`), instead of a `fetch` wrapper per file.
 *
 * Every call sends JSON (a string body is sent as it is, so tests can send malformed JSON) and
 * answers `{ status, body, text, headers }`: `body` is the parsed JSON when the answer says it is
 * JSON, otherwise `undefined` (CSV, calendar and other text answers are in `text`). Nothing throws
 * on a 4xx/5xx: the tests assert the status themselves.
 */

/** What one API call answered. */
export interface ApiResponse<T = any> {
  status: number;
  /** The parsed JSON answer; `undefined` when the answer is empty or not JSON. */
  body: T;
  /** The raw answer text (CSV, iCalendar …). */
  text: string;
  headers: Headers;
}

/** Extra request settings of one call. */
export interface CallOptions {
  /** Extra request headers (e.g. `if-match`); they win over the defaults. */
  headers?: Record<string, string>;
}

/** Who calls: a bearer token (e.g. from `FakeEntra.token`), or nobody (anonymous, or the app's DEV_IDENTITY). */
export type Caller = string | undefined;

/** A typed client of one running app, as one caller. */
export interface ApiClient {
  /** Any method; for tables of routes that list the method as data. */
  request<T = any>(method: string, path: string, body?: unknown, options?: CallOptions): Promise<ApiResponse<T>>;
  get<T = any>(path: string, options?: CallOptions): Promise<ApiResponse<T>>;
  post<T = any>(path: string, body?: unknown, options?: CallOptions): Promise<ApiResponse<T>>;
  put<T = any>(path: string, body?: unknown, options?: CallOptions): Promise<ApiResponse<T>>;
  patch<T = any>(path: string, body?: unknown, options?: CallOptions): Promise<ApiResponse<T>>;
  del<T = any>(path: string, body?: unknown, options?: CallOptions): Promise<ApiResponse<T>>;
}

/** Anything with the base `url` (an in-process test app, an app process …). */
export interface HasUrl {
  url: string;
}

/**
 * A client of `app`. Pass a function (`() => app`) when the app is started later (in `beforeAll`)
 * or replaced (a restart): it is read on every call. With `token`, every call carries
 * `Authorization: Bearer <token>`.
 */
export function apiClient(app: HasUrl | (() => HasUrl), token?: Caller): ApiClient {
  const urlOf = () => (typeof app === 'function' ? app() : app).url;
  const request = async <T = any>(method: string, path: string, body?: unknown, options: CallOptions = {}): Promise<ApiResponse<T>> => {
    const res = await fetch(`${urlOf()}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    const isJson = /json/.test(res.headers.get('content-type') ?? '');
    return { status: res.status, body: isJson && text ? JSON.parse(text) : undefined, text, headers: res.headers };
  };
  return {
    request,
    get: (path, options) => request('GET', path, undefined, options),
    post: (path, body, options) => request('POST', path, body, options),
    put: (path, body, options) => request('PUT', path, body, options),
    patch: (path, body, options) => request('PATCH', path, body, options),
    del: (path, body, options) => request('DELETE', path, body, options),
  };
}
