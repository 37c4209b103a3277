/**
 * The app's pages. Each renders from its URL alone (path and query string), so any view can be
 * bookmarked, shared and reloaded; filters and zoom change the URL, and the URL changes the view.
 */
import { getJson, type DocumentDetail, type EntityDetail, type EntityItem, type EventDetail, type EventItem, type Facets, type List, type Quote, type SearchHit, type StorylineDetail } from './api.js';
import { appHref, h, langBadge, langTag, marked, scriptLang, showDate, type Child, type Range } from './dom.js';

/** What a view gives back: its title and content. */
export interface Page {
  title: string;
  content: Child;
}

/** Navigates to an app URL (the router renders it). */
export type Go = (href: string) => void;

const PAGE = 100;
/** Documents shown as columns on a story page; the rest are listed. */
const COLUMNS = 8;

// ---------------------------------------------------------------- dates on the timeline axis

/** Days since 1970 of a date at any granularity (its first day), or null. */
export function dayOf(date: string | null | undefined): number | null {
  const m = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date) : null;
  if (!m) return null;
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1')) / 86_400_000);
}

/** The ISO date of a day number. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The last day a date at any granularity covers. */
function lastDayOf(date: string): number | null {
  const first = dayOf(date);
  if (first === null) return null;
  if (/^\d{4}$/.test(date)) return (dayOf(`${Number(date) + 1}`) as number) - 1;
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [y, mo] = date.split('-').map(Number) as [number, number];
    return Math.floor(Date.UTC(y, mo, 1) / 86_400_000) - 1;
  }
  return first;
}

// ---------------------------------------------------------------- timeline

function eventLine(e: EventItem): HTMLElement {
  const count = e.reports.length > 0
    ? `${e.sources} source${e.sources === 1 ? '' : 's'}, ${e.reports.length} report${e.reports.length === 1 ? '' : 's'}`
    : `mentioned in ${e.mentionedIn} document${e.mentionedIn === 1 ? '' : 's'}`;
  return h(
    'li',
    { class: 'event' },
    h('time', e.date ? { datetime: e.date } : {}, showDate(e.date)),
    ' ',
    h('a', { href: appHref('/story', e.id), class: 'title' }, e.title),
    h(
      'span',
      { class: 'meta' },
      h('span', { class: 'kind' }, e.kind),
      e.place ? h('span', { class: 'place' }, e.place) : null,
      h('span', { class: 'sources' }, count),
      e.langs.map((l) => langBadge(l)),
    ),
  );
}

/**
 * The timeline: filters (language, kind, entity, date range) and zoom in the URL, storyline lanes
 * on a date axis, then the list of stories with their number of sources and languages.
 */
export async function timeline(params: URLSearchParams, go: Go): Promise<Page> {
  const q = {
    lang: params.get('lang') ?? '',
    kind: params.get('kind') ?? '',
    entity: params.get('entity') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    offset: Math.max(0, Number(params.get('offset') ?? '0') || 0),
  };
  const [facets, events, top, storylines, chosen] = await Promise.all([
    getJson<Facets>('/api/facets'),
    getJson<List<EventItem>>(appHref('/api/events', undefined, { lang: q.lang, kind: q.kind, entity: q.entity, from: q.from, to: q.to, limit: PAGE, offset: q.offset })),
    getJson<List<EntityItem>>('/api/entities?limit=200'),
    getJson<List<{ id: string; title: string; events: string[] }>>('/api/storylines?limit=1000'),
    q.entity ? getJson<EntityItem>(appHref('/api/entities', q.entity)).catch(() => null) : Promise.resolve(null),
  ]);
  const here = (change: Record<string, string | number | null>): string =>
    appHref('/', undefined, { ...q, offset: q.offset || null, ...change });

  // Filters: a GET form whose submission becomes the URL.
  const entityInput = h('input', { id: 'f-entity', name: 'entity-name', list: 'entity-names', value: chosen?.name ?? '', autocomplete: 'off' });
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter the timeline', action: '/', method: 'get' },
    h('div', {}, h('label', { for: 'f-lang' }, 'Language'), h('select', { id: 'f-lang', name: 'lang' }, h('option', { value: '' }, 'any'), facets.langs.map((l) => h('option', { value: l, selected: l === q.lang }, l)))),
    h('div', {}, h('label', { for: 'f-kind' }, 'Kind'), h('select', { id: 'f-kind', name: 'kind' }, h('option', { value: '' }, 'any'), facets.kinds.map((k) => h('option', { value: k, selected: k === q.kind }, k)))),
    h('div', {}, h('label', { for: 'f-entity' }, 'Entity'), entityInput, h('datalist', { id: 'entity-names' }, top.items.map((e) => h('option', { value: e.name })))),
    h('div', {}, h('label', { for: 'f-from' }, 'From'), h('input', { id: 'f-from', name: 'from', value: q.from, placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', size: 10 })),
    h('div', {}, h('label', { for: 'f-to' }, 'To'), h('input', { id: 'f-to', name: 'to', value: q.to, placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', size: 10 })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Apply'), ' ', h('a', { href: '/' }, 'Clear')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void (async () => {
      const data = new FormData(form);
      const name = String(data.get('entity-name') ?? '').trim();
      let entity = '';
      if (name) {
        entity = top.items.find((e) => e.name === name)?.id ?? (await getJson<List<EntityItem>>(appHref('/api/entities', undefined, { q: name, limit: 1 }))).items[0]?.id ?? '';
        if (!entity) {
          entityInput.setCustomValidity(`No entity named ${name}`);
          entityInput.reportValidity();
          entityInput.addEventListener('input', () => entityInput.setCustomValidity(''), { once: true });
          return;
        }
      }
      go(appHref('/', undefined, { lang: String(data.get('lang') ?? ''), kind: String(data.get('kind') ?? ''), entity, from: String(data.get('from') ?? ''), to: String(data.get('to') ?? '') }));
    })();
  });

  // The axis: the chosen range, else the span of all dated events.
  const fromDay = dayOf(q.from || facets.first) ?? 0;
  const toDay = Math.max(fromDay + 1, (q.to ? lastDayOf(q.to) : facets.last ? lastDayOf(facets.last) : null) ?? fromDay + 1);
  const width = toDay - fromDay;
  const zoom = (factor: number, shift = 0): string => {
    const center = (fromDay + toDay) / 2 + shift * width;
    const half = Math.max(1, Math.round((width * factor) / 2));
    return here({ from: isoDay(Math.round(center - half)), to: isoDay(Math.round(center + half)), offset: null });
  };
  // Axis ticks: five dates spread over the range, at the granularity the range calls for.
  const tickLabel = (day: number): string => (width > 3 * 365 ? isoDay(day).slice(0, 4) : width > 90 ? isoDay(day).slice(0, 7) : isoDay(day));
  const axis = h('div', { class: 'lane axis', 'aria-hidden': 'true' }, h('div', {}), h('div', { class: 'ticks' }, [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const tick = h('span', { class: 'tick' }, tickLabel(Math.round(fromDay + f * width)));
    tick.style.left = `${f * 100}%`;
    return tick;
  })));
  const zoomBar = h(
    'nav',
    { class: 'zoom', 'aria-label': 'Zoom the timeline' },
    h('span', {}, `${isoDay(fromDay)} to ${isoDay(toDay)}`),
    ' ',
    h('a', { href: zoom(1, -0.5), class: 'button' }, '← Earlier'),
    h('a', { href: zoom(0.5), class: 'button' }, 'Zoom in'),
    h('a', { href: zoom(2), class: 'button' }, 'Zoom out'),
    h('a', { href: zoom(1, 0.5), class: 'button' }, 'Later →'),
  );

  // Lanes: one per storyline with events on this page, then the stories in no storyline.
  const titleOf = new Map(storylines.items.map((s) => [s.id, s.title]));
  const lanes = new Map<string, EventItem[]>();
  for (const e of events.items) {
    const day = dayOf(e.date);
    if (day === null || day < fromDay || day > toDay) continue;
    const key = e.storyline ?? '';
    const list = lanes.get(key) ?? [];
    list.push(e);
    lanes.set(key, list);
  }
  const laneEls = [...lanes].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : 0)).map(([id, list]) => {
    const track = h('div', { class: 'track' });
    for (const e of list) {
      const left = ((dayOf(e.date) as number) - fromDay) / width;
      const dot = h('a', { href: appHref('/story', e.id), class: `dot ${e.reports.length > 0 ? 'story' : 'passing'}`, 'aria-label': `${e.reports.length > 0 ? `${e.sources} source${e.sources === 1 ? '' : 's'}` : 'Mentioned only'}: ${showDate(e.date)}, ${e.title}`, title: `${showDate(e.date)}: ${e.title}` }, e.reports.length > 0 ? String(e.sources) : '');
      dot.style.left = `${(left * 100).toFixed(3)}%`;
      track.appendChild(dot);
    }
    const label = id ? h('a', { href: appHref('/storyline', id) }, titleOf.get(id) ?? id) : h('span', {}, 'Other stories');
    return h('div', { class: 'lane', role: 'group', 'aria-label': id ? `Storyline: ${titleOf.get(id) ?? id}` : 'Stories in no storyline' }, h('div', { class: 'lane-label' }, label), track);
  });

  const more = q.offset + events.items.length < events.total;
  return {
    title: 'Timeline',
    content: [
      h('h1', { tabindex: -1 }, 'Timeline'),
      form,
      h('section', { 'aria-labelledby': 'lanes-h', class: 'lanes' }, h('h2', { id: 'lanes-h' }, 'Storylines by date'), zoomBar, laneEls.length ? [axis, laneEls] : h('p', {}, 'No dated stories in this range.')),
      h(
        'section',
        { 'aria-labelledby': 'list-h' },
        h('h2', { id: 'list-h' }, `Stories (${events.total})`),
        events.items.length ? h('ol', { class: 'events', start: q.offset + 1 }, events.items.map(eventLine)) : h('p', {}, 'No stories match these filters.'),
        h(
          'nav',
          { class: 'pager', 'aria-label': 'Pages of stories' },
          q.offset > 0 ? h('a', { href: here({ offset: Math.max(0, q.offset - PAGE) || null }) }, 'Previous page') : null,
          more ? h('a', { href: here({ offset: q.offset + PAGE }) }, 'Next page') : null,
        ),
      ),
    ],
  };
}

// ---------------------------------------------------------------- story

/** The start of a text's first sentence, for a report without a title. */
function firstWords(body: string): string | null {
  const first = body.trim().split(/(?<=[.!?।])\s|\n/)[0] ?? '';
  if (!first) return null;
  return first.length > 100 ? `${first.slice(0, 100)}…` : first;
}

function quoteWords(q: Quote): string {
  return q.parts?.length ? q.parts.map((p) => p.text).join(' … ') : q.text;
}

function quoteItem(q: Quote, lang: string | null, withSource = false): HTMLElement {
  const who = q.speaker ? h('a', { href: appHref('/entity', q.speaker) }, q.speakerName ?? q.speakerText ?? 'speaker') : (q.speakerText ?? 'unattributed');
  return h(
    'li',
    { class: `quote ${q.kind}` },
    h('blockquote', { lang: langTag(lang) }, quoteWords(q)),
    h('p', { class: 'said' }, '— ', who, q.kind === 'reported' ? ' (reported speech)' : '', withSource ? [' in ', h('a', { href: appHref('/document', q.doc) }, 'this report')] : null),
  );
}

/** One event's story: its facts, every report side by side with the sentences behind each fact marked, quotes. */
export async function story(id: string): Promise<Page> {
  const ev = await getJson<EventDetail>(appHref('/api/events', id));
  // A story of hundreds of reports shows the most central ones as columns and lists the rest.
  const allReports = ev.reports.map((r) => r.id);
  const allMentioning = [...new Set(ev.mentions.map((m) => m.doc))].filter((d) => !allReports.includes(d));
  const reportIds = allReports.slice(0, COLUMNS);
  const mentionedIds = allMentioning.slice(0, COLUMNS);
  const rest = (ids: string[], shown: number): Child =>
    ids.length > shown
      ? h('details', { class: 'more' }, h('summary', {}, `${ids.length - shown} more`), h('ul', {}, ev.reports.filter((r) => ids.slice(shown).includes(r.id)).map((r) => h('li', {}, h('a', { href: appHref('/document', r.id), lang: langTag(r.lang) }, r.title ?? r.id.slice(0, 12)), ' ', langBadge(r.lang))),
        ids.slice(shown).filter((d) => !allReports.includes(d)).map((d) => h('li', {}, h('a', { href: appHref('/document', d) }, `Document ${d.slice(0, 12)}`)))))
      : null;
  const [docs, mentioning] = await Promise.all([
    Promise.all(reportIds.map((r) => getJson<DocumentDetail>(appHref('/api/documents', r)))),
    Promise.all(mentionedIds.map((r) => getJson<DocumentDetail>(appHref('/api/documents', r)))),
  ]);
  const markId = (doc: string, start: number): string => `m-${doc.slice(0, 12)}-${start}`;
  const facts = Object.entries(ev.facts);
  const similarity = new Map((ev.similarity ?? []).map((s) => [s.doc, s]));

  /** One document as a column: its language, metadata, text with the evidence marked, its quotes. */
  const card = (d: DocumentDetail, i: number, isReport: boolean): HTMLElement => {
    const lang = langTag(d.lang);
    const ranges: Range[] = [
      ...ev.evidence.filter((e) => e.doc === d.id && e.of !== 'event').map((e) => ({ start: e.start, end: e.end, label: `${e.of}: ${e.value ?? ''}`, cls: 'fact', id: markId(d.id, e.start) })),
      ...ev.evidence.filter((e) => e.doc === d.id && e.of === 'event').map((e) => ({ start: e.start, end: e.end, label: `${ev.kind} ${isReport ? 'reported' : 'mentioned'}`, cls: 'evidence', id: markId(d.id, e.start) })),
    ];
    const sim = similarity.get(d.id);
    const quotes = isReport ? ev.quotes.filter((q) => q.doc === d.id) : [];
    const headingId = `${isReport ? 'r' : 'p'}-${i}`;
    return h(
      'article',
      { class: 'report', 'aria-labelledby': headingId, id: `report-${d.id.slice(0, 12)}` },
      h('h3', { id: headingId, lang }, d.title ?? firstWords(d.body) ?? d.source),
      h(
        'p',
        { class: 'meta' },
        langBadge(d.lang),
        d.publisher ? h('span', {}, d.publisher) : null,
        d.published ? h('time', { datetime: d.published.slice(0, 10) }, showDate(d.published)) : null,
        d.url ? h('a', { href: d.url, rel: 'noopener noreferrer nofollow' }, 'original') : null,
        h('a', { href: appHref('/document', d.id) }, 'document page'),
      ),
      sim && ev.reports.length > 1 ? h('p', { class: 'why' }, `Same story: ${Math.round(sim.score * 100)}%`, sim.shared.length ? `; shares ${sim.shared.slice(0, 6).join(', ')}` : '', sim.copyOf ? '; copies another report' : '') : null,
      h('div', { class: 'body', lang }, marked(d.body, ranges)),
      quotes.length ? [h('h4', {}, 'Quotes'), h('ul', { class: 'quotes' }, quotes.map((q) => quoteItem(q, d.lang)))] : null,
    );
  };
  const columns = (cards: HTMLElement[], label: string): HTMLElement => h('div', { class: 'reports', tabindex: 0, role: 'group', 'aria-label': `${label} side by side (scrolls sideways)` }, cards);
  const docName = (doc: string): string => {
    const r = reportIds.indexOf(doc);
    return r >= 0 ? `report ${r + 1}` : `mentioning document ${mentionedIds.indexOf(doc) + 1}`;
  };

  return {
    title: ev.title,
    content: [
      h('p', { class: 'crumbs' }, h('a', { href: '/' }, 'Timeline'), ev.storyline ? [' › ', h('a', { href: appHref('/storyline', ev.storyline) }, 'storyline')] : null),
      h('h1', { tabindex: -1 }, ev.title),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, 'When'), h('dd', {}, ev.date ? h('time', { datetime: ev.date }, showDate(ev.date)) : 'undated'),
        h('dt', {}, 'What'), h('dd', {}, ev.kind),
        ev.location ? [h('dt', {}, 'Where'), h('dd', {}, h('a', { href: appHref('/entity', ev.location.id) }, ev.location.name))] : null,
        ev.participants.length ? [h('dt', {}, 'Who'), h('dd', {}, ev.participants.map((p, i) => [i ? ', ' : '', h('a', { href: appHref('/entity', p.id) }, p.name)]))] : null,
        h('dt', {}, 'Sources'), h('dd', {}, `${ev.sources} (${ev.reports.length} report${ev.reports.length === 1 ? '' : 's'}: ${[...new Set(ev.reports.map((r) => r.lang))].join(', ') || 'none'})`),
        facts.map(([name, value]) => {
          const where = ev.evidence.filter((e) => e.of === name && (reportIds.includes(e.doc) || mentionedIds.includes(e.doc)));
          return [h('dt', {}, name), h('dd', { class: 'fact-value' }, String(value), where.length ? [' — stated in ', where.map((e, i) => [i ? ', ' : '', h('a', { href: `#${markId(e.doc, e.start)}` }, docName(e.doc))])] : null)];
        }),
      ),
      ev.summary ? h('p', { class: 'summary' }, ev.summary) : null,
      h('section', { 'aria-labelledby': 'reports-h' }, h('h2', { id: 'reports-h' }, `Reports (${ev.reports.length})`),
        docs.length ? columns(docs.map((d, i) => card(d, i, true)), 'Reports') : h('p', {}, 'No report is about this event; it is mentioned in passing.'), rest(allReports, COLUMNS)),
      mentioning.length
        ? h('section', { 'aria-labelledby': 'mentioned-h' }, h('h2', { id: 'mentioned-h' }, `Mentioned in passing (${allMentioning.length})`), columns(mentioning.map((d, i) => card(d, i, false)), 'Documents mentioning it'), rest(allMentioning, COLUMNS))
        : null,
    ],
  };
}

// ---------------------------------------------------------------- entity, storyline, document, search

/** `2024-11-16` alone, or `2024-11-16 – 2025-05-05`, as time elements. */
function roleSpan(from: string, to: string): (HTMLElement | string)[] {
  const day = (d: string): HTMLElement => h('time', { datetime: d }, showDate(d));
  return from === to ? [day(from)] : [day(from), ' – ', day(to)];
}

/** One entity: names in every script, roles with their dates, events, quotes by and about it, who appears with it. */
export async function entity(id: string): Promise<Page> {
  const e = await getJson<EntityDetail>(appHref('/api/entities', id));
  return {
    title: e.name,
    content: [
      h('p', { class: 'crumbs' }, h('a', { href: '/' }, 'Timeline'), ' › ', e.type),
      h('h1', { tabindex: -1, lang: scriptLang(e.name) }, e.name),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Type'), h('dd', {}, e.type),
        h('dt', {}, 'Mentions'), h('dd', {}, `${e.mentions.length} in ${e.documents.length} document${e.documents.length === 1 ? '' : 's'}`),
        e.roleDates.length ? [h('dt', {}, 'Roles'), h('dd', {}, e.roleDates.map((r, i) => [i ? '; ' : '', r.role, r.from ? [' (', roleSpan(r.from, r.to ?? r.from), ')'] : '']))] : null),
      h('section', { 'aria-labelledby': 'names-h' }, h('h2', { id: 'names-h' }, 'Names in every script'), h('ul', { class: 'names' }, e.aliases.map((a) => h('li', { lang: scriptLang(a) }, a)))),
      h('section', { 'aria-labelledby': 'events-h' }, h('h2', { id: 'events-h' }, `Events (${e.events.length})`),
        e.events.length ? h('ol', { class: 'events' }, e.events.map((v) => h('li', {}, h('time', v.date ? { datetime: v.date } : {}, showDate(v.date)), ' ', h('a', { href: appHref('/story', v.id) }, v.title), ' ', h('span', { class: 'kind' }, v.kind)))) : h('p', {}, 'None.')),
      h('section', { 'aria-labelledby': 'qby-h' }, h('h2', { id: 'qby-h' }, `Quotes by ${e.name}`), e.quotes.length ? h('ul', { class: 'quotes' }, e.quotes.map((q) => quoteItem({ ...q, speakerName: e.name }, e.documents.find((d) => d.id === q.doc)?.lang ?? null, true))) : h('p', {}, 'None.')),
      h('section', { 'aria-labelledby': 'qabout-h' }, h('h2', { id: 'qabout-h' }, 'Quotes about them'), e.quotesAbout.length ? h('ul', { class: 'quotes' }, e.quotesAbout.map((q) => quoteItem(q, e.documents.find((d) => d.id === q.doc)?.lang ?? null, true))) : h('p', {}, 'None.')),
      h('section', { 'aria-labelledby': 'co-h' }, h('h2', { id: 'co-h' }, 'Appears with'), e.cooccurring.length ? h('ul', { class: 'inline' }, e.cooccurring.map((c) => h('li', {}, h('a', { href: appHref('/entity', c.id) }, c.name), ` (${c.type}, ${c.documents} doc${c.documents === 1 ? '' : 's'})`))) : h('p', {}, 'No one else.')),
      h('section', { 'aria-labelledby': 'docs-h' }, h('h2', { id: 'docs-h' }, 'Documents'), h('ul', {}, e.documents.map((d) => h('li', {}, h('a', { href: appHref('/document', d.id), lang: langTag(d.lang) }, d.label || d.id.slice(0, 12)), ' ', d.lang ? langBadge(d.lang) : null)))),
    ],
  };
}

/** One storyline: its events in date order. */
export async function storyline(id: string): Promise<Page> {
  const s = await getJson<StorylineDetail>(appHref('/api/storylines', id));
  return {
    title: s.title,
    content: [
      h('p', { class: 'crumbs' }, h('a', { href: '/' }, 'Timeline')),
      h('h1', { tabindex: -1 }, s.title),
      h('ol', { class: 'events storyline' }, s.events.map((v) => h('li', {}, h('time', v.date ? { datetime: v.date } : {}, showDate(v.date)), ' ', h('a', { href: appHref('/story', v.id) }, v.title), ' ', h('span', { class: 'kind' }, v.kind), ' ', h('span', { class: 'sources' }, v.reports.length ? `${v.reports.length} report${v.reports.length === 1 ? '' : 's'}` : 'mentioned only')))),
    ],
  };
}

/** One document: its text with every entity name linked to the entity, and its quotes. */
export async function documentPage(id: string): Promise<Page> {
  const d = await getJson<DocumentDetail>(appHref('/api/documents', id));
  const lang = langTag(d.lang);
  const ranges: Range[] = d.mentions.map((m) => ({ start: m.start, end: m.end, label: 'entity', cls: 'mention', href: appHref('/entity', m.entity) }));
  return {
    title: d.title ?? 'Document',
    content: [
      h('p', { class: 'crumbs' }, h('a', { href: '/' }, 'Timeline'), d.events[0] ? [' › ', h('a', { href: appHref('/story', d.events[0]) }, 'its story')] : null),
      h('h1', { tabindex: -1, lang }, d.title ?? firstWords(d.body) ?? d.source),
      h('p', { class: 'meta' }, langBadge(d.lang), d.publisher ? h('span', {}, d.publisher) : null, d.published ? h('time', { datetime: d.published.slice(0, 10) }, showDate(d.published)) : null, d.url ? h('a', { href: d.url, rel: 'noopener noreferrer nofollow' }, 'original') : null, h('span', {}, d.source)),
      h('div', { class: 'body', lang }, marked(d.body, ranges)),
      d.quotes.length ? h('section', { 'aria-labelledby': 'dq-h' }, h('h2', { id: 'dq-h' }, 'Quotes'), h('ul', { class: 'quotes' }, d.quotes.map((q) => quoteItem(q, d.lang)))) : null,
    ],
  };
}

/** Search over document text and entity names in every script; each hit with its language and highlighted snippet. */
export async function search(params: URLSearchParams): Promise<Page> {
  const q = (params.get('q') ?? '').trim();
  const offset = Math.max(0, Number(params.get('offset') ?? '0') || 0);
  const quick = document.getElementById('quick-q') as HTMLInputElement | null;
  if (quick) quick.value = q;
  if (q.length < 2) return { title: 'Search', content: [h('h1', { tabindex: -1 }, 'Search'), h('p', {}, 'Type at least two characters in the search box above.')] };
  const res = await getJson<List<SearchHit>>(appHref('/api/search', undefined, { q, limit: 50, offset }));
  const hit = (x: SearchHit): HTMLElement => {
    const ranges: Range[] = x.highlights.map(([s, e]) => ({ start: s, end: e, label: 'match', cls: 'hit' }));
    return h(
      'li',
      { class: 'hit' },
      h('a', { href: x.event ? `${appHref('/story', x.event)}#report-${x.doc.slice(0, 12)}` : appHref('/document', x.doc), lang: langTag(x.lang) }, x.label || `Document ${x.doc.slice(0, 12)}`),
      ' ',
      langBadge(x.lang),
      x.via === 'entity' && x.entity ? h('span', { class: 'via' }, ' names ', h('a', { href: appHref('/entity', x.entity), lang: scriptLang(x.entityName ?? '') }, x.entityName ?? 'a matching entity'), ' in its own script') : null,
      h('p', { class: 'snippet', lang: langTag(x.lang) }, marked(x.snippet, ranges)),
    );
  };
  return {
    title: `Search: ${q}`,
    content: [
      h('h1', { tabindex: -1 }, 'Search results for “', q, '”'),
      h('p', {}, `${res.total} document${res.total === 1 ? '' : 's'}`),
      res.items.length ? h('ol', { class: 'hits', start: offset + 1 }, res.items.map(hit)) : h('p', {}, 'Nothing found.'),
      h('nav', { class: 'pager', 'aria-label': 'Pages of results' },
        offset > 0 ? h('a', { href: appHref('/search', undefined, { q, offset: Math.max(0, offset - 50) || null }) }, 'Previous page') : null,
        offset + res.items.length < res.total ? h('a', { href: appHref('/search', undefined, { q, offset: offset + 50 }) }, 'Next page') : null),
    ],
  };
}
