// Screen "Déclarer un outil que j'utilise" (POST …/tools, with an Idempotency-Key): the API's field errors are
// shown next to the fields they name.
import { api, asProblem, idempotencyKey, type Schemas } from '../api';
import { h, replace } from '../dom';
import { busy, checkboxes, clearErrors, field, formProblemSlot, select, showProblem } from '../forms';
import { codes, label, t } from '../i18n';
import { orgId } from '../session';

export function declare(main: HTMLElement): void {
  const options = (kind: string) => codes(kind).map((c) => ({ value: c, text: label(kind, c) }));
  const name = h('input', { type: 'text', required: true, maxlength: 200, autocomplete: 'off' });
  const vendor = h('input', { type: 'text', maxlength: 200, autocomplete: 'off' });
  const description = h('textarea', { rows: 3, maxlength: 2000 });
  const category = select(options('ToolCategory'), true, 'TEXT_GENERATION');
  const account = select(options('AccountType'), true, 'PERSONAL_FREE');
  const hosting = select(options('HostingRegion'), true, 'UNKNOWN');
  const data = checkboxes('dataCategories', t('declare.data'), options('DataCategory'));
  const teams = h('input', { type: 'text', maxlength: 500, autocomplete: 'off' });
  const submit = h('button', { type: 'submit' }, t('declare.submit'));
  const done = h('div', { 'aria-live': 'polite' });
  let key = idempotencyKey();

  const form = h(
    'form',
    { novalidate: true, class: 'stack' },
    formProblemSlot(),
    field('name', `${t('declare.name')} (${t('required')})`, name),
    field('vendor', t('declare.vendor'), vendor),
    field('description', t('declare.description'), description),
    field('category', t('declare.category'), category),
    field('accountType', t('declare.account'), account),
    field('hostingRegion', t('declare.hosting'), hosting),
    data,
    field('teams', t('declare.teams'), teams),
    submit,
  );
  form.addEventListener('input', () => (key = idempotencyKey()));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    replace(done);
    const body: Schemas['ToolDetails'] = {
      name: name.value,
      vendor: vendor.value.trim() || null,
      description: description.value.trim() || null,
      category: category.value as Schemas['ToolCategory'],
      accountType: account.value as Schemas['AccountType'],
      hostingRegion: hosting.value as Schemas['HostingRegion'],
      dataCategories: [...data.querySelectorAll<HTMLInputElement>('input:checked')].map(
        (i) => i.value as Schemas['DataCategory'],
      ),
      teams: teams.value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    };
    busy(submit, true);
    const result = await api.POST('/api/v1/organisations/{orgId}/tools', {
      params: { path: { orgId: orgId() }, header: { 'Idempotency-Key': key } },
      body,
    });
    busy(submit, false);
    if (!result.data) {
      showProblem(form, asProblem(result.error, result.response?.status ?? 0));
      return;
    }
    form.reset();
    key = idempotencyKey();
    replace(
      done,
      h(
        'div',
        { class: 'alert alert-success', role: 'status', tabindex: -1 },
        h('p', null, t('declare.done', { name: result.data.name })),
        h('p', null, h('a', { href: '#/check' }, t('nav.check')), ' · ', h('a', { href: '#/tools' }, t('nav.tools'))),
      ),
    );
    done.querySelector<HTMLElement>('.alert')?.focus();
  });
  replace(main, h('h1', null, t('declare.title')), h('p', { class: 'lead' }, t('declare.intro')), form, done);
}
