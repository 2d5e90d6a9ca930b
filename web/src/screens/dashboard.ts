// Screen "Tableau de bord" (issue 18, GET …/dashboard; ADMIN, COMMITTEE, DATA_REFERENT, VIEWER): each section's
// indicators as a table (value, trend in words against the last snapshot, the definition under the name),
// the tools by status, the risk grids and the use-case matrix as tables with their headers, and the five
// actions due soonest. Nothing carries its meaning by colour alone.
import { api, asProblem, type Schemas } from '../api';
import { h, replace } from '../dom';
import { formatDate, label, language, t } from '../i18n';
import { orgId } from '../session';
import { loading, problemBox } from './common';
import { tableWrap } from './tables';

type Indicator = Schemas['IndicatorValue'];

export async function dashboard(main: HTMLElement): Promise<void> {
  replace(main, h('h1', null, t('dashboard.title')), loading());
  const { data, error, response } = await api.GET('/api/v1/organisations/{orgId}/dashboard', {
    params: { path: { orgId: orgId() } },
  });
  if (!data) {
    const problem = asProblem(error, response?.status ?? 0);
    replace(
      main,
      h('h1', null, t('dashboard.title')),
      problem.status === 403 ? h('p', { class: 'empty' }, t('dashboard.forbidden')) : problemBox(problem),
    );
    return;
  }
  replace(
    main,
    h('h1', null, t('dashboard.title')),
    h(
      'p',
      { class: 'lead' },
      t('dashboard.day', { date: formatDate(data.day) }),
      ' ',
      data.comparedWith ? t('dashboard.compared', { date: formatDate(data.comparedWith) }) : t('dashboard.noComparison'),
    ),
    h('h2', null, t('dashboard.next')),
    nextActions(data.nextActions),
    data.sections.map((s) => section(s)),
    h('h2', null, t('dashboard.breakdowns')),
    toolsByStatus(data.breakdowns.toolsByStatus),
    riskGrid(t('dashboard.inherent'), data.breakdowns.inherentRisks),
    riskGrid(t('dashboard.residual'), data.breakdowns.residualRisks),
    useCases(data.breakdowns.useCaseMatrix),
  );
}

function localized(text: Schemas['LocalizedText']): string {
  const lang = language();
  return (lang === 'nl' ? text.nl : lang === 'en' ? text.en : text.fr) ?? text.fr;
}

function value(indicator: Indicator): string {
  if (indicator.value === null || indicator.value === undefined) return t('dashboard.none');
  switch (indicator.unit) {
    case 'PERCENT':
      return `${indicator.value} %`;
    case 'DAYS':
      return t('dashboard.days', { count: indicator.value });
    case 'FLAG':
      return indicator.value > 0 ? t('dashboard.yes') : t('dashboard.no');
    default:
      return String(indicator.value);
  }
}

function trend(indicator: Indicator): HTMLElement {
  const move = indicator.trend;
  if (!move) return h('span', { class: 'muted' }, t('dashboard.noTrend'));
  const delta = move.delta > 0 ? `+${move.delta}` : String(move.delta);
  const unit = indicator.unit === 'PERCENT' ? ' pts' : '';
  const judged = move.judgement === 'BETTER' || move.judgement === 'WORSE';
  return h(
    'span',
    { class: `trend trend-${move.judgement.toLowerCase()}` },
    h('span', { 'aria-hidden': 'true' }, move.direction === 'UP' ? '↑ ' : move.direction === 'DOWN' ? '↓ ' : '→ '),
    move.direction === 'FLAT' ? t('dashboard.flat') : `${delta}${unit}`,
    judged ? ` (${label('Judgement', move.judgement)})` : '',
    h('span', { class: 'hint-inline' }, ' ', t('dashboard.since', { date: formatDate(move.previousDay) })),
  );
}

function section(s: Schemas['DashboardSection']): HTMLElement[] {
  const title = label('Section', s.section);
  return [
    h('h2', null, title),
    tableWrap(h('table',
        { class: 'indicators' },
        h('caption', { class: 'visually-hidden' }, title),
        h(
          'thead',
          null,
          h('tr', null, [t('dashboard.indicator'), t('dashboard.value'), t('dashboard.trend')].map((c) => h('th', { scope: 'col' }, c))),
        ),
        h(
          'tbody',
          null,
          s.indicators.map((indicator) =>
            h(
              'tr',
              { 'data-code': indicator.code },
              h(
                'th',
                { scope: 'row' },
                localized(indicator.label),
                h('span', { class: 'definition' }, localized(indicator.definition)),
              ),
              h('td', { class: 'number' }, value(indicator)),
              h('td', null, trend(indicator)),
            ),
          ),
        ),
      ),
    ),
  ];
}

function nextActions(actions: Schemas['NextAction'][]): HTMLElement {
  if (actions.length === 0) return h('p', { class: 'empty' }, t('dashboard.nothingDue'));
  return h(
    'ul',
    { class: 'cards' },
    actions.map((item) =>
      h(
        'li',
        { class: item.overdue ? 'card overdue' : 'card' },
        h('p', { class: 'card-kind' }, label('DueKind', item.kind)),
        h('p', { class: 'card-title' }, item.title || label('DueKind', item.kind)),
        h(
          'p',
          { class: 'card-due' },
          item.dueAt ? t('todo.due', { date: formatDate(item.dueAt) }) : t('todo.noDeadline'),
          item.overdue ? h('strong', { class: 'badge badge-danger' }, ' ', t('todo.overdue')) : null,
        ),
      ),
    ),
  );
}

function simpleTable(caption: string, heads: string[], rows: (string | number)[][]): HTMLElement {
  return tableWrap(h('table',
      null,
      h('caption', null, caption),
      h('thead', null, h('tr', null, heads.map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        null,
        rows.map(([head, ...cells]) =>
          h('tr', null, h('th', { scope: 'row' }, head), cells.map((c) => h('td', { class: 'number' }, c))),
        ),
      ),
    ),
  );
}

function toolsByStatus(counts: Record<string, number>): HTMLElement {
  const rows = Object.entries(counts).filter(([, n]) => n > 0);
  if (rows.length === 0) return h('p', { class: 'empty' }, t('dashboard.noTools'));
  return simpleTable(
    t('dashboard.toolsByStatus'),
    [t('tools.statusCol'), t('dashboard.count')],
    rows.map(([status, n]) => [label('ToolStatus', status), n]),
  );
}

/** Likelihood (rows, 5 down to 1) by severity (columns, 1 to 5), as a table with both headers. */
function riskGrid(caption: string, cells: Schemas['RiskGridCell'][]): HTMLElement {
  if (cells.every((c) => c.count === 0)) return h('p', { class: 'empty' }, caption, ' — ', t('dashboard.noRisk'));
  const count = (l: number, s: number) => cells.find((c) => c.likelihood === l && c.severity === s)?.count ?? 0;
  const levels = [1, 2, 3, 4, 5];
  return tableWrap(h('table',
      { class: 'grid' },
      h('caption', null, caption),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('td', null, h('span', { class: 'visually-hidden' }, t('dashboard.likelihood'))),
          levels.map((s) => h('th', { scope: 'col' }, t('dashboard.severityN', { n: s }))),
        ),
      ),
      h(
        'tbody',
        null,
        [...levels].reverse().map((l) =>
          h(
            'tr',
            null,
            h('th', { scope: 'row' }, t('dashboard.likelihoodN', { n: l })),
            levels.map((s) => h('td', { class: count(l, s) > 0 ? 'number filled' : 'number' }, count(l, s))),
          ),
        ),
      ),
    ),
  );
}

function useCases(cells: Schemas['UseCaseMatrixCell'][]): HTMLElement {
  const rows = cells.filter((c) => c.count > 0);
  if (rows.length === 0) return h('p', { class: 'empty' }, t('dashboard.noUseCase'));
  return simpleTable(
    t('dashboard.useCases'),
    [t('dashboard.quadrant'), t('dashboard.ucStatus'), t('dashboard.count')],
    rows.map((c) => [label('Quadrant', c.quadrant), label('UseCaseStatus', c.status), c.count]),
  );
}
