// Sign-in with the identity provider: authorization code flow with PKCE S256 on the public client the API
// names (GET /api/v1/public/sign-in). The tokens live in this module's memory only, never in localStorage nor
// sessionStorage: a reload signs in again (silently while the provider's session lasts). Only the PKCE
// verifier, the state and the screen to come back to cross the redirect, in sessionStorage, and are deleted
// as soon as the provider answers.

interface Settings {
  issuer: string;
  clientId: string;
  scope: string;
}
interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}
interface Tokens {
  access: string;
  refresh?: string;
  idToken?: string;
  expiresAt: number;
}
interface Pending {
  state: string;
  verifier: string;
  back: string;
}

const PENDING = 'gouvernail.signin';
let settings: Settings | undefined;
let discovery: Discovery | undefined;
let tokens: Tokens | undefined;
let refreshing: Promise<boolean> | undefined;

function redirectUri(): string {
  return `${location.origin}/`;
}

function base64Url(bytes: Uint8Array): string {
  let text = '';
  bytes.forEach((b) => (text += String.fromCharCode(b)));
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return base64Url(bytes);
}

async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

async function load(): Promise<void> {
  if (discovery) return;
  const answer = await fetch('/api/v1/public/sign-in', { headers: { Accept: 'application/json' } });
  if (!answer.ok) throw new Error(`sign-in settings: HTTP ${answer.status}`);
  settings = (await answer.json()) as Settings;
  const found = await fetch(`${settings.issuer}/.well-known/openid-configuration`);
  if (!found.ok) throw new Error(`identity provider: HTTP ${found.status}`);
  discovery = (await found.json()) as Discovery;
}

function keep(answer: Record<string, unknown>): void {
  tokens = {
    access: String(answer.access_token),
    refresh: typeof answer.refresh_token === 'string' ? answer.refresh_token : tokens?.refresh,
    idToken: typeof answer.id_token === 'string' ? answer.id_token : tokens?.idToken,
    expiresAt: Date.now() + Number(answer.expires_in ?? 300) * 1000,
  };
}

async function tokenRequest(body: Record<string, string>): Promise<boolean> {
  const answer = await fetch(discovery!.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: settings!.clientId, ...body }),
  });
  if (!answer.ok) return false;
  keep(await answer.json());
  return true;
}

/**
 * At start: finishes a sign-in when the provider sent the browser back with a code. Returns the screen to
 * show (the hash the person was on before signing in), or null when nothing was pending.
 */
export async function completeSignIn(): Promise<string | null> {
  const query = new URLSearchParams(location.search);
  const raw = sessionStorage.getItem(PENDING);
  if (!query.has('code') && !query.has('error')) return null;
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', '/');
  if (!raw) return null;
  const pending = JSON.parse(raw) as Pending;
  if (query.get('state') !== pending.state || !query.get('code')) return null;
  await load();
  const ok = await tokenRequest({
    grant_type: 'authorization_code',
    code: query.get('code')!,
    redirect_uri: redirectUri(),
    code_verifier: pending.verifier,
  });
  return ok ? pending.back : null;
}

export async function signIn(language: string): Promise<void> {
  await load();
  const pending: Pending = { state: randomText(), verifier: randomText(), back: location.hash || '#/' };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const url = new URL(discovery!.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: settings!.clientId,
    redirect_uri: redirectUri(),
    scope: settings!.scope,
    state: pending.state,
    code_challenge: await challengeOf(pending.verifier),
    code_challenge_method: 'S256',
    ui_locales: language,
  }).toString();
  location.assign(url.toString());
}

export async function signOut(): Promise<void> {
  const idToken = tokens?.idToken;
  tokens = undefined;
  await load();
  if (discovery?.end_session_endpoint) {
    const url = new URL(discovery.end_session_endpoint);
    url.search = new URLSearchParams({
      client_id: settings!.clientId,
      post_logout_redirect_uri: redirectUri(),
      ...(idToken ? { id_token_hint: idToken } : {}),
    }).toString();
    location.assign(url.toString());
  } else {
    location.assign('/');
  }
}

export function signedIn(): boolean {
  return tokens !== undefined;
}

/** The access token, renewed with the refresh token when it expires within 30 seconds; null when signed out. */
export async function accessToken(): Promise<string | null> {
  if (!tokens) return null;
  if (tokens.expiresAt - Date.now() > 30_000) return tokens.access;
  if (!tokens.refresh) return tokens.access;
  refreshing ??= tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh }).finally(
    () => (refreshing = undefined),
  );
  if (!(await refreshing)) tokens = undefined;
  return tokens?.access ?? null;
}

/** The token could not be used any more (the API answered 401): forget it. */
export function forget(): void {
  tokens = undefined;
}
