// Screen "À faire": what I must do across my associations (GET /api/v1/me/todo), with the way to each action.
import { api, asProblem } from '../api';
import { h, replace } from '../dom';
import { formatDate, label, t } from '../i18n';
import { session } from '../session';
import { loading, problemBox } from './common';

export async function home(main: HTMLElement): Promise<void> {
  const list = h('div', { class: 'todo' }, loading());
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
    h('h2', null, t('todo.title')),
    list,
  );
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
