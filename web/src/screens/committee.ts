// Screen "Comité": the next meetings, the one chosen with its quorum and the agenda the pending requests
// propose, and recording a decision on a request (ADMIN or COMMITTEE). The meeting is read with its ETag.
import { api, asProblem, idempotencyKey, type Schemas } from '../api';
import { h, replace } from '../dom';
import { busy, clearErrors, field, formProblemSlot, select, showProblem } from '../forms';
import { codes, formatDate, label, t } from '../i18n';
import { hasRole, orgId } from '../session';
import { loading, problemBox } from './common';

export async function committee(main: HTMLElement): Promise<void> {
  const detail = h('div', { 'aria-live': 'polite' });
  replace(main, h('h1', null, t('committee.title')), loading());
  const { data, error, response } = await api.GET('/api/v1/organisations/{orgId}/meetings', {
    params: { path: { orgId: orgId() }, query: { limit: 200 } },
  });
  if (!data) {
    replace(main, h('h1', null, t('committee.title')), problemBox(asProblem(error, response?.status ?? 0)));
    return;
  }
  const today = new Date().toISOString().slice(0, 10);
  const meetings = data.items;
  if (meetings.length === 0) {
    replace(main, h('h1', null, t('committee.title')), h('div', { class: 'empty' }, h('p', null, t('committee.empty'))));
    return;
  }
  const upcoming = meetings.find((m) => m.date >= today) ?? meetings[meetings.length - 1];
  const picker = select(
    meetings.map((m) => ({ value: m.id, text: formatDate(m.date) })),
    true,
    upcoming.id,
  );
  picker.addEventListener('change', () => void show(picker.value, detail));
  replace(main, h('h1', null, t('committee.title')), field('meeting', t('committee.meeting'), picker), detail);
  await show(upcoming.id, detail);
}

async function show(meetingId: string, holder: HTMLElement): Promise<void> {
  replace(holder, loading());
  const { data: meeting, error, response } = await api.GET('/api/v1/organisations/{orgId}/meetings/{meetingId}', {
    params: { path: { orgId: orgId(), meetingId } },
  });
  if (!meeting) {
    replace(holder, problemBox(asProblem(error, response?.status ?? 0)));
    return;
  }
  const proposed = meeting.proposedAgenda ?? [];
  replace(
    holder,
    h('h2', null, t('committee.on', { date: formatDate(meeting.date) })),
    h(
      'p',
      { class: meeting.quorate ? 'alert alert-success' : 'alert alert-error' },
      meeting.quorate ? t('committee.quorate') : t('committee.notQuorate'),
      ' ',
      t('committee.quorum', { present: meeting.votingPresent ?? 0, required: meeting.quorumRequired ?? 0 }),
    ),
    h('h3', null, t('committee.agenda')),
    meeting.agenda.length === 0 && proposed.length === 0
      ? h('p', { class: 'empty' }, t('committee.agendaEmpty'))
      : h(
          'ul',
          { class: 'cards' },
          meeting.agenda.map((item) => h('li', { class: 'card' }, h('p', { class: 'card-title' }, item.title))),
          proposed.map((request) =>
            h(
              'li',
              { class: 'card' },
              h('p', { class: 'card-kind' }, t('committee.proposed')),
              h('p', { class: 'card-title' }, request.title),
              hasRole('ADMIN', 'COMMITTEE') && meeting.quorate ? decisionForm(meeting, request) : null,
            ),
          ),
        ),
  );
}

function decisionForm(meeting: Schemas['Meeting'], request: Schemas['ApprovalRequestSummary']): HTMLElement {
  const outcome = select(
    codes('DecisionOutcome').map((c) => ({ value: c, text: label('DecisionOutcome', c) })),
    true,
    'APPROVED',
  );
  const number = (value: number) => h('input', { type: 'number', min: 0, max: 9, value, inputmode: 'numeric' });
  const votesFor = number(meeting.votingPresent ?? 0);
  const votesAgainst = number(0);
  const votesAbstain = number(0);
  const conditions = h('textarea', { rows: 2, maxlength: 2000 });
  const rationale = h('textarea', { rows: 2, maxlength: 2000 });
  const submit = h('button', { type: 'submit' }, t('committee.record'));
  const done = h('div', { 'aria-live': 'polite' });
  let key = idempotencyKey();
  const form = h(
    'form',
    { novalidate: true, class: 'stack decision' },
    formProblemSlot(),
    field('outcome', t('committee.outcome'), outcome),
    h(
      'div',
      { class: 'votes' },
      field('votesFor', t('committee.for'), votesFor),
      field('votesAgainst', t('committee.against'), votesAgainst),
      field('votesAbstain', t('committee.abstain'), votesAbstain),
    ),
    field('conditions', t('committee.conditions'), conditions),
    field('rationale', t('committee.rationale'), rationale),
    submit,
  );
  // a changed form is a new request: a new key (the same key with another body is refused, 422)
  form.addEventListener('input', () => (key = idempotencyKey()));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    busy(submit, true);
    const result = await api.POST('/api/v1/organisations/{orgId}/meetings/{meetingId}/decisions', {
      params: { path: { orgId: orgId(), meetingId: meeting.id }, header: { 'Idempotency-Key': key } },
      body: {
        subject: 'APPROVAL_REQUEST',
        subjectId: request.id,
        outcome: outcome.value as Schemas['DecisionOutcome'],
        votesFor: Number(votesFor.value),
        votesAgainst: Number(votesAgainst.value),
        votesAbstain: Number(votesAbstain.value),
        conditions: conditions.value.trim() || null,
        rationale: rationale.value.trim() || null,
      },
    });
    busy(submit, false);
    if (!result.data) {
      showProblem(form, asProblem(result.error, result.response?.status ?? 0));
      return;
    }
    form.replaceWith(done);
    replace(
      done,
      h(
        'p',
        { class: 'alert alert-success', role: 'status' },
        t('committee.recorded', { outcome: label('DecisionOutcome', result.data.outcome) }),
      ),
    );
  });
  return form;
}
