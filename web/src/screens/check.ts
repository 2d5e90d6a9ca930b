// Screen "Puis-je utiliser cet outil pour ceci ?": the policy check (GET …/policy-check), its verdict in plain
// words, the API's own explanation in the chosen language, the conditions and the rule that decided.
import { api, asProblem, type Schemas } from '../api';
import { h, replace } from '../dom';
import { busy, clearErrors, field, formProblemSlot, select, showProblem } from '../forms';
import { codes, label, t } from '../i18n';
import { orgId } from '../session';

export async function check(main: HTMLElement): Promise<void> {
  const tools = await api.GET('/api/v1/organisations/{orgId}/tools', {
    params: { path: { orgId: orgId() }, query: { limit: 200 } },
  });
  const toolOptions = (tools.data?.items ?? [])
    .filter((tool) => tool.status !== 'RETIRED')
    .map((tool) => ({ value: tool.id, text: tool.name }));
  const tool = select([{ value: '', text: t('check.tool.none') }, ...toolOptions]);
  const category = select([{ value: '', text: '—' }, ...codes('ToolCategory').map((c) => ({ value: c, text: label('ToolCategory', c) }))]);
  const activity = select([
    { value: '', text: t('check.activity.none') },
    ...codes('Activity').map((c) => ({ value: c, text: label('Activity', c) })),
  ]);
  const data = select(codes('DataCategory').map((c) => ({ value: c, text: label('DataCategory', c) })), true, 'INTERNAL');
  const submit = h('button', { type: 'submit' }, t('check.submit'));
  const answer = h('div', { class: 'answer', 'aria-live': 'polite' });
  const categoryField = field('category', t('check.category'), category);
  const syncCategory = () => (categoryField.hidden = tool.value !== '');
  tool.addEventListener('change', syncCategory);
  syncCategory();

  const form = h(
    'form',
    { novalidate: true, class: 'stack' },
    formProblemSlot(),
    field('tool', t('check.tool'), tool),
    categoryField,
    field('activity', t('check.activity'), activity),
    field('dataCategory', t('check.data'), data),
    submit,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    replace(answer);
    if (!tool.value && !category.value) {
      showProblem(form, {
        type: 'about:blank',
        status: 400,
        title: t('check.toolOrCategory'),
        detail: t('check.toolOrCategory'),
        errors: [{ field: 'category', message: t('check.toolOrCategory') }],
      });
      return;
    }
    busy(submit, true);
    const query: Record<string, string> = { dataCategory: data.value };
    if (tool.value) query.tool = tool.value;
    else query.category = category.value;
    if (activity.value) query.activity = activity.value;
    const result = await api.GET('/api/v1/organisations/{orgId}/policy-check', {
      params: {
        path: { orgId: orgId() },
        query: query as { dataCategory: Schemas['DataCategory'] },
      },
    });
    busy(submit, false);
    if (!result.data) {
      showProblem(form, asProblem(result.error, result.response?.status ?? 0));
      return;
    }
    replace(answer, verdict(result.data));
    answer.querySelector<HTMLElement>('h2')?.focus();
  });

  replace(main, h('h1', null, t('check.title')), h('p', { class: 'lead' }, t('check.intro')), form, answer);
}

function verdict(result: Schemas['PolicyCheck']): HTMLElement {
  const tone =
    result.verdict === 'ALLOWED'
      ? 'ok'
      : result.verdict === 'ALLOWED_WITH_CONDITIONS'
        ? 'warn'
        : result.verdict === 'NEEDS_APPROVAL'
          ? 'ask'
          : 'no';
  const rule = result.decidedBy;
  return h(
    'section',
    { class: `verdict verdict-${tone}`, 'aria-labelledby': 'verdict-title' },
    h('h2', { id: 'verdict-title', tabindex: -1 }, label('Verdict', result.verdict)),
    h('p', { class: 'explanation' }, result.explanation),
    result.conditions.length > 0
      ? h('div', null, h('h3', null, t('check.conditions')), h('ul', null, result.conditions.map((c) => h('li', null, c))))
      : null,
    rule
      ? h('p', { class: 'rule' }, t('check.rule', { policy: rule.policyTitle, version: rule.version }))
      : result.basis === 'NO_RULE'
        ? h('p', { class: 'rule' }, t('check.noRule'))
        : null,
  );
}
