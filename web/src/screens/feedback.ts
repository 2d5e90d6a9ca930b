// Screen "Donner mon avis": anonymously (POST …/feedback/anonymous, with the receipt shown this once) or
// under one's name (POST …/feedback, IDENTIFIED).
import { api, asProblem, idempotencyKey, type Schemas } from '../api';
import { h, replace } from '../dom';
import { busy, clearErrors, field, formProblemSlot, select, showProblem } from '../forms';
import { codes, label, t } from '../i18n';
import { orgId } from '../session';

export function feedback(main: HTMLElement): void {
  const kind = select(
    codes('FeedbackKind').map((c) => ({ value: c, text: label('FeedbackKind', c) })),
    true,
    'CONCERN',
  );
  const text = h('textarea', { rows: 5, required: true, maxlength: 2000 });
  const anonymous = h('input', { type: 'checkbox', id: 'feedback-anonymous', checked: true });
  const receipt = h('input', { type: 'checkbox', id: 'feedback-receipt', checked: true });
  const quote = h('input', { type: 'checkbox', id: 'feedback-quote' });
  const submit = h('button', { type: 'submit' }, t('feedback.submit'));
  const done = h('div', { 'aria-live': 'polite' });
  const receiptLine = h('div', { class: 'check' }, receipt, h('label', { for: 'feedback-receipt' }, t('feedback.receipt')));
  anonymous.addEventListener('change', () => (receiptLine.hidden = !anonymous.checked));
  let key = idempotencyKey();

  const form = h(
    'form',
    { novalidate: true, class: 'stack' },
    formProblemSlot(),
    field('kind', t('feedback.kind'), kind),
    field('text', `${t('feedback.text')} (${t('required')})`, text),
    h(
      'div',
      { class: 'field' },
      h('div', { class: 'check' }, anonymous, h('label', { for: 'feedback-anonymous' }, t('feedback.anonymous'))),
      receiptLine,
      h('div', { class: 'check' }, quote, h('label', { for: 'feedback-quote' }, t('feedback.quoteConsent'))),
    ),
    submit,
  );
  form.addEventListener('input', () => (key = idempotencyKey()));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    replace(done);
    busy(submit, true);
    const common = { kind: kind.value as Schemas['FeedbackKind'], text: text.value, quoteConsent: quote.checked };
    let message: HTMLElement;
    if (anonymous.checked) {
      const result = await api.POST('/api/v1/organisations/{orgId}/feedback/anonymous', {
        params: { path: { orgId: orgId() }, header: { 'Idempotency-Key': key } },
        body: { ...common, receipt: receipt.checked },
      });
      busy(submit, false);
      if (!result.data) return showProblem(form, asProblem(result.error, result.response?.status ?? 0));
      message = h(
        'div',
        { class: 'alert alert-success', role: 'status', tabindex: -1 },
        h('p', null, t('feedback.doneAnonymous')),
        result.data.receipt
          ? [
              h('p', { class: 'receipt' }, t('feedback.receiptIs', { receipt: groups(result.data.receipt) })),
              h('p', null, t('feedback.receiptHelp')),
            ]
          : null,
      );
    } else {
      const result = await api.POST('/api/v1/organisations/{orgId}/feedback', {
        params: { path: { orgId: orgId() }, header: { 'Idempotency-Key': key } },
        body: { ...common, identityMode: 'IDENTIFIED' },
      });
      busy(submit, false);
      if (!result.data) return showProblem(form, asProblem(result.error, result.response?.status ?? 0));
      message = h('div', { class: 'alert alert-success', role: 'status', tabindex: -1 }, h('p', null, t('feedback.done')));
    }
    form.reset();
    receiptLine.hidden = false;
    key = idempotencyKey();
    replace(done, message);
    message.focus();
  });
  replace(main, h('h1', null, t('feedback.title')), h('p', { class: 'lead' }, t('feedback.intro')), form, done);
}

/** 1234567812345678 → 1234 5678 1234 5678, easier to copy by hand */
function groups(receipt: string): string {
  return receipt.replace(/(\d{4})(?=\d)/g, '$1 ');
}
