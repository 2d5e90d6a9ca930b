// Screen "À faire": what I must do across my associations (GET /api/v1/me/todo), with the way to each action.
import { api, asProblem, idempotencyKey, type Schemas } from '../api';
import { h, replace, simpleText } from '../dom';
import { busy } from '../forms';
import { formatDate, label, t } from '../i18n';
import { orgId, session } from '../session';
import { loading, problemBox } from './common';

export async function home(main: HTMLElement): Promise<void> {
  const list = h('div', { class: 'todo' }, loading());
  const reading = h('div', { class: 'reading' });
  replace(
    main,
    h('h1', null, t('hello', { name: session.me.name })),
    session.organisation
      ? h(
          'p',
          { class: 'lead' },
          t('roles', { roles: session.organisation.roles.map((r) => label('Role', r)).join(', ') }),
        )
      : null,
    reading,
    h('h2', null, t('todo.title')),
    list,
  );
  void policiesToRead(reading);
  const { data, error, response } = await api.GET('/api/v1/me/todo', {});
  if (!data) {
    replace(list, problemBox(asProblem(error, response?.status ?? 0)));
    return;
  }
  const mine = data.items.filter((i) => !session.organisation || i.organisationId === session.organisation.organisationId);
  if (mine.length === 0) {
    replace(
      list,
      h(
        'div',
        { class: 'empty' },
        h('p', null, t('todo.empty')),
        h(
          'p',
          { class: 'actions' },
          h('a', { class: 'button', href: '#/check' }, t('nav.check')),
          h('a', { class: 'button secondary', href: '#/declare' }, t('nav.declare')),
        ),
      ),
    );
    return;
  }
  replace(
    list,
    h(
      'ul',
      { class: 'cards' },
      mine.map((item) =>
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
    ),
  );
}

// Policies in force that I have not acknowledged yet: their easy-to-read summary and "I have read it".
async function policiesToRead(holder: HTMLElement): Promise<void> {
  if (!session.organisation) return;
  const { data } = await api.GET('/api/v1/organisations/{orgId}/policies/to-acknowledge', {
    params: { path: { orgId: orgId() } },
  });
  if (!data || data.length === 0) return;
  replace(
    holder,
    h('h2', null, t('read.title')),
    h('ul', { class: 'cards' }, data.map((policy) => toRead(policy))),
  );
}

function toRead(policy: Schemas['PolicyToRead']): HTMLElement {
  const button = h('button', { type: 'button' }, t('read.acknowledge'));
  const status = h('div', { 'aria-live': 'polite' });
  const card = h(
    'li',
    { class: 'card' },
    h('h3', { class: 'card-title' }, t('read.version', { title: policy.title, number: policy.number })),
    policy.summary ? simpleText(policy.summary) : null,
    button,
    status,
  );
  button.addEventListener('click', async () => {
    busy(button, true);
    const result = await api.POST('/api/v1/organisations/{orgId}/policies/{policyId}/versions/{number}/acknowledgements', {
      params: {
        path: { orgId: orgId(), policyId: policy.policyId, number: policy.number },
        header: { 'Idempotency-Key': idempotencyKey() },
      },
      body: {},
    });
    busy(button, false);
    if (!result.data) {
      replace(status, problemBox(asProblem(result.error, result.response?.status ?? 0)));
      return;
    }
    button.remove();
    replace(
      status,
      h('p', { class: 'alert alert-success', role: 'status' }, t('read.done', { date: formatDate(result.data.acknowledgedAt) })),
    );
  });
  return card;
}
