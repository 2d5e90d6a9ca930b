// Screen "Registre des risques" (#/risks): the 5 × 5 heatmaps of the open risks (GET …/risks/heatmap) as tables
// (likelihood in rows, severity in columns, the count and the level in words in each cell, so that colour never
// carries the meaning alone), then the register with its filters, a page at a time (nextCursor), and, for the
// contributing roles, a typical risk of the catalogue to add (POST …/risks with fromCatalogue, Idempotency-Key).
import { api, asProblem, idempotencyKey, type Schemas } from '../api';
import { h, replace } from '../dom';
import { busy, clearErrors, field, formProblemSlot, select, showProblem } from '../forms';
import { codes, formatDate, label, localized, t } from '../i18n';
import { hasRole, orgId } from '../session';
import { loading, problemBox } from './common';

export function risks(main: HTMLElement): void {
  const map = h('div', { class: 'heatmaps', 'aria-live': 'polite' }, loading());
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const adding = h('div', { class: 'add-risk' });
  replace(
    main,
    h('h1', null, t('risks.title')),
    h('p', { class: 'lead' }, t('risks.intro')),
    h('h2', null, t('risks.heatmap')),
    map,
    h('h2', null, t('risks.list')),
    register(results),
    results,
    adding,
  );
  const refresh = () => {
    void heatmap(map);
    results.dispatchEvent(new CustomEvent('reload'));
  };
  void heatmap(map);
  if (hasRole('ADMIN', 'COMMITTEE', 'DATA_REFERENT', 'CONTRIBUTOR')) void catalogue(adding, refresh);
}

async function heatmap(holder: HTMLElement): Promise<void> {
  const { data, error, response } = await api.GET('/api/v1/organisations/{orgId}/risks/heatmap', {
    params: { path: { orgId: orgId() } },
  });
  if (!data) {
    replace(holder, problemBox(asProblem(error, response?.status ?? 0)));
    return;
  }
  if (data.openRisks === 0) {
    replace(holder, h('div', { class: 'empty' }, h('p', null, t('risks.emptyMap'))));
    return;
  }
  replace(
    holder,
    h('p', null, t('risks.heatmapSummary', { open: data.openRisks, residual: data.residualAssessed })),
    grid(data.inherent, t('risks.inherent'), 'heatmap-inherent'),
    data.residualAssessed > 0 ? grid(data.residual, t('risks.residual'), 'heatmap-residual') : null,
    h('p', { class: 'hint' }, t('risks.legend')),
  );
}

function grid(cells: Schemas['RiskHeatmapCell'][], caption: string, id: string): HTMLElement {
  const at = (likelihood: number, severity: number) =>
    cells.find((c) => c.likelihood === likelihood && c.severity === severity);
  const severities = [1, 2, 3, 4, 5];
  return h(
    'div',
    { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': caption },
    h(
      'table',
      { class: 'heatmap', id },
      h('caption', null, caption),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col', class: 'corner' }, t('risks.corner')),
          severities.map((s) => h('th', { scope: 'col' }, axis(t('risks.severity', { n: s }), s))),
        ),
      ),
      h(
        'tbody',
        null,
        [5, 4, 3, 2, 1].map((l) =>
          h(
            'tr',
            null,
            h('th', { scope: 'row' }, axis(t('risks.likelihood', { n: l }), l)),
            severities.map((s) => {
              const cell = at(l, s);
              const count = cell?.count ?? 0;
              const level = cell?.level ?? 'LOW';
              return h(
                'td',
                { class: `cell level-${level.toLowerCase()}${count === 0 ? ' zero' : ''}`, 'data-count': count },
                h('span', { class: 'count' }, String(count)),
                h('span', { class: 'cell-level' }, label('RiskLevel', level)),
              );
            }),
          ),
        ),
      ),
    ),
  );
}

/** "Gravité 3": on a phone the word is kept for screen readers only (the corner names both axes). */
function axis(text: string, n: number): HTMLElement[] {
  const word = text.replace(String(n), '').trim();
  return [h('span', { class: 'axis' }, word, ' '), h('span', null, String(n))];
}

function register(results: HTMLElement): HTMLElement {
  const any = { value: '', text: t('common.any') };
  const status = select([any, ...codes('RiskStatus').map((c) => ({ value: c, text: label('RiskStatus', c) }))]);
  const level = select([any, ...codes('RiskLevel').map((c) => ({ value: c, text: label('RiskLevel', c) }))]);
  const category = select([any, ...codes('RiskCategory').map((c) => ({ value: c, text: label('RiskCategory', c) }))]);
  const overdue = select([any, { value: 'true', text: t('risks.late') }, { value: 'false', text: t('risks.onTime') }]);
  const filters = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('risks.filters') },
    field('status', t('risks.status'), status),
    field('level', t('risks.level'), level),
    field('category', t('risks.category'), category),
    field('overdue', t('risks.overdue'), overdue),
    h('button', { type: 'submit', class: 'secondary' }, t('common.apply')),
  );
  const body = h('tbody');
  const table = h(
    'table',
    { class: 'risks' },
    h('caption', { class: 'visually-hidden' }, t('risks.list')),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        [t('risks.name'), t('risks.category'), t('risks.score'), t('risks.residualCol'), t('risks.status'), t('risks.review')].map((c) =>
          h('th', { scope: 'col' }, c),
        ),
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
    const query: Record<string, string | number | boolean> = { limit: 50 };
    if (status.value) query.status = status.value;
    if (level.value) query.level = level.value;
    if (category.value) query.category = category.value;
    if (overdue.value) query.overdue = overdue.value === 'true';
    if (cursor) query.cursor = cursor;
    const { data: page, error, response } = await api.GET('/api/v1/organisations/{orgId}/risks', {
      params: { path: { orgId: orgId() }, query },
    });
    if (mine !== generation) return;
    more.disabled = false;
    if (!page) {
      replace(results, problemBox(asProblem(error, response?.status ?? 0)));
      return;
    }
    page.items.forEach((risk) => body.appendChild(row(risk)));
    cursor = page.nextCursor ?? null;
    if (body.children.length === 0) replace(results, h('div', { class: 'empty' }, h('p', null, t('risks.empty'))));
    else replace(results, h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('risks.list') }, table), cursor ? more : null);
  }
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    void load(true);
  });
  more.addEventListener('click', () => void load(false));
  results.addEventListener('reload', () => void load(true));
  void load(true);
  return filters;
}

function row(risk: Schemas['Risk']): HTMLElement {
  return h(
    'tr',
    null,
    h('th', { scope: 'row' }, risk.title),
    h('td', null, label('RiskCategory', risk.category)),
    h('td', null, `${risk.score} · `, h('span', { class: `badge level-${risk.level.toLowerCase()}` }, label('RiskLevel', risk.level))),
    h(
      'td',
      null,
      risk.residualScore && risk.residualLevel
        ? [`${risk.residualScore} · `, h('span', { class: `badge level-${risk.residualLevel.toLowerCase()}` }, label('RiskLevel', risk.residualLevel))]
        : t('risks.noResidual'),
    ),
    h('td', null, label('RiskStatus', risk.status)),
    h(
      'td',
      null,
      risk.nextReviewDate ? formatDate(risk.nextReviewDate) : '—',
      risk.overdue ? [' ', h('span', { class: 'badge badge-danger' }, t('risks.late'))] : null,
    ),
  );
}

/** A typical risk of the catalogue, added in one step: what to do first when the register is empty. */
async function catalogue(holder: HTMLElement, refresh: () => void): Promise<void> {
  const { data } = await api.GET('/api/v1/reference/risk-catalogue', {});
  if (!data || data.items.length === 0) return;
  const entry = select(
    data.items.map((e) => ({ value: e.id, text: `${localized(e.title)} (${label('RiskLevel', e.level)})` })),
    true,
  );
  const add = h('button', { type: 'submit', class: 'secondary' }, t('risks.addButton'));
  const done = h('div', { 'aria-live': 'polite' });
  let key = idempotencyKey();
  const form = h(
    'form',
    { novalidate: true, class: 'stack', id: 'add-risk' },
    formProblemSlot(),
    field('fromCatalogue', t('risks.addEntry'), entry),
    add,
  );
  entry.addEventListener('change', () => (key = idempotencyKey()));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    replace(done);
    busy(add, true);
    const created = await api.POST('/api/v1/organisations/{orgId}/risks', {
      params: { path: { orgId: orgId() }, header: { 'Idempotency-Key': key } },
      body: { fromCatalogue: entry.value, withSuggestedActions: true },
    });
    busy(add, false);
    if (!created.data) {
      showProblem(form, asProblem(created.error, created.response?.status ?? 0));
      return;
    }
    key = idempotencyKey();
    replace(done, h('p', { class: 'alert alert-success', role: 'status' }, t('risks.added', { title: created.data.title })));
    refresh();
  });
  replace(holder, h('h2', null, t('risks.add')), form, done);
}
