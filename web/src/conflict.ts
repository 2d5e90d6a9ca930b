// The ETag / If-Match conflict, once for every editing screen: a save answered 412 (the ETag sent is stale)
// or 409 concurrent-change (a concurrent request won the race) says "someone changed this meanwhile" and
// offers to reload the current version; nothing the person typed is sent again behind their back.
import type { Problem } from './api';
import { h, replace } from './dom';
import { t } from './i18n';

/** Whether a problem means that the resource changed since it was read. */
export function isConflict(problem: Problem): boolean {
  return problem.status === 412 || (problem.status === 409 && /concurrent-change$/.test(problem.type ?? ''));
}

/** The message with its reload button; the box takes the focus when it is shown (showConflict). */
export function conflictBox(reload: () => void | Promise<void>): HTMLElement {
  const button = h('button', { type: 'button', class: 'secondary conflict-reload' }, t('conflict.reload'));
  button.addEventListener('click', () => {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    void reload();
  });
  return h(
    'div',
    { class: 'alert alert-error conflict', role: 'alert', tabindex: -1 },
    h('p', { class: 'alert-title' }, t('error.conflict')),
    h('p', null, t('conflict.text')),
    button,
  );
}

/** When the problem is a conflict: shows the box in holder, moves the focus to it and answers true. */
export function showConflict(holder: HTMLElement, problem: Problem, reload: () => void | Promise<void>): boolean {
  if (!isConflict(problem)) return false;
  const box = conflictBox(reload);
  replace(holder, box);
  box.focus();
  return true;
}

/** The ETag of an answer, as If-Match wants it back ("3", or W/"3" as the server wrote it). */
export function etagOf(response: Response | undefined): string | undefined {
  return response?.headers.get('ETag') ?? undefined;
}
