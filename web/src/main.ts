// The shell of the front end: sign-in, the header (association, language, sign-out), the menu and the router
// (hash routes: #/, #/check, #/declare, #/feedback, #/tools), each screen in <main>, whose heading takes the
// focus at each change of screen so that a screen reader announces it.
import './styles.css';
import { api, asProblem } from './api';
import { completeSignIn, signedIn, signIn, signOut } from './auth';
import { h, replace } from './dom';
import { LANGUAGES, language, setLanguage, t, type Language } from './i18n';
import { check } from './screens/check';
import { committee } from './screens/committee';
import { problemBox } from './screens/common';
import { declare } from './screens/declare';
import { feedback } from './screens/feedback';
import { home } from './screens/home';
import { tools } from './screens/tools';
import { activeMemberships, session } from './session';
// --- issue 18 (webB): policies, dashboard ---
import { dashboard } from './screens/dashboard';
import { policies } from './screens/policies';
// issue 18 (webA): the vendor assessment, the risk register, the use cases
import { assessment } from './screens/assessment';
import { risks } from './screens/risks';
import { useCase, useCases } from './screens/usecases';

type Screen = (main: HTMLElement) => void | Promise<void>;
const ROUTES: Record<string, { screen: Screen; title: string }> = {
  '#/': { screen: home, title: 'nav.home' },
  '#/check': { screen: check, title: 'nav.check' },
  '#/declare': { screen: declare, title: 'nav.declare' },
  '#/feedback': { screen: feedback, title: 'nav.feedback' },
  '#/tools': { screen: tools, title: 'nav.tools' },
  '#/committee': { screen: committee, title: 'nav.committee' },
  // --- issue 18 (webB) ---
  '#/policies': { screen: policies, title: 'nav.policies' },
  '#/dashboard': { screen: dashboard, title: 'nav.dashboard' },
};

// --- issue 18 (webA): the risk register, the use cases, and the routes with an id in them (#/tools/{id}/assessment,
// #/use-cases/{id}), each under the menu entry of its list ---
ROUTES['#/risks'] = { screen: risks, title: 'nav.risks' };
ROUTES['#/use-cases'] = { screen: useCases, title: 'nav.useCases' };
const ID = '([0-9a-fA-F-]{36})';
const ROUTES_WITH_ID: { pattern: RegExp; screen: (main: HTMLElement, id: string) => void | Promise<void>; title: string; under: string }[] = [
  { pattern: new RegExp(`^#/tools/${ID}/assessment$`), screen: assessment, title: 'tools.assess', under: '#/tools' },
  { pattern: new RegExp(`^#/use-cases/${ID}$`), screen: useCase, title: 'nav.useCases', under: '#/use-cases' },
];
function routeWithId(hash: string): { screen: Screen; title: string; under?: string } | undefined {
  for (const r of ROUTES_WITH_ID) {
    const found = r.pattern.exec(hash);
    if (found) return { screen: (main) => r.screen(main, found[1]), title: r.title, under: r.under };
  }
  return undefined;
}
// --- end of issue 18 (webA) ---

const app = document.getElementById('app')!;

function languagePicker(): HTMLElement {
  const picker = h(
    'select',
    { id: 'language', 'aria-label': t('language') },
    LANGUAGES.map((l) => h('option', { value: l.code, lang: l.code, selected: l.code === language() }, l.name)),
  );
  picker.addEventListener('change', () => {
    setLanguage(picker.value as Language);
    void render();
  });
  return h('div', { class: 'language' }, picker);
}

function skipLink(): HTMLElement {
  return h(
    'a',
    {
      class: 'skip-link',
      href: '#main',
      onclick: (event: Event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      },
    },
    t('skip'),
  );
}

function signInScreen(): void {
  const main = h(
    'main',
    { id: 'main', tabindex: -1, class: 'signin' },
    h('h1', null, t('signin.title')),
    h('p', { class: 'lead' }, t('signin.text')),
    h('button', { type: 'button', id: 'sign-in', onclick: () => void signIn(language()) }, t('signin.button')),
  );
  replace(
    app,
    skipLink(),
    h('header', { class: 'top' }, h('p', { class: 'brand' }, t('app.name'), h('span', null, t('app.tagline'))), languagePicker()),
    main,
  );
  document.title = `${t('signin.button')} · Gouvernail`;
}

function organisationPicker(): HTMLElement | null {
  const memberships = activeMemberships();
  if (memberships.length < 2) {
    return session.organisation ? h('p', { class: 'organisation' }, session.organisation.organisationName) : null;
  }
  const picker = h(
    'select',
    { id: 'organisation', 'aria-label': t('organisation') },
    memberships.map((m) =>
      h(
        'option',
        { value: m.organisationId, selected: m.organisationId === session.organisation?.organisationId },
        m.organisationName,
      ),
    ),
  );
  picker.addEventListener('change', () => {
    session.organisation = memberships.find((m) => m.organisationId === picker.value);
    void render();
  });
  return h('div', { class: 'organisation' }, picker);
}

async function render(): Promise<void> {
  document.documentElement.lang = language();
  if (!signedIn()) return signInScreen();
  // a screen may read parameters after "?" (#/policies?policy=…)
  const path = location.hash.split('?')[0];
  const route: { screen: Screen; title: string; under?: string } | undefined =
    ROUTES[path] ?? (path === '' ? ROUTES['#/'] : routeWithId(path));
  const main = h('main', { id: 'main', tabindex: -1 });
  const nav = h(
    'nav',
    { 'aria-label': t('nav.label') },
    h(
      'ul',
      null,
      Object.entries(ROUTES).map(([hash, r]) =>
        h('li', null, h('a', { href: hash, 'aria-current': route === r || route?.under === hash ? 'page' : null }, t(r.title))),
      ),
    ),
  );
  replace(
    app,
    skipLink(),
    h(
      'header',
      { class: 'top' },
      h('p', { class: 'brand' }, t('app.name')),
      organisationPicker(),
      languagePicker(),
      h('button', { type: 'button', class: 'secondary', id: 'sign-out', onclick: () => void signOut() }, t('signout')),
    ),
    session.organisation ? nav : null,
    main,
  );
  if (!session.organisation) {
    replace(
      main,
      h('h1', null, t('noMembership.title')),
      h('p', null, t('noMembership.text', { email: session.me.email ?? '' })),
    );
    return;
  }
  if (!route) {
    replace(main, h('h1', null, t('notFound')), h('a', { href: '#/' }, t('nav.home')));
    return;
  }
  document.title = `${t(route.title)} · Gouvernail`;
  await route.screen(main);
  main.querySelector<HTMLElement>('h1')?.setAttribute('tabindex', '-1');
  if (moved) main.querySelector<HTMLElement>('h1')?.focus();
}

let moved = false;
window.addEventListener('hashchange', () => {
  if (!location.hash.startsWith('#/')) return;
  moved = true;
  void render();
});
window.addEventListener('gouvernail:signed-out', () => void render());

async function start(): Promise<void> {
  setLanguage(language());
  try {
    const back = await completeSignIn();
    if (back && back !== location.hash) history.replaceState(null, '', back);
  } catch {
    // the provider could not be reached: the sign-in screen offers to try again
  }
  if (signedIn()) {
    const { data, error, response } = await api.GET('/api/v1/me', {});
    if (!data) {
      replace(app, h('main', { id: 'main' }, problemBox(asProblem(error, response?.status ?? 0))));
      return;
    }
    session.me = data;
    session.organisation = activeMemberships()[0];
  }
  await render();
}

void start();
