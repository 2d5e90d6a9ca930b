// Screen "Inventaire": the tools with filters (text, status, category, data), a page at a time (nextCursor).
import { api, asProblem, type Schemas } from '../api';
import { h, replace } from '../dom';
import { field, select } from '../forms';
import { codes, label, t } from '../i18n';
import { orgId } from '../session';
import { loading, problemBox } from './common';

export function tools(main: HTMLElement): void {
  const any = { value: '', text: t('tools.any') };
  const text = h('input', { type: 'search', maxlength: 100, autocomplete: 'off' });
  const status = select([any, ...codes('ToolStatus').map((c) => ({ value: c, text: label('ToolStatus', c) }))]);
  const category = select([any, ...codes('ToolCategory').map((c) => ({ value: c, text: label('ToolCategory', c) }))]);
  const data = select([any, ...codes('DataCategory').map((c) => ({ value: c, text: label('DataCategory', c) }))]);
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const filters = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('tools.filters') },
    field('text', t('tools.text'), text),
    field('status', t('tools.status'), status),
    field('category', t('declare.category'), category),
    field('dataCategory', t('declare.data'), data),
    h('button', { type: 'submit', class: 'secondary' }, t('tools.apply')),
  );
  const body = h('tbody');
  const table = h(
    'table',
    null,
    h('caption', { class: 'visually-hidden' }, t('tools.title')),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        [t('tools.name'), t('tools.vendor'), t('tools.categoryCol'), t('tools.statusCol'), t('tools.dataCol'), t('tools.assess')].map((c) =>
          h('th', { scope: 'col' }, c),
        ),
      ),
    ),
    body,
  );
  const more = h('button', { type: 'button', class: 'secondary' }, t('tools.more'));
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
    if (text.value.trim()) query.text = text.value.trim();
    if (status.value) query.status = status.value;
    if (category.value) query.category = category.value;
    if (data.value) query.dataCategory = data.value;
    if (cursor) query.cursor = cursor;
    const { data: page, error, response } = await api.GET('/api/v1/organisations/{orgId}/tools', {
      params: { path: { orgId: orgId() }, query },
    });
    if (mine !== generation) return;
    more.disabled = false;
    if (!page) {
      replace(results, problemBox(asProblem(error, response?.status ?? 0)));
      return;
    }
    page.items.forEach((tool) => body.appendChild(row(tool)));
    cursor = page.nextCursor ?? null;
    if (body.children.length === 0) {
      replace(
        results,
        h('div', { class: 'empty' }, h('p', null, t('tools.empty')), h('a', { class: 'button', href: '#/declare' }, t('nav.declare'))),
      );
    } else {
      replace(results, h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('tools.title') }, table), cursor ? more : null);
    }
  }
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    void load(true);
  });
  more.addEventListener('click', () => void load(false));
  replace(main, h('h1', null, t('tools.title')), filters, results);
  void load(true);
}

function row(tool: Schemas['Tool']): HTMLElement {
  return h(
    'tr',
    null,
    h('th', { scope: 'row' }, tool.name),
    h('td', null, tool.vendor ?? '—'),
    h('td', null, label('ToolCategory', tool.category)),
    h('td', null, h('span', { class: `badge status-${tool.status.toLowerCase()}` }, label('ToolStatus', tool.status))),
    h('td', null, label('DataCategory', tool.highestDataCategory)),
    // issue 18: the tool's vendor assessment (its latest validated level, if any)
    h(
      'td',
      null,
      h(
        'a',
        { href: `#/tools/${tool.id}/assessment`, class: 'assess' },
        tool.latestAssessment
          ? `${t('tools.assess')} (${label('AssessmentLevel', tool.latestAssessment.level)})`
          : t('tools.assess'),
        h('span', { class: 'visually-hidden' }, ` : ${tool.name}`),
      ),
    ),
  );
}
