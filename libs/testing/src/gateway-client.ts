/** A REST client of the gateway for tests: signs in as a demo account and sends JSON. */
export interface GatewayResponse<T = unknown> {
  status: number;
  body: T;
}

export class GatewayClient {
  constructor(readonly baseUrl: string) {}

  async signIn(username: string, password: string): Promise<string> {
    const response = await this.request<{ accessToken: string }>('POST', '/api/auth/sign-in', {
      body: { username, password },
    });
    if (response.status !== 200) throw new Error(`sign-in as ${username} failed: ${JSON.stringify(response)}`);
    return response.body.accessToken;
  }

  async request<T = unknown>(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<GatewayResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(options.body !== undefined || options.rawBody !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (e.g. the OpenAPI page): keep the text
    }
    return { status: response.status, body: body as T };
  }
}
