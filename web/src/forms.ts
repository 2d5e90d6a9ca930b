// Form conventions: a label for every field, the error of a problem+json next to the field it names
// (aria-describedby, aria-invalid), a summary on top that takes the focus, a conflict shown as "someone
// changed this meanwhile" with a reload, and a button that says it is working.
import { h, replace, uid } from './dom';
import { t } from './i18n';
import type { Problem } from './api';
import { showConflict } from './conflict';

export interface Option {
  value: string;
  text: string;
}

export function field(name: string, text: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = uid(name);
  control.id = id;
  control.setAttribute('name', name);
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const hintNode = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintNode) control.setAttribute('aria-describedby', hintNode.id);
  return h('div', { class: 'field', 'data-field': name }, h('label', { for: id }, text), hintNode, control, error);
}

export function select(options: Option[], required = false, value?: string): HTMLSelectElement {
  const element = h(
    'select',
    { required },
    options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.text)),
  );
  return element;
}

export function checkboxes(name: string, legend: string, options: Option[]): HTMLFieldSetElement {
  return h(
    'fieldset',
    { class: 'field checkboxes', 'data-field': name },
    h('legend', null, legend),
    options.map((o) => {
      const id = uid(name);
      return h(
        'div',
        { class: 'check' },
        h('input', { type: 'checkbox', id, name, value: o.value }),
        h('label', { for: id }, o.text),
      );
    }),
    h('p', { class: 'field-error', hidden: true }),
  );
}

export function clearErrors(form: HTMLFormElement): void {
  form.querySelectorAll<HTMLElement>('.field-error').forEach((e) => {
    e.hidden = true;
    e.textContent = '';
  });
  form.querySelectorAll('[aria-invalid]').forEach((e) => {
    e.removeAttribute('aria-invalid');
    const described = (e.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((d) => d && !d.endsWith('-error'))
      .join(' ');
    if (described) e.setAttribute('aria-describedby', described);
    else e.removeAttribute('aria-describedby');
  });
  form.querySelector('.form-problem')?.replaceChildren();
}

/** Shows a problem: each field error next to its field, the rest in the form's summary, which takes the focus. */
export function showProblem(form: HTMLFormElement, problem: Problem, reload?: () => void | Promise<void>): void {
  const summary = form.querySelector<HTMLElement>('.form-problem')!;
  // 412 or 409 concurrent-change: "someone changed this meanwhile" and a reload (conflict.ts)
  if (reload && showConflict(summary, problem, reload)) return;
  const placed: string[] = [];
  for (const error of problem.errors ?? []) {
    // "name", "details.name" or "teams[2]": the field itself, else its last or first segment
    const path = error.field ?? '';
    const segments = path.split(/[.[\]]/).filter(Boolean);
    const holder = [path, segments[segments.length - 1], segments[0]]
      .filter(Boolean)
      .map((candidate) => form.querySelector<HTMLElement>(`[data-field="${CSS.escape(candidate!)}"]`))
      .find((found) => found !== null);
    if (!holder) continue;
    const name = holder.dataset.field!;
    const message = holder.querySelector<HTMLElement>('.field-error')!;
    message.hidden = false;
    message.textContent = error.message ?? '';
    const control = holder.querySelector<HTMLElement>('input, select, textarea');
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      if (!message.id) message.id = uid('error') + '-error';
      const described = [control.getAttribute('aria-describedby'), message.id].filter(Boolean).join(' ');
      control.setAttribute('aria-describedby', described);
    }
    placed.push(name);
  }
  replace(
    summary,
    h(
      'div',
      { class: 'alert alert-error', role: 'alert', tabindex: -1 },
      h('p', { class: 'alert-title' }, problem.status === 412 ? t('error.conflict') : t('error.title')),
      // with its errors next to their fields, the summary only says so (the API's detail lists the field codes)
      problem.status === 0
        ? h('p', null, t('error.network'))
        : placed.length > 0
          ? h('p', null, t('error.fields'))
          : h('p', null, problem.detail ?? problem.title),
    ),
  );
  const firstInvalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  (firstInvalid ?? summary.querySelector<HTMLElement>('.alert'))?.focus();
}

export function busy(button: HTMLButtonElement, on: boolean): void {
  button.disabled = on;
  button.setAttribute('aria-busy', String(on));
}

export function formProblemSlot(): HTMLElement {
  return h('div', { class: 'form-problem', 'aria-live': 'polite' });
}
