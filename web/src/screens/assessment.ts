// Screen "Évaluation sécurité" of one tool (#/tools/{toolId}/assessment): the vendor checklist as the API serves it
// (GET /api/v1/reference/vendor-checklist), the latest assessment of the tool with its answers, saved as a new
// assessment (POST, Idempotency-Key) or, while it is a draft, changed with If-Match (PATCH, the ETag of the last
// read); the result the API computes (level, score, blocking findings with their reasons) in plain words.
import { api, asProblem, idempotencyKey, type Schemas } from '../api';
import { h, replace } from '../dom';
import { busy, clearErrors, field, formProblemSlot, select, showProblem } from '../forms';
import { formatDate, label, localized, t } from '../i18n';
import { hasRole, orgId } from '../session';
import { loading, problemBox } from './common';

type Assessment = Schemas['Assessment'];
type Checklist = Schemas['VendorChecklist'];
type Item = Schemas['ChecklistItemReference'];
type ItemId = Schemas['ChecklistItem'];
type Answers = Record<string, Schemas['ItemAnswer'] | null | undefined>;

const CONTEXT = ['healthData', 'personalDataLeavesEu', 'connectorsTouchPersonalData', 'criticalProcess', 'highRiskUseCase'] as const;

export async function assessment(main: HTMLElement, toolId: string): Promise<void> {
  replace(main, h('h1', null, t('tools.assess')), loading());
  const [tool, checklist, history] = await Promise.all([
    api.GET('/api/v1/organisations/{orgId}/tools/{toolId}', { params: { path: { orgId: orgId(), toolId } } }),
    api.GET('/api/v1/reference/vendor-checklist', {}),
    api.GET('/api/v1/organisations/{orgId}/tools/{toolId}/assessments', {
      params: { path: { orgId: orgId(), toolId }, query: { limit: 1 } },
    }),
  ]);
  const failed = [tool, checklist, history].find((r) => !r.data);
  if (failed || !tool.data || !checklist.data || !history.data) {
    replace(
      main,
      h('h1', null, t('tools.assess')),
      problemBox(asProblem(failed?.error, failed?.response?.status ?? 0)),
      h('p', null, h('a', { href: '#/tools' }, t('assessment.back'))),
    );
    return;
  }
  let current: Assessment | undefined = history.data.items[0];
  let etag: string | undefined;
  if (current) {
    // the ETag of this very assessment, for If-Match
    const read = await api.GET('/api/v1/organisations/{orgId}/assessments/{assessmentId}', {
      params: { path: { orgId: orgId(), assessmentId: current.id } },
    });
    if (read.data) {
      current = read.data;
      etag = read.response.headers.get('ETag') ?? `"${read.data.version}"`;
    }
  }
  render(main, tool.data, checklist.data, current, etag);
}

function render(
  main: HTMLElement,
  tool: Schemas['Tool'],
  checklist: Checklist,
  current: Assessment | undefined,
  etag: string | undefined,
): void {
  const editable = current?.status === 'DRAFT';
  // a draft keeps the checklist version it was made with; a new assessment takes the current one
  const version = editable && current ? current.checklistVersion : checklist.version;
  const items = checklist.items.filter((item) => item.since <= version);
  const titles = new Map(checklist.items.map((item) => [item.id, localized(item.title)]));
  const answerLabels = new Map(checklist.answers.map((a) => [a.code, localized(a.label)]));
  const result = h('section', { class: 'result', 'aria-live': 'polite' });
  const status = h('div', { class: 'assessment-status' });
  const done = h('div', { 'aria-live': 'polite' });

  function showStatus(): void {
    replace(
      status,
      !current
        ? h('div', { class: 'empty' }, h('p', null, t('assessment.none')))
        : current.status === 'DRAFT'
          ? h('p', null, t('assessment.draft', { date: formatDate(current.createdAt) }))
          : h(
              'p',
              null,
              t('assessment.locked', {
                status: label('AssessmentStatus', current.status),
                date: formatDate(current.validatedAt ?? current.submittedAt ?? current.createdAt),
              }),
            ),
      current?.returnComment && current.status === 'DRAFT'
        ? h('p', { class: 'alert alert-error' }, t('assessment.returned', { comment: current.returnComment }))
        : null,
    );
  }

  function showResult(): void {
    if (!current) return replace(result);
    const r = current.result;
    const tone = r.level === 'GOOD' ? 'ok' : r.level === 'FAIR' ? 'warn' : 'no';
    replace(
      result,
      h(
        'div',
        { class: `verdict verdict-${tone}`, tabindex: -1 },
        h('h2', null, t('assessment.resultLevel', { level: localized(checklist.levels.find((l) => l.level === r.level)?.label) || r.level })),
        h('p', { class: 'explanation' }, label('AssessmentVerdict', r.level)),
        h('p', null, t('assessment.score', { score: r.score, items: r.applicableItems })),
        h('h3', null, t('assessment.blocking')),
        r.blockingFindings.length === 0
          ? h('p', null, t('assessment.noBlocking'))
          : h(
              'ul',
              { class: 'findings' },
              r.blockingFindings.map((f) =>
                h(
                  'li',
                  null,
                  h(
                    'p',
                    { class: 'finding-title' },
                    t('assessment.finding', { id: f.item, title: titles.get(f.item) ?? f.item, answer: answerLabels.get(f.answer) ?? f.answer }),
                  ),
                  h('p', null, f.reason),
                ),
              ),
            ),
        current.dataReferentValidationRequired && current.status !== 'VALIDATED' ? h('p', null, t('assessment.validation')) : null,
      ),
    );
  }

  // --- the form: the context facts, then one question per checklist item ---
  const flags = new Map<string, HTMLInputElement>();
  const context = h(
    'fieldset',
    { class: 'field checkboxes', 'data-field': 'context' },
    h('legend', null, t('assessment.context')),
    h('p', { class: 'hint' }, t('assessment.contextHint')),
    checklist.contextFlags
      .filter((flag) => (CONTEXT as readonly string[]).includes(flag.name))
      .map((flag) => {
        const box = h('input', { type: 'checkbox', id: `context-${flag.name}`, name: `context.${flag.name}` });
        box.checked = Boolean((current?.context as Record<string, boolean | undefined> | undefined)?.[flag.name]);
        flags.set(flag.name, box);
        return h('div', { class: 'check', 'data-field': `context.${flag.name}` }, box, h('label', { for: box.id }, localized(flag.label)));
      }),
    h('p', { class: 'field-error', hidden: true }),
  );
  const controls = new Map<string, { answer: HTMLSelectElement; note: HTMLTextAreaElement; evidence: HTMLInputElement }>();
  const previous = (current?.answers ?? {}) as Answers;
  const questions = h(
    'fieldset',
    { class: 'field questions', 'data-field': 'answers' },
    h('legend', null, t('assessment.questions')),
    h('p', { class: 'field-error', hidden: true }),
    items.map((item) => question(item, previous[item.id], controls, checklist.answers)),
  );
  const save = h('button', { type: 'submit' }, editable ? t('assessment.save') : current ? t('assessment.saveNew') : t('assessment.save'));
  const submit = h('button', { type: 'button', class: 'secondary', id: 'assessment-submit' }, t('assessment.submit'));
  const canSubmit = () => current?.status === 'DRAFT' && hasRole('ADMIN', 'COMMITTEE', 'DATA_REFERENT', 'CONTRIBUTOR');
  submit.hidden = !canSubmit();
  const form = h(
    'form',
    { novalidate: true, class: 'stack assessment' },
    formProblemSlot(),
    context,
    questions,
    h('div', { class: 'actions' }, save, submit),
  );
  let key = idempotencyKey();
  form.addEventListener('input', () => (key = idempotencyKey()));

  function answers(): { answers: Answers; missing: string[] } {
    const out: Answers = {};
    const missing: string[] = [];
    for (const item of items) {
      const c = controls.get(item.id)!;
      if (!c.answer.value) {
        missing.push(item.id);
        continue;
      }
      out[item.id] = {
        answer: c.answer.value as Schemas['ChecklistAnswer'],
        note: c.note.value.trim() || null,
        evidenceUrl: c.evidence.value.trim() || null,
      };
    }
    return { answers: out, missing };
  }

  const reload = () => void assessment(main, tool.id);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    replace(done);
    const { answers: given, missing } = answers();
    if (missing.length > 0) {
      showProblem(form, {
        type: 'about:blank',
        status: 400,
        title: t('error.fields'),
        errors: missing.map((id) => ({ field: `answers.${id}`, message: t('assessment.missing') })),
      });
      return;
    }
    const contextBody = Object.fromEntries([...flags].map(([name, box]) => [name, box.checked]));
    busy(save, true);
    const saved =
      current?.status === 'DRAFT' && etag
        ? await api.PATCH('/api/v1/organisations/{orgId}/assessments/{assessmentId}', {
            params: { path: { orgId: orgId(), assessmentId: current.id }, header: { 'If-Match': etag } },
            body: { context: contextBody, answers: given as Schemas['ChecklistAnswersPatch'] },
          })
        : await api.POST('/api/v1/organisations/{orgId}/tools/{toolId}/assessments', {
            params: { path: { orgId: orgId(), toolId: tool.id }, header: { 'Idempotency-Key': key } },
            body: { context: contextBody, answers: given as Schemas['ChecklistAnswers'] },
          });
    busy(save, false);
    if (!saved.data) {
      showProblem(form, asProblem(saved.error, saved.response?.status ?? 0), reload);
      return;
    }
    key = idempotencyKey();
    updated(saved.data, saved.response.headers.get('ETag'));
    replace(done, h('p', { class: 'alert alert-success', role: 'status' }, t('common.saved')));
    result.querySelector<HTMLElement>('.verdict')?.focus();
  });

  submit.addEventListener('click', async () => {
    if (!current || !etag) return;
    clearErrors(form);
    busy(submit, true);
    const sent = await api.POST('/api/v1/organisations/{orgId}/assessments/{assessmentId}/submit', {
      params: { path: { orgId: orgId(), assessmentId: current.id }, header: { 'If-Match': etag, 'Idempotency-Key': idempotencyKey() } },
    });
    busy(submit, false);
    if (!sent.data) {
      showProblem(form, asProblem(sent.error, sent.response?.status ?? 0), reload);
      return;
    }
    updated(sent.data, sent.response.headers.get('ETag'));
    replace(done, h('p', { class: 'alert alert-success', role: 'status', tabindex: -1 }, t('assessment.submitted')));
    done.querySelector<HTMLElement>('.alert')?.focus();
  });

  function updated(next: Assessment, header: string | null): void {
    current = next;
    etag = header ?? `"${next.version}"`;
    showStatus();
    showResult();
    submit.hidden = !canSubmit();
    save.textContent = current.status === 'DRAFT' ? t('assessment.save') : t('assessment.saveNew');
  }

  showStatus();
  showResult();
  const data = tool.dataCategories.map((c) => label('DataCategory', c)).join(', ') || label('DataCategory', tool.highestDataCategory);
  replace(
    main,
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/tools' }, t('assessment.back'))),
    h('h1', null, t('assessment.title', { tool: tool.name })),
    h('p', { class: 'lead' }, t('assessment.intro')),
    h('p', null, t('assessment.tool', { data, hosting: label('HostingRegion', tool.hostingRegion) })),
    status,
    result,
    form,
    done,
  );
}

function question(
  item: Item,
  previous: Schemas['ItemAnswer'] | null | undefined,
  controls: Map<string, { answer: HTMLSelectElement; note: HTMLTextAreaElement; evidence: HTMLInputElement }>,
  choices: Checklist['answers'],
): HTMLElement {
  const id: ItemId = item.id;
  const answer = select(
    [{ value: '', text: t('common.choose') }, ...choices.map((c) => ({ value: c.code, text: localized(c.label) }))],
    false,
    previous?.answer ?? '',
  );
  const note = h('textarea', { rows: 2, maxlength: 2000 });
  note.value = previous?.note ?? '';
  const evidence = h('input', { type: 'url', maxlength: 2000, autocomplete: 'off', inputmode: 'url' });
  evidence.value = previous?.evidenceUrl ?? '';
  controls.set(id, { answer, note, evidence });
  const details = h(
    'details',
    { class: 'more' },
    h('summary', null, t('assessment.more')),
    field(`answers.${id}.note`, t('assessment.note'), note),
    field(`answers.${id}.evidenceUrl`, t('assessment.evidence'), evidence),
  );
  if (previous?.note || previous?.evidenceUrl) details.open = true;
  return h(
    'div',
    { class: 'question' },
    field(
      `answers.${id}`,
      t('assessment.question', { id, title: localized(item.title) }),
      answer,
      t('assessment.source', { source: localized(item.source), when: localized(item.blockingWhen) }),
    ),
    details,
  );
}
