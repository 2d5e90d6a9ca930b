// Screen "Règles d'usage" (issue 18): the policies a page at a time (nextCursor), a policy's versions, what
// changed between two versions (GET …/changes: the rules compared one by one; for the text, the summary and
// the review date the API says whether they changed, not how), the printable document (fetched with the
// token as a blob, shown here and offered as a file: the token never goes into an address), who has read
// the version in force (ADMIN, COMMITTEE), reading it myself, and editing a draft with If-Match (a conflict
// says so and reloads, conflict.ts). Addresses: #/policies, #/policies?policy=ID&version=N&from=M.
import { api, asProblem, idempotencyKey, type Schemas } from '../api';
import { etagOf } from '../conflict';
import { h, replace, simpleText } from '../dom';
import { busy, clearErrors, field, formProblemSlot, select, showProblem } from '../forms';
import { formatDate, label, t } from '../i18n';
import { hasRole, orgId } from '../session';
import { loading, problemBox } from './common';
import { tableWrap } from './tables';

type Version = Schemas['PolicyVersion'];
type Rule = Schemas['UsageRule'];

function params(): URLSearchParams {
  const query = location.hash.indexOf('?');
  return new URLSearchParams(query < 0 ? '' : location.hash.slice(query + 1));
}

function link(policyId: string, version?: number, from?: number): string {
  const query = new URLSearchParams({ policy: policyId });
  if (version !== undefined) query.set('version', String(version));
  if (from !== undefined) query.set('from', String(from));
  return `#/policies?${query.toString()}`;
}

const governor = () => hasRole('ADMIN', 'COMMITTEE', 'DATA_REFERENT');
const problemOf = (error: unknown, response: Response | undefined) => asProblem(error, response?.status ?? 0);

export async function policies(main: HTMLElement): Promise<void> {
  const policyId = params().get('policy');
  if (policyId) await policy(main, policyId);
  else list(main);
}

// --- the list --------------------------------------------------------------------------------------------------
function list(main: HTMLElement): void {
  const items = h('ul', { class: 'cards' });
  const results = h('div', { 'aria-live': 'polite' }, loading());
  const more = h('button', { type: 'button', class: 'secondary' }, t('tools.more'));
  let cursor: string | null = null;
  async function load(): Promise<void> {
    busy(more, true);
    const { data, error, response } = await api.GET('/api/v1/organisations/{orgId}/policies', {
      params: { path: { orgId: orgId() }, query: cursor ? { limit: 20, cursor } : { limit: 20 } },
    });
    busy(more, false);
    if (!data) {
      replace(results, problemBox(problemOf(error, response)));
      return;
    }
    data.items.forEach((p) =>
      items.appendChild(
        h(
          'li',
          { class: 'card' },
          h('p', { class: 'card-title' }, h('a', { href: link(p.id) }, p.title)),
          p.purpose ? h('p', null, p.purpose) : null,
          h('p', { class: 'card-kind' }, t('policies.since', { date: formatDate(p.createdAt) })),
        ),
      ),
    );
    cursor = data.nextCursor ?? null;
    replace(
      results,
      items.children.length === 0 ? h('div', { class: 'empty' }, h('p', null, t('policies.empty'))) : items,
      cursor ? more : null,
    );
  }
  more.addEventListener('click', () => void load());
  replace(main, h('h1', null, t('policies.title')), h('p', { class: 'lead' }, t('policies.intro')), results);
  void load();
}

// --- one policy ------------------------------------------------------------------------------------------------
async function policy(main: HTMLElement, policyId: string): Promise<void> {
  replace(main, h('h1', null, t('policies.title')), loading());
  const { data: found, error, response } = await api.GET('/api/v1/organisations/{orgId}/policies/{policyId}', {
    params: { path: { orgId: orgId(), policyId } },
  });
  if (!found) {
    replace(
      main,
      h('h1', null, t('policies.title')),
      problemBox(problemOf(error, response)),
      h('p', null, h('a', { href: '#/policies' }, t('policies.back'))),
    );
    return;
  }
  const chosen = Number(params().get('version')) || found.inForce || found.openVersion || found.versions[0]?.number;
  const section = h('section', { class: 'version', 'aria-labelledby': 'version-title' });
  replace(
    main,
    h('p', null, h('a', { href: '#/policies' }, t('policies.back'))),
    h('h1', null, found.title),
    found.purpose ? h('p', { class: 'lead' }, found.purpose) : null,
    h('h2', null, t('policies.versions')),
    versionsTable(found, chosen),
    governor() && found.openVersion == null ? newDraft(found) : null,
    section,
  );
  if (chosen) await showVersion(section, found, chosen);
}

function versionsTable(found: Schemas['Policy'], chosen: number | undefined): HTMLElement {
  if (found.versions.length === 0) return h('p', { class: 'empty' }, t('policies.noVersion'));
  const heads = [t('policies.version'), t('policies.status'), t('policies.rules'), t('policies.published'), t('policies.review')];
  return tableWrap(h('table',
      null,
      h('caption', { class: 'visually-hidden' }, t('policies.versions')),
      h('thead', null, h('tr', null, heads.map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        null,
        found.versions.map((v) =>
          h(
            'tr',
            { class: v.number === chosen ? 'current' : null },
            h(
              'th',
              { scope: 'row' },
              h(
                'a',
                { href: link(found.id, v.number), 'aria-current': v.number === chosen ? 'true' : null },
                t('policies.versionN', { number: v.number }),
              ),
            ),
            h('td', null, h('span', { class: `badge version-${v.status.toLowerCase()}` }, label('VersionStatus', v.status))),
            h('td', null, v.rules),
            h('td', null, v.publishedAt ? formatDate(v.publishedAt) : '—'),
            h('td', null, v.nextReviewDate ? formatDate(v.nextReviewDate) : '—'),
          ),
        ),
      ),
    ),
  );
}

function newDraft(found: Schemas['Policy']): HTMLElement {
  const button = h('button', { type: 'button', class: 'secondary', id: 'new-draft' }, t('policies.newDraft'));
  const status = h('div', { 'aria-live': 'polite' });
  const key = idempotencyKey();
  button.addEventListener('click', async () => {
    busy(button, true);
    const { data, error, response } = await api.POST('/api/v1/organisations/{orgId}/policies/{policyId}/versions', {
      params: { path: { orgId: orgId(), policyId: found.id }, header: { 'Idempotency-Key': key } },
    });
    busy(button, false);
    if (!data) {
      replace(status, problemBox(problemOf(error, response)));
      return;
    }
    location.hash = link(found.id, data.number);
  });
  return h('div', { class: 'stack' }, h('p', { class: 'hint' }, t('policies.newDraftHint')), button, status);
}

// --- one version ---------------------------------------------------------------------------------------------
async function showVersion(section: HTMLElement, found: Schemas['Policy'], number: number): Promise<void> {
  replace(section, loading());
  const { data: version, error, response } = await api.GET(
    '/api/v1/organisations/{orgId}/policies/{policyId}/versions/{number}',
    { params: { path: { orgId: orgId(), policyId: found.id, number } } },
  );
  if (!version) {
    replace(section, problemBox(problemOf(error, response)));
    return;
  }
  const published = version.status === 'PUBLISHED' || version.status === 'SUPERSEDED';
  const reading = h('div', { class: 'acknowledge' });
  const coverage = h('div', { class: 'coverage' });
  const changes = h('div', { class: 'changes' });
  replace(
    section,
    h(
      'h2',
      { id: 'version-title' },
      t('policies.versionN', { number: version.number }),
      ' — ',
      label('VersionStatus', version.status),
    ),
    h(
      'p',
      { class: 'hint' },
      version.publishedAt ? t('policies.publishedOn', { date: formatDate(version.publishedAt) }) + ' ' : '',
      version.nextReviewDate ? t('policies.reviewOn', { date: formatDate(version.nextReviewDate) }) : '',
    ),
    documentPanel(version),
    reading,
    version.status === 'DRAFT' && governor()
      ? draftEditor(section, found, version, etagOf(response))
      : [
          h('h3', null, t('policies.summary')),
          version.summary ? simpleText(version.summary) : h('p', { class: 'empty' }, t('policies.noSummary')),
          h('h3', null, t('policies.rulesTitle')),
          rulesTable(version, version.rules),
        ],
    changes,
    published && hasRole('ADMIN', 'COMMITTEE') ? coverage : null,
  );
  if (version.status === 'PUBLISHED') void acknowledge(reading, version);
  if (found.versions.length > 1) changesPanel(changes, found, version.number);
  if (published && hasRole('ADMIN', 'COMMITTEE')) void showCoverage(coverage, version);
}

function subjectOf(version: Version, rule: Rule): string {
  if (rule.subject === 'TOOL') return version.toolNames.find((n) => n.id === rule.toolId)?.name ?? t('policies.aTool');
  if (rule.subject === 'TOOL_CATEGORY') return label('ToolCategory', rule.category ?? '');
  return label('Activity', rule.activity ?? '');
}

function rulesTable(version: Version, rules: Rule[], caption = t('policies.rulesTitle')): HTMLElement {
  if (rules.length === 0) return h('p', { class: 'empty' }, t('policies.noRule'));
  return tableWrap(h('table',
      null,
      h('caption', { class: 'visually-hidden' }, caption),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          [t('policies.subject'), t('policies.data'), t('policies.verdict'), t('policies.conditions')].map((c) =>
            h('th', { scope: 'col' }, c),
          ),
        ),
      ),
      h(
        'tbody',
        null,
        rules.map((rule) =>
          h(
            'tr',
            null,
            h('th', { scope: 'row' }, subjectOf(version, rule)),
            h('td', null, rule.dataCeiling ? label('DataCategory', rule.dataCeiling) : t('policies.allData')),
            h('td', null, label('Verdict', rule.verdict)),
            h('td', null, rule.conditions ?? '—'),
          ),
        ),
      ),
    ),
  );
}

// --- the printable document: fetched with the token, never by an address carrying it ----------------------------
function documentPanel(version: Version): HTMLElement {
  const show = h('button', { type: 'button', class: 'secondary', id: 'show-document' }, t('policies.document'));
  const holder = h('div', { 'aria-live': 'polite' });
  show.addEventListener('click', async () => {
    busy(show, true);
    replace(holder, loading());
    const { data, error, response } = await api.GET(
      '/api/v1/organisations/{orgId}/policies/{policyId}/versions/{number}/document',
      {
        params: { path: { orgId: orgId(), policyId: version.policyId, number: version.number }, query: { format: 'html' } },
        parseAs: 'blob',
      },
    );
    busy(show, false);
    if (!data) {
      replace(holder, problemBox(problemOf(error, response)));
      return;
    }
    const blob = data as unknown as Blob;
    const url = URL.createObjectURL(blob);
    const printed = await printable(blob);
    const name = `${version.policyTitle.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'policy'}-v${version.number}.html`;
    const close = h('button', { type: 'button', class: 'secondary' }, t('policies.close'));
    close.addEventListener('click', () => {
      URL.revokeObjectURL(url);
      replace(holder);
      show.focus();
    });
    replace(
      holder,
      h(
        'div',
        { class: 'document-panel', role: 'region', 'aria-label': t('policies.document'), tabindex: -1 },
        h(
          'p',
          { class: 'actions no-print' },
          h('button', { type: 'button', onclick: () => window.print() }, t('policies.print')),
          h('a', { class: 'button secondary', href: url, download: name }, t('policies.download')),
          close,
        ),
        printed,
      ),
    );
    holder.querySelector<HTMLElement>('.document-panel')?.focus();
  });
  return h('div', { class: 'document' }, show, holder);
}

const UNSAFE = 'script, style, link, meta, iframe, object, embed, base, form, input, button, textarea, select';

/** The document's body as inert nodes: parsed apart (nothing runs), scripts, styles and handlers dropped. */
async function printable(blob: Blob): Promise<HTMLElement> {
  // the document's one style block goes before parsing: parsed here, it would meet this page's
  // Content-Security-Policy (style-src 'self') and be refused; this page's own styles apply instead
  const html = (await blob.text()).replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll(UNSAFE).forEach((e) => e.remove());
  parsed.querySelectorAll('*').forEach((e) => {
    for (const attribute of [...e.attributes]) {
      const value = attribute.value.trim().toLowerCase();
      if (attribute.name.startsWith('on') || attribute.name === 'style' || value.startsWith('javascript:')) {
        e.removeAttribute(attribute.name);
      }
    }
  });
  // the document's own title is its h1: here it comes under the screen's headings
  parsed.body.querySelectorAll('h1, h2, h3, h4').forEach((heading) => {
    const level = Math.min(6, Number(heading.tagName.slice(1)) + 2);
    const replacement = parsed.createElement(`h${level}`);
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  });
  const article = h('article', { class: 'printable', lang: parsed.documentElement.lang || null });
  article.append(...[...parsed.body.childNodes].map((n) => document.adoptNode(n)));
  return article;
}

// --- reading the version in force ----------------------------------------------------------------------------
async function acknowledge(holder: HTMLElement, version: Version): Promise<void> {
  const { data } = await api.GET('/api/v1/organisations/{orgId}/policies/to-acknowledge', {
    params: { path: { orgId: orgId() } },
  });
  if (!data) return;
  const pending = data.some((p) => p.policyId === version.policyId && p.number === version.number);
  if (!pending) {
    replace(holder, h('p', { class: 'alert alert-success' }, t('policies.alreadyRead')));
    return;
  }
  const button = h('button', { type: 'button', id: 'acknowledge' }, t('read.acknowledge'));
  const status = h('div', { 'aria-live': 'polite' });
  const key = idempotencyKey();
  button.addEventListener('click', async () => {
    busy(button, true);
    const result = await api.POST(
      '/api/v1/organisations/{orgId}/policies/{policyId}/versions/{number}/acknowledgements',
      {
        params: {
          path: { orgId: orgId(), policyId: version.policyId, number: version.number },
          header: { 'Idempotency-Key': key },
        },
        body: {},
      },
    );
    busy(button, false);
    if (!result.data) {
      replace(status, problemBox(problemOf(result.error, result.response)));
      return;
    }
    button.remove();
    replace(
      status,
      h('p', { class: 'alert alert-success', role: 'status' }, t('read.done', { date: formatDate(result.data.acknowledgedAt) })),
    );
  });
  replace(holder, h('div', { class: 'alert alert-info' }, h('p', null, t('policies.toRead')), button, status));
}

// --- who has read it (ADMIN, COMMITTEE) ------------------------------------------------------------------------
async function showCoverage(holder: HTMLElement, version: Version): Promise<void> {
  replace(holder, h('h3', null, t('policies.coverage')), loading());
  const { data, error, response } = await api.GET(
    '/api/v1/organisations/{orgId}/policies/{policyId}/versions/{number}/acknowledgements',
    { params: { path: { orgId: orgId(), policyId: version.policyId, number: version.number } } },
  );
  if (!data) {
    replace(holder, h('h3', null, t('policies.coverage')), problemBox(problemOf(error, response)));
    return;
  }
  const percent = Math.round(data.coverage * 100);
  const summary = t('policies.coverageText', { read: data.acknowledgedCount, members: data.activeMembers, percent });
  const names = (name: string | null | undefined) => name || t('policies.noName');
  replace(
    holder,
    h('h3', null, t('policies.coverage')),
    h(
      'figure',
      { class: 'coverage-figure' },
      h('progress', { max: data.activeMembers || 1, value: data.acknowledgedCount, 'aria-label': summary }),
      h('figcaption', null, summary),
    ),
    data.pending.length === 0
      ? h('p', { class: 'empty' }, t('policies.nobodyPending'))
      : tableWrap(h('table',
            { class: 'pending' },
            h('caption', null, t('policies.pending', { count: data.pending.length })),
            h(
              'thead',
              null,
              h('tr', null, [t('policies.member'), t('policies.account'), version.status === 'PUBLISHED' ? t('policies.onPaper') : null]
                .filter(Boolean)
                .map((c) => h('th', { scope: 'col' }, c!))),
            ),
            h(
              'tbody',
              null,
              data.pending.map((reader) =>
                h(
                  'tr',
                  null,
                  h('th', { scope: 'row' }, names(reader.name)),
                  h('td', null, reader.hasAccount ? t('policies.hasAccount') : t('policies.noAccount')),
                  version.status === 'PUBLISHED' ? h('td', null, onBehalf(holder, version, reader)) : null,
                ),
              ),
            ),
          ),
        ),
    data.acknowledged.length === 0
      ? null
      : tableWrap(h('table',
            null,
            h('caption', null, t('policies.acknowledged', { count: data.acknowledged.length })),
            h('thead', null, h('tr', null, [t('policies.member'), t('policies.readOn')].map((c) => h('th', { scope: 'col' }, c)))),
            h(
              'tbody',
              null,
              data.acknowledged.map((a) =>
                h(
                  'tr',
                  null,
                  h('th', { scope: 'row' }, names(a.name)),
                  h('td', null, formatDate(a.acknowledgedAt), a.onBehalf ? ` (${t('policies.recordedOnBehalf')})` : ''),
                ),
              ),
            ),
          ),
        ),
  );
}

function onBehalf(holder: HTMLElement, version: Version, reader: Schemas['PendingReader']): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'secondary', 'aria-label': t('policies.onPaperFor', { name: reader.name || t('policies.noName') }) },
    t('policies.onPaperButton'),
  );
  const key = idempotencyKey();
  button.addEventListener('click', async () => {
    busy(button, true);
    const result = await api.POST(
      '/api/v1/organisations/{orgId}/policies/{policyId}/versions/{number}/acknowledgements',
      {
        params: {
          path: { orgId: orgId(), policyId: version.policyId, number: version.number },
          header: { 'Idempotency-Key': key },
        },
        body: { memberId: reader.memberId },
      },
    );
    busy(button, false);
    if (!result.data) {
      button.replaceWith(problemBox(problemOf(result.error, result.response)));
      return;
    }
    await showCoverage(holder, version);
    holder.querySelector<HTMLElement>('h3')?.setAttribute('tabindex', '-1');
    holder.querySelector<HTMLElement>('h3')?.focus();
  });
  return button;
}

// --- what changed between two versions -------------------------------------------------------------------------
function changesPanel(holder: HTMLElement, found: Schemas['Policy'], to: number): void {
  const others = found.versions.filter((v) => v.number !== to);
  const wanted = Number(params().get('from'));
  const initial = others.find((v) => v.number === wanted)?.number ?? others.find((v) => v.number < to)?.number ?? others[0].number;
  const from = select(
    others.map((v) => ({ value: String(v.number), text: t('policies.versionN', { number: v.number }) })),
    true,
    String(initial),
  );
  const result = h('div', { 'aria-live': 'polite', class: 'changes-result' });
  const form = h(
    'form',
    { class: 'filters compare', novalidate: true },
    field('from', t('policies.compareWith'), from),
    h('button', { type: 'submit', class: 'secondary' }, t('policies.compare')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void compare(result, found, Number(from.value), to);
  });
  replace(holder, h('h3', null, t('policies.changes')), form, result);
  if (params().get('from')) void compare(result, found, initial, to);
}

async function compare(holder: HTMLElement, found: Schemas['Policy'], from: number, to: number): Promise<void> {
  replace(holder, loading());
  const [changes, version] = await Promise.all([
    api.GET('/api/v1/organisations/{orgId}/policies/{policyId}/versions/{number}/changes', {
      params: { path: { orgId: orgId(), policyId: found.id, number: to }, query: { from } },
    }),
    api.GET('/api/v1/organisations/{orgId}/policies/{policyId}/versions/{number}', {
      params: { path: { orgId: orgId(), policyId: found.id, number: to } },
    }),
  ]);
  if (!changes.data || !version.data) {
    const failed = changes.data ? version : changes;
    replace(holder, problemBox(problemOf(failed.error, failed.response)));
    return;
  }
  const c = changes.data;
  // the tool names of both versions: a removed TOOL rule names a tool the newer version may not list
  const older = await api.GET('/api/v1/organisations/{orgId}/policies/{policyId}/versions/{number}', {
    params: { path: { orgId: orgId(), policyId: found.id, number: from } },
  });
  const names: Version = {
    ...version.data,
    toolNames: [...version.data.toolNames, ...(older.data?.toolNames ?? [])],
  };
  const part = (title: string, rules: Rule[]) =>
    rules.length === 0 ? null : [h('h4', null, title, ` (${rules.length})`), rulesTable(names, rules, title)];
  const nothing =
    c.added.length + c.removed.length + c.verdictChanged.length + c.reworded.length === 0 &&
    !c.bodyChanged &&
    !c.summaryChanged &&
    !c.reviewDateChanged;
  replace(
    holder,
    h('p', { class: 'lead' }, t('policies.fromTo', { from: c.from, to: c.to })),
    nothing ? h('p', { class: 'empty' }, t('policies.noChange')) : null,
    part(t('policies.added'), c.added),
    part(t('policies.removed'), c.removed),
    c.verdictChanged.length === 0
      ? null
      : [
          h('h4', null, t('policies.verdictChanged'), ` (${c.verdictChanged.length})`),
          tableWrap(h('table',
              null,
              h('caption', { class: 'visually-hidden' }, t('policies.verdictChanged')),
              h(
                'thead',
                null,
                h('tr', null, [t('policies.subject'), t('policies.before'), t('policies.after')].map((x) => h('th', { scope: 'col' }, x))),
              ),
              h(
                'tbody',
                null,
                c.verdictChanged.map((v) =>
                  h(
                    'tr',
                    null,
                    h('th', { scope: 'row' }, subjectOf(names, v.after)),
                    h('td', null, label('Verdict', v.before.verdict)),
                    h('td', null, label('Verdict', v.after.verdict), v.after.conditions ? ` — ${v.after.conditions}` : ''),
                  ),
                ),
              ),
            ),
          ),
        ],
    part(t('policies.reworded'), c.reworded),
    h(
      'ul',
      { class: 'text-changes' },
      h('li', null, c.bodyChanged ? t('policies.bodyChanged') : t('policies.bodySame')),
      h('li', null, c.summaryChanged ? t('policies.summaryChanged') : t('policies.summarySame')),
      h('li', null, c.reviewDateChanged ? t('policies.reviewChanged') : t('policies.reviewSame')),
    ),
    c.bodyChanged || c.summaryChanged ? h('p', { class: 'hint' }, t('policies.noTextDiff')) : null,
  );
}

// --- editing a draft, with If-Match ------------------------------------------------------------------------------
function draftEditor(section: HTMLElement, found: Schemas['Policy'], version: Version, etag: string | undefined): HTMLElement {
  const summary = h('textarea', { rows: 6, maxlength: 20000 });
  summary.value = version.summary ?? '';
  const body = h('textarea', { rows: 10, maxlength: 200000 });
  body.value = version.body ?? '';
  const review = h('input', { type: 'date', value: version.nextReviewDate ?? '' });
  const submit = h('button', { type: 'submit' }, t('policies.save'));
  const done = h('div', { 'aria-live': 'polite' });
  let current = etag;
  const form = h(
    'form',
    { novalidate: true, class: 'stack draft-editor' },
    h('h3', null, t('policies.editDraft')),
    formProblemSlot(),
    field('summary', t('policies.summary'), summary, t('policies.summaryHint')),
    field('body', t('policies.body'), body, t('policies.bodyHint')),
    field('nextReviewDate', t('policies.review'), review),
    submit,
    done,
    h('h3', null, t('policies.rulesTitle')),
    rulesTable(version, version.rules),
  );
  form.addEventListener('input', () => replace(done));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    replace(done);
    busy(submit, true);
    const result = await api.PATCH('/api/v1/organisations/{orgId}/policies/{policyId}/versions/{number}', {
      params: {
        path: { orgId: orgId(), policyId: version.policyId, number: version.number },
        header: { 'If-Match': current ?? '' },
      },
      body: { summary: summary.value.trim() || null, body: body.value.trim() || null, nextReviewDate: review.value || null },
      headers: { 'Content-Type': 'application/merge-patch+json' },
    });
    busy(submit, false);
    if (!result.data) {
      // someone changed the draft meanwhile: reload the version as it is now (its text and its ETag)
      showProblem(form, problemOf(result.error, result.response), async () => {
        await showVersion(section, found, version.number);
        section.querySelector<HTMLElement>('#version-title')?.setAttribute('tabindex', '-1');
        section.querySelector<HTMLElement>('#version-title')?.focus();
      });
      return;
    }
    current = etagOf(result.response) ?? current;
    replace(done, h('p', { class: 'alert alert-success', role: 'status' }, t('policies.saved')));
  });
  return form;
}
