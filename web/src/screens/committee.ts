// Screen "Comité": the next meetings, the one chosen with its quorum and the agenda the pending requests
// propose, and recording a decision on a request (ADMIN or COMMITTEE). The meeting is read with its ETag.
// Issue 18: what the review cycle finds due by the meeting's date and its proposal for the agenda
// (GET …/reviews/due, POST …/reviews/propose-agenda), the quorum repeated next to each decision form, and
// the minutes edited with If-Match (a conflict says so and reloads, conflict.ts).
import { api, asProblem, idempotencyKey, type Schemas } from '../api';
import { etagOf } from '../conflict';
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
  const etag = etagOf(response);
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
    reviewsDue(meeting, holder),
    hasRole('ADMIN', 'COMMITTEE') ? minutesEditor(meeting, etag, holder) : null,
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
    h(
      'p',
      { class: 'hint quorum-reminder' },
      t('committee.quorum', { present: meeting.votingPresent ?? 0, required: meeting.quorumRequired ?? 0 }),
    ),
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

// --- issue 18: the review cycle's proposal for the agenda ---------------------------------------------------------
function reviewsDue(meeting: Schemas['Meeting'], holder: HTMLElement): HTMLElement {
  const box = h('section', { class: 'reviews-due', 'aria-labelledby': `due-${meeting.id}` }, loading());
  void (async () => {
    const { data, error, response } = await api.GET('/api/v1/organisations/{orgId}/reviews/due', {
      params: { path: { orgId: orgId() }, query: { until: meeting.date, limit: 200 } },
    });
    const title = h('h3', { id: `due-${meeting.id}` }, t('committee.due', { date: formatDate(meeting.date) }));
    if (!data) {
      replace(box, title, problemBox(asProblem(error, response?.status ?? 0)));
      return;
    }
    const notYet = data.items.filter((item) => item.meetingId !== meeting.id);
    const propose = h('button', { type: 'button', id: 'propose-agenda' }, t('committee.propose'));
    const status = h('div', { 'aria-live': 'polite' });
    const key = idempotencyKey();
    propose.addEventListener('click', async () => {
      busy(propose, true);
      const result = await api.POST('/api/v1/organisations/{orgId}/reviews/propose-agenda', {
        params: { path: { orgId: orgId() }, header: { 'Idempotency-Key': key } },
        body: { meetingId: meeting.id },
      });
      busy(propose, false);
      if (!result.data) {
        replace(status, problemBox(asProblem(result.error, result.response?.status ?? 0)));
        return;
      }
      const r = result.data;
      await show(meeting.id, holder);
      const said = h(
        'p',
        { class: 'alert alert-success', role: 'status', tabindex: -1 },
        t('committee.proposed.done', { added: r.added.length, already: r.alreadyOnAgenda }),
        r.notAdded > 0 ? ` ${t('committee.proposed.full', { count: r.notAdded })}` : '',
      );
      holder.querySelector('.reviews-due')?.before(said);
      said.focus();
    });
    replace(
      box,
      title,
      h('p', { class: 'hint' }, t('committee.dueHint', { cadence: label('ReviewCadence', data.settings.cadence) })),
      data.items.length === 0
        ? h('p', { class: 'empty' }, t('committee.dueEmpty'))
        : h(
            'div',
            { class: 'table-wrap' },
            h(
              'table',
              null,
              h('caption', { class: 'visually-hidden' }, t('committee.due', { date: formatDate(meeting.date) })),
              h(
                'thead',
                null,
                h(
                  'tr',
                  null,
                  [t('committee.subject'), t('committee.reason'), t('committee.dueOn'), t('committee.onAgenda')].map((c) =>
                    h('th', { scope: 'col' }, c),
                  ),
                ),
              ),
              h(
                'tbody',
                null,
                data.items.map((item) =>
                  h(
                    'tr',
                    null,
                    h('th', { scope: 'row' }, item.title, h('span', { class: 'definition' }, label('ReviewSubjectType', item.subjectType))),
                    h('td', null, label('ReviewReason', item.reason)),
                    h('td', null, formatDate(item.dueOn)),
                    h(
                      'td',
                      null,
                      item.meetingId === meeting.id
                        ? t('committee.onThisAgenda')
                        : item.meetingId
                          ? t('committee.onOtherAgenda')
                          : t('committee.notOnAgenda'),
                    ),
                  ),
                ),
              ),
            ),
          ),
      data.truncated ? h('p', { class: 'hint' }, t('committee.dueTruncated')) : null,
      hasRole('ADMIN', 'COMMITTEE') && notYet.length > 0 ? propose : null,
      status,
    );
  })();
  return box;
}

// --- issue 18: the minutes, saved with If-Match -------------------------------------------------------------------
function minutesEditor(meeting: Schemas['Meeting'], etag: string | undefined, holder: HTMLElement): HTMLElement {
  const minutes = h('textarea', { rows: 5, maxlength: 50000 });
  minutes.value = meeting.minutes ?? '';
  const submit = h('button', { type: 'submit' }, t('committee.saveMinutes'));
  const done = h('div', { 'aria-live': 'polite' });
  let current = etag;
  const form = h(
    'form',
    { novalidate: true, class: 'stack minutes' },
    h('h3', null, t('committee.minutes')),
    formProblemSlot(),
    field('minutes', t('committee.minutesText'), minutes),
    submit,
    done,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    replace(done);
    busy(submit, true);
    const result = await api.PATCH('/api/v1/organisations/{orgId}/meetings/{meetingId}', {
      params: { path: { orgId: orgId(), meetingId: meeting.id }, header: { 'If-Match': current ?? '' } },
      body: { minutes: minutes.value.trim() || null },
      headers: { 'Content-Type': 'application/merge-patch+json' },
    });
    busy(submit, false);
    if (!result.data) {
      showProblem(form, asProblem(result.error, result.response?.status ?? 0), async () => {
        await show(meeting.id, holder);
        holder.querySelector<HTMLElement>('textarea[name="minutes"]')?.focus();
      });
      return;
    }
    current = etagOf(result.response) ?? current;
    replace(done, h('p', { class: 'alert alert-success', role: 'status' }, t('committee.minutesSaved')));
  });
  return form;
}
