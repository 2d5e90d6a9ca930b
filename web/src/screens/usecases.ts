// Screens "Cas d'usage": the impact × complexity matrix (GET …/use-cases/matrix) as a 2 × 2 table (quick wins,
// major projects, fill-ins, traps), the use cases not scored yet, the list with its filter a page at a time
// (nextCursor), an example of the catalogue to start from (#/use-cases); and one use case (#/use-cases/{id}): its
// impact and complexity scores (PATCH, If-Match) and the AI Act questionnaire as the API serves it
// (GET /api/v1/reference/ai-act-questionnaire: follow-up questions appear when the question they hang on is
// answered yes), answered with PUT …/ai-act-profile (If-Match): the tier, the roles, the reasons and the duties.
import { api, asProblem, idempotencyKey, type Schemas } from '../api';
import { h, replace, uid } from '../dom';
import { busy, clearErrors, field, formProblemSlot, select, showProblem } from '../forms';
import { codes, formatDate, label, localized, t } from '../i18n';
import { hasRole, orgId } from '../session';
import { loading, problemBox } from './common';

const CONTRIBUTING = ['ADMIN', 'COMMITTEE', 'DATA_REFERENT', 'CONTRIBUTOR'] as const;

// --- #/use-cases ---------------------------------------------------------------------------------------------------

export function useCases(main: HTMLElement): void {
  const matrixHolder = h('div', { class: 'matrix-holder', 'aria-live': 'polite' }, loading());
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const adding = h('div');
  replace(
    main,
    h('h1', null, t('useCases.title')),
    h('p', { class: 'lead' }, t('useCases.intro')),
    h('h2', null, t('useCases.matrix')),
    matrixHolder,
    h('h2', null, t('useCases.list')),
    listing(results),
    results,
    adding,
  );
  void matrix(matrixHolder);
  if (hasRole(...CONTRIBUTING)) void catalogue(adding);
}

async function matrix(holder: HTMLElement): Promise<void> {
  const { data, error, response } = await api.GET('/api/v1/organisations/{orgId}/use-cases/matrix', {
    params: { path: { orgId: orgId() } },
  });
  if (!data) {
    replace(holder, problemBox(asProblem(error, response?.status ?? 0)));
    return;
  }
  const placed = data.quadrants.reduce((n, q) => n + q.useCases.length, 0);
  if (placed === 0 && data.unscored.length === 0) {
    replace(holder, h('div', { class: 'empty' }, h('p', null, t('useCases.emptyMatrix'))));
    return;
  }
  const cell = (quadrant: Schemas['Quadrant']) => {
    const items = data.quadrants.find((q) => q.quadrant === quadrant)?.useCases ?? [];
    return h(
      'td',
      { class: `quadrant quadrant-${quadrant.toLowerCase().replace('_', '-')}` },
      h('p', { class: 'quadrant-name' }, label('Quadrant', quadrant)),
      h('p', { class: 'hint' }, label('QuadrantHint', quadrant)),
      items.length === 0 ? h('p', null, t('useCases.none')) : h('ul', null, items.map(item)),
    );
  };
  replace(
    holder,
    data.truncated ? h('p', { class: 'alert alert-error' }, t('useCases.truncated')) : null,
    h(
      'div',
      { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('useCases.matrixCaption') },
      h(
        'table',
        { class: 'matrix', id: 'use-case-matrix' },
        h('caption', null, t('useCases.matrixCaption')),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('td', null),
            h('th', { scope: 'col' }, t('useCases.lowComplexity')),
            h('th', { scope: 'col' }, t('useCases.highComplexity')),
          ),
        ),
        h(
          'tbody',
          null,
          h('tr', null, h('th', { scope: 'row' }, t('useCases.highImpact')), cell('QUICK_WIN'), cell('MAJOR_PROJECT')),
          h('tr', null, h('th', { scope: 'row' }, t('useCases.lowImpact')), cell('FILL_IN'), cell('AVOID')),
        ),
      ),
    ),
    data.unscored.length > 0
      ? h(
          'section',
          { class: 'unscored' },
          h('h3', null, t('useCases.unscored')),
          h('p', { class: 'hint' }, t('useCases.unscoredHint')),
          h('ul', null, data.unscored.map(item)),
        )
      : null,
  );
}

function item(useCase: Schemas['MatrixItem']): HTMLElement {
  return h(
    'li',
    null,
    h('a', { href: `#/use-cases/${useCase.id}` }, useCase.title),
    ' ',
    h('span', { class: 'badge' }, label('UseCaseStatus', useCase.status)),
    useCase.aiActTier ? [' ', h('span', { class: `badge tier-${useCase.aiActTier.toLowerCase()}` }, label('RiskTier', useCase.aiActTier))] : null,
  );
}

function listing(results: HTMLElement): HTMLElement {
  const status = select([
    { value: '', text: t('common.any') },
    ...codes('UseCaseStatus').map((c) => ({ value: c, text: label('UseCaseStatus', c) })),
  ]);
  const filters = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('useCases.filters') },
    field('status', t('useCases.status'), status),
    h('button', { type: 'submit', class: 'secondary' }, t('common.apply')),
  );
  const body = h('tbody');
  const table = h(
    'table',
    null,
    h('caption', { class: 'visually-hidden' }, t('useCases.list')),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        [t('useCases.name'), t('useCases.status'), t('useCases.quadrant'), t('useCases.tier')].map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    body,
  );
  const more = h('button', { type: 'button', class: 'secondary' }, t('common.more'));
  let cursor: string | null = null;
  // a newer search supersedes one still under way: its page is not appended to the new results
  let generation = 0;
  async function load(reset: boolean): Promise<void> {
    const mine = reset ? ++generation : generation;
    if (reset) {
      cursor = null;
      body.replaceChildren();
      replace(results, loading());
    }
    more.disabled = true;
    const query: Record<string, string | number> = { limit: 50 };
    if (status.value) query.status = status.value;
    if (cursor) query.cursor = cursor;
    const { data: page, error, response } = await api.GET('/api/v1/organisations/{orgId}/use-cases', {
      params: { path: { orgId: orgId() }, query },
    });
    if (mine !== generation) return;
    more.disabled = false;
    if (!page) {
      replace(results, problemBox(asProblem(error, response?.status ?? 0)));
      return;
    }
    for (const u of page.items) {
      body.appendChild(
        h(
          'tr',
          null,
          h('th', { scope: 'row' }, h('a', { href: `#/use-cases/${u.id}` }, u.title)),
          h('td', null, label('UseCaseStatus', u.status)),
          h('td', null, u.quadrant ? label('Quadrant', u.quadrant) : t('useCases.notPlaced')),
          h('td', null, u.aiActTier ? label('RiskTier', u.aiActTier) : t('useCases.tierNone')),
        ),
      );
    }
    cursor = page.nextCursor ?? null;
    if (body.children.length === 0) replace(results, h('div', { class: 'empty' }, h('p', null, t('useCases.empty'))));
    else replace(results, h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('useCases.list') }, table), cursor ? more : null);
  }
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    void load(true);
  });
  more.addEventListener('click', () => void load(false));
  void load(true);
  return filters;
}

async function catalogue(holder: HTMLElement): Promise<void> {
  const { data } = await api.GET('/api/v1/reference/use-case-catalogue', {});
  if (!data || data.items.length === 0) return;
  const entry = select(
    data.items.map((e) => ({ value: e.id, text: `${e.title} (${label('Quadrant', e.quadrant)})` })),
    true,
  );
  const add = h('button', { type: 'submit', class: 'secondary' }, t('useCases.addButton'));
  const done = h('div', { 'aria-live': 'polite' });
  let key = idempotencyKey();
  entry.addEventListener('change', () => (key = idempotencyKey()));
  const form = h('form', { novalidate: true, class: 'stack' }, formProblemSlot(), field('fromCatalogue', t('useCases.addEntry'), entry), add);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    busy(add, true);
    const created = await api.POST('/api/v1/organisations/{orgId}/use-cases', {
      params: { path: { orgId: orgId() }, header: { 'Idempotency-Key': key } },
      body: { fromCatalogue: entry.value },
    });
    busy(add, false);
    if (!created.data) {
      showProblem(form, asProblem(created.error, created.response?.status ?? 0));
      return;
    }
    key = idempotencyKey();
    replace(
      done,
      h(
        'p',
        { class: 'alert alert-success', role: 'status' },
        t('useCases.added', { title: created.data.title }),
        ' ',
        h('a', { href: `#/use-cases/${created.data.id}` }, created.data.title),
      ),
    );
  });
  replace(holder, h('h2', null, t('useCases.add')), form, done);
}

// --- #/use-cases/{id} ----------------------------------------------------------------------------------------------

type UseCase = Schemas['UseCase'];
type Question = Schemas['Question'];
type Answer = boolean | string;

export async function useCase(main: HTMLElement, useCaseId: string): Promise<void> {
  replace(main, h('h1', null, t('useCases.title')), loading());
  const [read, questionnaire] = await Promise.all([
    api.GET('/api/v1/organisations/{orgId}/use-cases/{useCaseId}', { params: { path: { orgId: orgId(), useCaseId } } }),
    api.GET('/api/v1/reference/ai-act-questionnaire', {}),
  ]);
  const failed = [read, questionnaire].find((r) => !r.data);
  if (failed || !read.data || !questionnaire.data) {
    replace(
      main,
      h('h1', null, t('useCases.title')),
      problemBox(asProblem(failed?.error, failed?.response?.status ?? 0)),
      h('p', null, h('a', { href: '#/use-cases' }, t('useCase.back'))),
    );
    return;
  }
  const state = { useCase: read.data, etag: read.response.headers.get('ETag') ?? `"${read.data.version}"` };
  const reload = () => void useCase(main, useCaseId);
  const status = h('p', { class: 'use-case-status' });
  const showStatus = () =>
    replace(
      status,
      t('useCase.status', { status: label('UseCaseStatus', state.useCase.status) }),
      state.useCase.quadrant ? [' · ', label('Quadrant', state.useCase.quadrant)] : null,
    );
  showStatus();
  const editor = hasRole(...CONTRIBUTING);
  const profile = h('section', { class: 'profile', 'aria-live': 'polite' });
  showProfile(profile, state.useCase.aiActProfile ?? null);
  replace(
    main,
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/use-cases' }, t('useCase.back'))),
    h('h1', null, state.useCase.title),
    status,
    state.useCase.description ? h('p', { class: 'lead' }, state.useCase.description) : null,
    h('h2', null, t('useCase.scores')),
    scores(state, editor, reload, showStatus),
    h('h2', { id: 'questionnaire' }, t('useCase.questionnaire')),
    h('p', null, t('useCase.questionnaireIntro')),
    profile,
    editor ? questionnaireForm(questionnaire.data, state, profile, reload) : null,
  );
}

const IMPACT = ['timeSaved', 'beneficiaryQuality', 'reach', 'missionAlignment'] as const;
const COMPLEXITY = ['dataSensitivity', 'integrationEffort', 'skillsNeeded', 'cost', 'changeManagement'] as const;

function scores(state: { useCase: UseCase; etag: string }, editor: boolean, reload: () => void, showStatus: () => void): HTMLElement {
  const levels = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), text: String(n) }));
  const pick = (value: number | undefined) => select([{ value: '', text: '—' }, ...levels], false, value ? String(value) : '');
  const impact = state.useCase.impact as Record<string, number> | null | undefined;
  const complexity = state.useCase.complexity as Record<string, number> | null | undefined;
  const impactSelects = IMPACT.map((c) => [c, pick(impact?.[c])] as const);
  const complexitySelects = COMPLEXITY.map((c) => [c, pick(complexity?.[c])] as const);
  const save = h('button', { type: 'submit', class: 'secondary' }, t('useCase.saveScores'));
  const done = h('div', { 'aria-live': 'polite' });
  const group = (legend: string, kind: string, name: string, selects: (readonly [string, HTMLSelectElement])[]) =>
    h(
      'fieldset',
      { class: 'field scores', 'data-field': name },
      h('legend', null, legend),
      h('div', { class: 'score-grid' }, selects.map(([c, s]) => field(`${name}.${c}`, label(kind, c), s))),
      h('p', { class: 'field-error', hidden: true }),
    );
  const form = h(
    'form',
    { novalidate: true, class: 'stack', id: 'scores' },
    formProblemSlot(),
    h('p', { class: 'hint' }, t('useCase.scoresHint')),
    group(t('useCase.impact'), 'ImpactCriterion', 'impact', impactSelects),
    group(t('useCase.complexity'), 'ComplexityCriterion', 'complexity', complexitySelects),
    editor ? save : null,
    done,
  );
  if (!editor) form.querySelectorAll('select').forEach((s) => (s.disabled = true));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    replace(done);
    const values = (selects: (readonly [string, HTMLSelectElement])[]) =>
      Object.fromEntries(selects.filter(([, s]) => s.value).map(([c, s]) => [c, Number(s.value)]));
    busy(save, true);
    const saved = await api.PATCH('/api/v1/organisations/{orgId}/use-cases/{useCaseId}', {
      params: { path: { orgId: orgId(), useCaseId: state.useCase.id }, header: { 'If-Match': state.etag } },
      body: { impact: values(impactSelects), complexity: values(complexitySelects) },
    });
    busy(save, false);
    if (!saved.data) {
      showProblem(form, asProblem(saved.error, saved.response?.status ?? 0), reload);
      return;
    }
    state.useCase = saved.data;
    state.etag = saved.response.headers.get('ETag') ?? `"${saved.data.version}"`;
    showStatus();
    replace(
      done,
      h(
        'p',
        { class: 'alert alert-success', role: 'status' },
        t('useCase.scored', { quadrant: saved.data.quadrant ? label('Quadrant', saved.data.quadrant) : t('useCases.unscored') }),
      ),
    );
  });
  return form;
}

function showProfile(holder: HTMLElement, profile: Schemas['AiActProfile'] | null): void {
  if (!profile) {
    replace(holder, h('div', { class: 'empty' }, h('p', null, t('useCase.notAnswered'))));
    return;
  }
  const tone =
    profile.tier === 'PROHIBITED' ? 'no' : profile.tier === 'HIGH_RISK' ? 'warn' : profile.tier === 'TRANSPARENCY' ? 'ask' : 'ok';
  replace(
    holder,
    h(
      'div',
      { class: `verdict verdict-${tone} tier`, tabindex: -1, 'data-tier': profile.tier },
      h('h3', null, t('useCase.tier', { tier: label('RiskTier', profile.tier) })),
      h('p', { class: 'explanation' }, label('RiskTierMeaning', profile.tier)),
      profile.roles.length > 0 ? h('p', null, t('useCase.roles', { roles: profile.roles.map((r) => label('OperatorRole', r)).join(', ') })) : null,
      h('h4', null, t('useCase.reasons')),
      h(
        'ul',
        { class: 'reasons' },
        profile.reasons.map((r) => h('li', null, h('p', null, r.text), h('p', { class: 'rule' }, r.citation))),
      ),
      h('h4', null, t('useCase.duties')),
      profile.duties.length === 0
        ? h('p', null, t('useCase.noDuties'))
        : h(
            'ul',
            { class: 'duties' },
            profile.duties.map((d) =>
              h(
                'li',
                null,
                h('p', null, d.text),
                h('p', { class: 'rule' }, `${label('OperatorRole', d.role)} · ${d.citation} · ${t('useCase.dutyFrom', { date: formatDate(d.appliesFrom) })}`),
              ),
            ),
          ),
    ),
  );
}

function questionnaireForm(
  questionnaire: Schemas['Questionnaire'],
  state: { useCase: UseCase; etag: string },
  profile: HTMLElement,
  reload: () => void,
): HTMLElement {
  const given = new Map<string, Answer>(Object.entries((state.useCase.aiActProfile?.answers ?? {}) as Record<string, Answer>));
  const byCode = new Map(questionnaire.questions.map((q) => [q.code, q]));
  const holders = new Map<string, HTMLElement>();
  // a follow-up is asked when one of the questions it hangs on is asked and answered yes
  const asked = (q: Question, depth = 0): boolean =>
    q.askedWhen.length === 0 ||
    (depth < 10 && q.askedWhen.some((c) => given.get(c) === true && byCode.has(c) && asked(byCode.get(c)!, depth + 1)));
  const sync = () => {
    for (const q of questionnaire.questions) holders.get(q.code)!.hidden = !asked(q);
    for (const section of sections.values()) section.hidden = [...section.querySelectorAll<HTMLElement>('.question')].every((e) => e.hidden);
  };
  const sections = new Map<string, HTMLFieldSetElement>();
  for (const q of questionnaire.questions) {
    let section = sections.get(q.section);
    if (!section) {
      section = h('fieldset', { class: 'section' }, h('legend', null, label('QuestionSection', q.section)));
      sections.set(q.section, section);
    }
    const holder = questionField(q, given.get(q.code), (value) => {
      if (value === undefined) given.delete(q.code);
      else given.set(q.code, value);
      sync();
    });
    holders.set(q.code, holder);
    section.appendChild(holder);
  }
  const save = h('button', { type: 'submit' }, t('useCase.saveAnswers'));
  const form = h('form', { novalidate: true, class: 'stack questionnaire', id: 'ai-act' }, formProblemSlot(), [...sections.values()], save);
  sync();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const answers: Record<string, Answer> = {};
    for (const q of questionnaire.questions) {
      const value = given.get(q.code);
      if (value !== undefined && asked(q)) answers[q.code] = value;
    }
    busy(save, true);
    const saved = await api.PUT('/api/v1/organisations/{orgId}/use-cases/{useCaseId}/ai-act-profile', {
      params: { path: { orgId: orgId(), useCaseId: state.useCase.id }, header: { 'If-Match': state.etag } },
      // the generated type asks for humanEditorialReview (a version-1 field whose default is false): only the
      // version-2 shape is sent
      body: { questionnaireVersion: questionnaire.version, answers } as Schemas['AiActQuestionnaire'],
    });
    busy(save, false);
    if (!saved.data) {
      showProblem(form, asProblem(saved.error, saved.response?.status ?? 0), reload);
      return;
    }
    state.etag = saved.response.headers.get('ETag') ?? state.etag;
    state.useCase = { ...state.useCase, aiActProfile: saved.data, aiActTier: saved.data.tier };
    showProfile(profile, saved.data);
    profile.querySelector<HTMLElement>('.verdict')?.focus();
  });
  return form;
}

function questionField(q: Question, value: Answer | undefined, changed: (value: Answer | undefined) => void): HTMLElement {
  const name = uid(`q-${q.code}`);
  const choices: { value: string; text: string; answer: Answer }[] =
    q.type === 'YES_NO'
      ? [
          { value: 'true', text: t('common.yes'), answer: true },
          { value: 'false', text: t('common.no'), answer: false },
        ]
      : q.options.map((o) => ({ value: o.code, text: localized(o.label), answer: o.code }));
  const hintId = `${name}-hint`;
  const hints = [q.condition ? localized(q.condition) : '', q.help ? localized(q.help) : '', t('useCase.article', { citation: localized(q.citation) })].filter(Boolean);
  return h(
    'fieldset',
    { class: 'field question', 'data-field': `answers.${q.code}`, 'aria-describedby': hintId, 'data-code': q.code },
    h('legend', null, localized(q.text), q.required ? ` (${t('required')})` : null),
    h('div', { class: 'hint', id: hintId }, hints.map((text) => h('p', null, text))),
    h(
      'div',
      { class: 'choices' },
      choices.map((c) => {
        const id = uid(name);
        const radio = h('input', { type: 'radio', id, name, value: c.value, checked: value === c.answer });
        radio.addEventListener('change', () => radio.checked && changed(c.answer));
        return h('div', { class: 'check' }, radio, h('label', { for: id }, c.text));
      }),
    ),
    h('p', { class: 'field-error', hidden: true }),
  );
}
