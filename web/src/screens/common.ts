import type { Problem } from '../api';
import { h } from '../dom';
import { t } from '../i18n';

export function loading(): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, t('loading'));
}

export function problemBox(problem: Problem): HTMLElement {
  return h(
    'div',
    { class: 'alert alert-error', role: 'alert' },
    h('p', { class: 'alert-title' }, t('error.title')),
    h('p', null, problem.status === 0 ? t('error.network') : (problem.detail ?? problem.title)),
  );
}
