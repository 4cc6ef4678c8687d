// One fetch wrapper for the gateway's REST API (libs/gateway-api): JSON in and out, every failure
// turned into an ApiRequestError carrying the gateway's ApiError body, so screens handle one shape.
import type { ApiError } from '@onewindow/gateway-api';

/** The `error` word for a request that never reached the gateway (offline, DNS, refused). */
export const NETWORK_ERROR = 'NETWORK';

export class ApiRequestError extends Error {
  constructor(readonly body: ApiError) {
    super(body.message);
    this.name = 'ApiRequestError';
  }

  get status(): number {
    return this.body.statusCode;
  }
}

export type Query = Readonly<Record<string, string | number | undefined>>;

export interface RequestOptions {
  body?: unknown;
  query?: Query;
  /** Sent as Authorization: Bearer …; a staff access token or a public tracking token. */
  token?: string;
  /** 'file' for a download (a PDF): the answer comes back as a Blob instead of JSON. */
  answer?: 'json' | 'file';
}

export async function request<T>(method: 'GET' | 'POST', path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: options.answer === 'file' ? '*/*' : 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(path + queryString(options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (error) {
    throw new ApiRequestError({ statusCode: 0, error: NETWORK_ERROR, message: String(error) });
  }
  if (response.ok && options.answer === 'file') return (await response.blob()) as T;
  const text = await response.text();
  const data = parseJson(text);
  if (!response.ok) {
    throw new ApiRequestError(
      isApiError(data)
        ? data
        : { statusCode: response.status, error: response.statusText || 'ERROR', message: text.slice(0, 200) },
    );
  }
  return data as T;
}

/** Leaves out empty filters, so `?county=` never reaches the gateway as an empty county. */
export function queryString(query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isApiError(value: unknown): value is ApiError {
  const body = value as Partial<ApiError> | undefined;
  return typeof body?.statusCode === 'number' && typeof body.message === 'string';
}

/** Saves a downloaded file under its name: the browser's own download, from memory (the request needed a token). */
export function saveFile(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
