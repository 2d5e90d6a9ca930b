// The API client, generated: the paths and types come from docs/openapi/openapi.json (openapi-typescript at
// build time), the calls go through openapi-fetch. Every call carries the access token in memory and the
// language chosen, so that texts the API writes (explanations, problem details) come in that language.
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './api/schema';
import { accessToken, forget } from './auth';
import { language } from './i18n';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

const auth: Middleware = {
  async onRequest({ request }) {
    const token = await accessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', language());
    return request;
  },
  async onResponse({ response }) {
    if (response.status === 401) {
      forget();
      window.dispatchEvent(new CustomEvent('gouvernail:signed-out'));
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '' });
api.use(auth);

/** A problem+json answer as the screens show it; a network failure becomes a problem of status 0. */
export function asProblem(error: unknown, status: number): Problem {
  if (error && typeof error === 'object' && 'title' in error) return error as Problem;
  return { type: 'about:blank', title: String(error ?? ''), status };
}

/** A fresh Idempotency-Key for one POST the person sends: a retry of the same sending is not a second one. */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}
