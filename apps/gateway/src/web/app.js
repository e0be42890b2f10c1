// The vidx search page: plain DOM, no framework, no build step. The URL holds the whole state
// (q, filters, sort, size, the open document) so a search can be shared and back/forward work.
// Text from the API only ever reaches the page through text nodes; the one exception is the
// <mark> of Elasticsearch highlights, which renderMarked() rebuilds as elements from an
// HTML-escaped string (anything else stays text).

/** URL / API parameters that hold filters, in the order their chips appear. */
const FILTERS = [
  { key: 'person', label: 'Person', facet: 'people' },
  { key: 'organization', label: 'Organisation', facet: 'organizations' },
  { key: 'location', label: 'Place', facet: 'locations' },
  { key: 'source', label: 'Source', facet: 'sources' },
];
const SORTS = ['relevance', 'newest', 'oldest'];
const ENTITY_TYPES = [
  { type: 'PERSON', label: 'Person' },
  { type: 'ORGANIZATION', label: 'Organisation' },
  { type: 'LOCATION', label: 'Place' },
  { type: 'DATE', label: 'Date' },
  { type: 'PERCENT', label: 'Percentage' },
  { type: 'MONEY', label: 'Amount' },
];
const SUGGEST_DELAY_MS = 150;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const $ = (id) => document.getElementById(id);
const els = {
  form: $('search-form'),
  q: $('q'),
  sort: $('sort'),
  suggestions: $('suggestions'),
  chips: $('chips'),
  status: $('status'),
  error: $('error'),
  results: $('results'),
  more: $('more'),
  doc: $('doc'),
  facets: $('facets'),
  filtersToggle: $('filters-toggle'),
  dateRange: $('date-range'),
  from: $('from'),
  to: $('to'),
  dates: $('facet-dates'),
  home: $('home-link'),
};

// ---------------------------------------------------------------- state <-> URL

/** @returns {{q: string, sort: string, from: string, to: string, size: string, id: string, filters: Record<string, string[]>}} */
function readState(search = location.search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const f of FILTERS) filters[f.key] = params.getAll(f.key).filter(Boolean);
  const sort = params.get('sort') ?? '';
  const size = params.get('size') ?? '';
  return {
    q: params.get('q') ?? '',
    sort: SORTS.includes(sort) ? sort : 'relevance',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    size: /^\d{1,3}$/.test(size) ? size : '',
    id: params.get('id') ?? '',
    filters,
  };
}

/** The search parameters of a state (no document id): the same names in the page URL and the API. */
function searchParams(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of FILTERS) for (const v of state.filters[f.key]) params.append(f.key, v);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.size) params.set('size', state.size);
  return params;
}

function urlOf(state) {
  const params = searchParams(state);
  if (state.id) params.set('id', state.id);
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

function withFilter(state, key, value, on) {
  const filters = { ...state.filters, [key]: state.filters[key].filter((v) => v !== value) };
  if (on) filters[key].push(value);
  return { ...state, filters, id: '' };
}

/** Goes to a new state: one history entry, then render. */
function navigate(state) {
  const url = urlOf(state);
  if (url !== location.pathname + location.search) history.pushState(null, '', url);
  render();
}

// ---------------------------------------------------------------- helpers

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const ESCAPES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&#x2F;': '/' };
const unescapeHtml = (text) => text.replace(/&(?:amp|lt|gt|quot|#x27|#39|#x2F);/g, (m) => ESCAPES[m]);

/**
 * A highlight fragment as DOM: Elasticsearch's html encoder escaped the text, so the only tags
 * are its own <mark>/</mark>. Those become <mark> elements; every other piece is unescaped and
 * added as text, so nothing else in it can ever become markup.
 */
function renderMarked(fragment) {
  const out = document.createDocumentFragment();
  let open = null;
  for (const part of String(fragment).split(/(<\/?mark>)/)) {
    if (part === '<mark>') {
      if (!open) open = el('mark');
    } else if (part === '</mark>') {
      if (open) out.append(open);
      open = null;
    } else if (part) {
      (open ?? out).append(document.createTextNode(unescapeHtml(part)));
    }
  }
  if (open) out.append(open);
  return out;
}

function formatDate(iso) {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]?.slice(0, 3) ?? match[2]} ${match[1]}`;
}

/** "2021-06" (any ISO date or month works) → the first and last day of that month. */
function monthRange(key) {
  const match = /^(\d{4})-(\d{2})/.exec(String(key));
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${match[1]}-${match[2]}-01`, to: `${match[1]}-${match[2]}-${String(last).padStart(2, '0')}`, label: `${MONTHS[month - 1]} ${year}` };
}

/** A facet period as the API gives it (a year "2021" or a month "2021-06", with its first and last day), labelled. */
function periodRange({ period, from, to }) {
  if (typeof from !== 'string' || typeof to !== 'string') return null;
  return { from, to, label: /^\d{4}$/.test(period) ? period : (monthRange(period)?.label ?? period) };
}

function dateChipLabel(state) {
  const month = state.from ? monthRange(state.from) : null;
  if (month && month.from === state.from && month.to === state.to) return month.label;
  const year = state.from ? state.from.slice(0, 4) : '';
  if (year && state.from === `${year}-01-01` && state.to === `${year}-12-31`) return year;
  if (state.from && state.to) return `${state.from} – ${state.to}`;
  return state.from ? `from ${state.from}` : `until ${state.to}`;
}

/** Tolerates the facet shapes of the API's versions: entity facets and the newer sources/dates. */
const facetName = (v) => (typeof v === 'string' ? v : (v.name ?? v.key ?? v.value ?? v.source ?? v.month ?? ''));
const facetCount = (v) => (typeof v === 'object' ? (v.count ?? v.documents ?? v.doc_count ?? null) : null);

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function getJson(url, signal) {
  const res = await fetch(url, { headers: { accept: 'application/json' }, signal });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      message = (await res.json()).error?.message ?? message;
    } catch {
      // Not JSON: keep the status line.
    }
    throw new HttpError(res.status, message);
  }
  return res.json();
}

function showError(message) {
  els.error.textContent = message;
  els.error.hidden = !message;
}

// ---------------------------------------------------------------- rendering

let generation = 0;
let searchAbort = null;
/** What the last search returned, for "More results". */
let current = { state: null, nextCursor: null, shown: 0, total: 0 };

function syncControls(state) {
  if (document.activeElement !== els.q) els.q.value = state.q;
  els.sort.value = state.sort;
  els.from.value = /^\d{4}-\d{2}-\d{2}$/.test(state.from) ? state.from : '';
  els.to.value = /^\d{4}-\d{2}-\d{2}$/.test(state.to) ? state.to : '';
}

async function render() {
  const state = readState();
  syncControls(state);
  closeSuggestions();
  showError('');
  generation += 1;
  searchAbort?.abort();
  searchAbort = new AbortController();
  document.body.classList.toggle('doc-open', Boolean(state.id));
  if (state.id) return renderDocument(state, generation, searchAbort.signal);
  return renderSearch(state, generation, searchAbort.signal);
}

async function renderSearch(state, gen, signal) {
  els.doc.hidden = true;
  els.doc.replaceChildren();
  renderChips(state);
  els.status.textContent = 'Searching…';
  els.results.setAttribute('aria-busy', 'true');
  document.title = state.q ? `${state.q} – vidx search` : 'vidx search';
  let data;
  try {
    data = await getJson(`/v1/search?${searchParams(state)}`, signal);
  } catch (error) {
    if (gen !== generation) return;
    els.results.replaceChildren();
    els.results.removeAttribute('aria-busy');
    els.more.hidden = true;
    els.status.textContent = '';
    showError(`Search failed: ${error.message}`);
    return;
  }
  if (gen !== generation) return;
  els.results.removeAttribute('aria-busy');
  els.results.replaceChildren(...(data.hits ?? []).map((hit) => resultItem(hit)));
  current = { state, nextCursor: data.nextCursor ?? null, shown: (data.hits ?? []).length, total: data.total ?? 0, fuzzy: data.fuzzy === true, corrections: data.corrections ?? {} };
  renderFacets(state, data.facets ?? {});
  updateStatus();
}

function updateStatus() {
  const { state, shown, total, nextCursor, fuzzy, corrections } = current;
  const what = state.q ? ` for “${state.q}”` : '';
  const closeTo = Object.values(corrections ?? {});
  // Results of the typo-tolerant retry: say that nothing matched as typed, and what was matched instead.
  const spelling = fuzzy && total > 0 ? `No exact matches${what}; showing close spellings${closeTo.length ? ` (${closeTo.join(', ')})` : ''}. ` : '';
  els.status.textContent =
    total === 0 ? `No results${what}.` : `${spelling}${total} result${total === 1 ? '' : 's'}${spelling ? '' : what}` + (shown < total ? ` · showing ${shown}` : '');
  els.more.hidden = shown >= total;
  els.more.disabled = !nextCursor;
  els.more.title = nextCursor ? '' : 'This server does not page results: refine the search to see others';
}

function resultItem(hit) {
  const href = urlOf({ ...readState(), id: hit.id });
  const title = hit.highlight?.title ? renderMarked(hit.highlight.title) : hit.title || hit.id;
  // Fragments are cut at a word, not a sentence: say so when one stops mid-sentence.
  const fragments = hit.highlight?.body ?? [];
  const cut = fragments.length > 0 && !/[.!?…"'’”)\]]$/.test(unescapeHtml(fragments.at(-1).replace(/<\/?mark>/g, '')).trim());
  const body = fragments.length ? renderMarked(fragments.join(' … ') + (cut ? '…' : '')) : '';
  const people = [...(hit.people ?? []), ...(hit.organizations ?? []), ...(hit.locations ?? [])].slice(0, 6);
  return el(
    'li',
    { class: 'result' },
    el('h3', {}, el('a', { href, 'data-nav': true }, title)),
    el(
      'p',
      { class: 'meta' },
      hit.publishedAt ? el('time', { datetime: hit.publishedAt }, formatDate(hit.publishedAt)) : null,
      hit.publishedAt && hit.source ? ' · ' : null,
      hit.source
        ? el('button', { type: 'button', class: 'link-button', title: `Only ${hit.source}`, onclick: () => navigate(withFilter(readState(), 'source', hit.source, true)) }, hit.source)
        : null,
    ),
    el('p', { class: 'snippet' }, body),
    people.length ? el('p', { class: 'tags', 'aria-label': 'Mentioned' }, people.map((p) => el('span', { class: 'tag' }, p))) : null,
  );
}

function renderChips(state) {
  const chips = [];
  for (const f of FILTERS) {
    for (const value of state.filters[f.key]) {
      chips.push(chip(`${f.label}: ${value}`, () => navigate(withFilter(readState(), f.key, value, false)), f.key));
    }
  }
  if (state.from || state.to) chips.push(chip(`Dates: ${dateChipLabel(state)}`, () => navigate({ ...readState(), from: '', to: '', id: '' }), 'date'));
  if (chips.length > 1) {
    chips.push(el('button', { type: 'button', class: 'clear-all', onclick: () => navigate({ ...readState(), filters: Object.fromEntries(FILTERS.map((f) => [f.key, []])), from: '', to: '', id: '' }) }, 'Clear all'));
  }
  els.chips.replaceChildren(...chips);
}

function chip(label, onRemove, kind) {
  return el(
    'span',
    { class: 'chip', 'data-kind': kind },
    el('span', {}, label),
    el('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove filter ${label}`, title: 'Remove filter', onclick: onRemove }, '×'),
  );
}

function renderFacets(state, facets) {
  for (const f of FILTERS) {
    const section = $(`facet-${f.facet}`);
    const values = Array.isArray(facets[f.facet]) ? facets[f.facet] : [];
    const active = state.filters[f.key];
    // Active filters stay listed (pressed) even when the API no longer returns them as facets.
    const names = values.map(facetName).filter(Boolean);
    const items = [...active.filter((a) => !names.includes(a)).map((a) => ({ name: a, count: null })), ...values];
    section.hidden = items.length === 0;
    section.querySelector('ul').replaceChildren(
      ...items.map((v) => {
        const name = facetName(v);
        const on = active.includes(name);
        const count = facetCount(v);
        return el(
          'li',
          {},
          el(
            'button',
            { type: 'button', class: 'facet-value', 'aria-pressed': String(on), 'data-filter': f.key, 'data-value': name, onclick: () => navigate(withFilter(readState(), f.key, name, !on)) },
            el('span', { class: 'facet-name' }, name),
            count === null ? null : el('span', { class: 'count', 'aria-label': `${count} videos` }, String(count)),
          ),
        );
      }),
    );
  }
  renderDateFacet(state, facets.dates ?? []);
}

/** Years, or the months of a chosen year: choosing a period sets the search's from/to to it. */
function renderDateFacet(state, values) {
  const periods = (Array.isArray(values) ? values : [])
    .map((v) => ({ range: periodRange(v), count: facetCount(v) ?? 0 }))
    .filter((p) => p.range && p.count > 0);
  els.dates.hidden = periods.length === 0;
  const max = Math.max(1, ...periods.map((p) => p.count));
  els.dates.replaceChildren(
    ...periods.map(({ range, count }) => {
      const on = state.from === range.from && state.to === range.to;
      const bar = el('span', { class: 'bar', 'aria-hidden': 'true' });
      // CSSOM, not a style attribute: allowed by the page's content security policy.
      bar.style.width = `${Math.round((count / max) * 100)}%`;
      return el(
        'li',
        {},
        el(
          'button',
          { type: 'button', class: 'facet-value date-value', 'aria-pressed': String(on), 'data-filter': 'period', 'data-value': range.label, onclick: () => navigate({ ...readState(), from: on ? '' : range.from, to: on ? '' : range.to, id: '' }) },
          el('span', { class: 'facet-name' }, range.label, bar),
          el('span', { class: 'count', 'aria-label': `${count} videos` }, String(count)),
        ),
      );
    }),
  );
}

async function loadMore() {
  const { state, nextCursor } = current;
  if (!nextCursor || !state) return;
  const gen = generation;
  els.more.disabled = true;
  try {
    const params = searchParams(state);
    params.set('cursor', nextCursor);
    const data = await getJson(`/v1/search?${params}`);
    if (gen !== generation) return;
    const items = (data.hits ?? []).map((hit) => resultItem(hit));
    els.results.append(...items);
    current = { ...current, nextCursor: data.nextCursor ?? null, shown: current.shown + items.length, total: data.total ?? current.total };
    updateStatus();
    items[0]?.querySelector('a')?.focus();
  } catch (error) {
    if (gen === generation) showError(`Could not load more results: ${error.message}`);
    els.more.disabled = false;
  }
}

// ---------------------------------------------------------------- document view

/** Text with its entity mentions (offsets into exactly this text) wrapped in typed <mark>s. */
function markEntities(text, entities, field) {
  const out = document.createDocumentFragment();
  const mentions = entities
    .filter((e) => e.field === field && e.start >= 0 && e.end > e.start && e.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const e of mentions) {
    if (e.start < at) continue; // overlaps the previous mention: keep the first, longest one
    if (e.start > at) out.append(text.slice(at, e.start));
    const label = ENTITY_TYPES.find((t) => t.type === e.type)?.label ?? e.type;
    const title = e.canonical && e.canonical !== e.text ? `${label}: ${e.canonical}` : label;
    out.append(el('mark', { class: `ent ent-${e.type.toLowerCase()}`, 'data-type': e.type, title }, text.slice(e.start, e.end)));
    at = e.end;
  }
  out.append(text.slice(at));
  return out;
}

function safeLink(url, text = url) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') {
      return el('a', { href: parsed.href, rel: 'noopener noreferrer nofollow', target: '_blank' }, text);
    }
  } catch {
    // Not a URL: show it as text.
  }
  return el('span', {}, text);
}

async function renderDocument(state, gen, signal) {
  els.results.replaceChildren();
  els.more.hidden = true;
  els.chips.replaceChildren();
  els.status.textContent = 'Loading the video…';
  els.doc.hidden = false;
  els.doc.replaceChildren();
  let doc;
  try {
    doc = await getJson(`/v1/videos/${encodeURIComponent(state.id)}`, signal);
  } catch (error) {
    if (gen !== generation) return;
    els.status.textContent = '';
    els.doc.replaceChildren(backLink(state), el('h2', { id: 'doc-title', tabindex: '-1' }, error.status === 404 ? 'Video not found' : 'Could not load the video'), el('p', {}, error.message));
    return;
  }
  if (gen !== generation) return;
  els.status.textContent = '';
  document.title = `${doc.title} – vidx`;
  const entities = Array.isArray(doc.entities) ? doc.entities : [];
  const present = ENTITY_TYPES.filter((t) => entities.some((e) => e.type === t.type));
  const removed = Array.isArray(doc.removed) ? doc.removed : [];
  const links = Array.isArray(doc.links) ? doc.links : [];
  const hashtags = Array.isArray(doc.hashtags) ? doc.hashtags : [];
  const chapters = Array.isArray(doc.chapters) ? doc.chapters : [];
  const parts = [
    backLink(state),
    el('h2', { id: 'doc-title', tabindex: '-1' }, markEntities(doc.title ?? '', entities, 'title')),
    el(
      'p',
      { class: 'meta' },
      doc.publishedAt ? el('time', { datetime: doc.publishedAt }, formatDate(doc.publishedAt)) : null,
      doc.publishedAt && doc.source ? ' · ' : null,
      doc.source ?? null,
      doc.url ? [' · ', safeLink(doc.url, 'Original video')] : null,
    ),
    present.length
      ? el(
          'ul',
          { class: 'legend', 'aria-label': 'Entity colours' },
          present.map((t) => el('li', {}, el('mark', { class: `ent ent-${t.type.toLowerCase()}` }, t.label), ` ${entities.filter((e) => e.type === t.type).length}`)),
        )
      : null,
    el('div', { class: 'body' }, markEntities(doc.body ?? '', entities, 'body')),
    chapters.length ? el('section', { class: 'extra' }, el('h3', {}, 'Chapters'), el('ol', { class: 'chapters' }, chapters.map((c) => el('li', {}, el('span', { class: 'time' }, c.time), ' ', c.title)))) : null,
    hashtags.length ? el('section', { class: 'extra' }, el('h3', {}, 'Hashtags'), el('p', { class: 'tags' }, hashtags.map((h) => el('span', { class: 'tag' }, h.startsWith('#') ? h : `#${h}`)))) : null,
    links.length ? el('section', { class: 'extra' }, el('h3', {}, 'Links'), el('ul', { class: 'links' }, links.map((l) => el('li', {}, safeLink(l))))) : null,
    removed.length
      ? el(
          'details',
          { class: 'removed' },
          el('summary', {}, `Removed boilerplate (${removed.length})`),
          el('ul', {}, removed.map((r) => el('li', {}, el('span', { class: 'removed-text' }, r.text), ' ', el('span', { class: 'reason' }, r.reason)))),
        )
      : el('p', { class: 'note' }, 'No boilerplate was removed from this description.'),
  ];
  els.doc.replaceChildren(...parts.filter(Boolean));
  $('doc-title').focus();
}

function backLink(state) {
  const target = { ...state, id: '' };
  return el(
    'a',
    {
      class: 'back',
      href: urlOf(target),
      onclick: (event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        // Opened from this page: going back keeps the history a shareable trail.
        if (history.state?.fromSearch) history.back();
        else navigate(target);
      },
    },
    '← Back to results',
  );
}

// ---------------------------------------------------------------- suggestions

let suggestMode = 'suggest'; // 'suggest' → 'entities' → 'none' as endpoints turn out missing
let suggestTimer = 0;
let suggestAbort = null;
let options = [];
let active = -1;

async function fetchSuggestions(text, signal) {
  if (suggestMode === 'suggest') {
    try {
      // { entities: [{ id, type, name }], titles: [{ id, title, publishedAt, source }] }
      const data = await getJson(`/v1/suggest?q=${encodeURIComponent(text)}&size=5`, signal);
      const entities = (data.entities ?? []).map((e) => ({ text: e.name, type: e.type }));
      const titles = (data.titles ?? []).map((t) => ({ text: t.title, id: t.id, detail: [formatDate(t.publishedAt), t.source].filter(Boolean).join(' · ') }));
      return [...entities, ...titles].filter((s) => s.text);
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 404) throw error;
      suggestMode = 'entities';
    }
  }
  if (suggestMode === 'entities') {
    try {
      const data = await getJson(`/v1/entities?prefix=${encodeURIComponent(text)}&size=8`, signal);
      return (data.entities ?? []).map((e) => ({ text: e.canonical, type: e.type, count: e.documents }));
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 404) throw error;
      suggestMode = 'none';
    }
  }
  return [];
}

function scheduleSuggestions() {
  clearTimeout(suggestTimer);
  const text = els.q.value.trim();
  if (text.length < 2 || suggestMode === 'none') return closeSuggestions();
  suggestTimer = setTimeout(async () => {
    suggestAbort?.abort();
    suggestAbort = new AbortController();
    try {
      const list = await fetchSuggestions(text, suggestAbort.signal);
      if (els.q.value.trim() !== text || document.activeElement !== els.q) return;
      showSuggestions(list.slice(0, 8));
    } catch {
      closeSuggestions(); // suggestions are a convenience: a failure never blocks searching
    }
  }, SUGGEST_DELAY_MS);
}

function showSuggestions(list) {
  options = list;
  active = -1;
  if (list.length === 0) return closeSuggestions();
  els.suggestions.replaceChildren(
    ...list.map((s, i) =>
      el(
        'li',
        {
          id: `suggestion-${i}`,
          role: 'option',
          'aria-selected': 'false',
          onmousedown: (event) => event.preventDefault(), // keep focus in the box
          onclick: () => choose(i),
        },
        el('span', { class: 'text' }, s.text),
        s.type ? el('span', { class: `kind ent-${String(s.type).toLowerCase()}` }, ENTITY_TYPES.find((t) => t.type === s.type)?.label ?? s.type) : null,
        s.id ? el('span', { class: 'kind video' }, s.detail || 'Video') : null,
      ),
    ),
  );
  els.suggestions.hidden = false;
  els.q.setAttribute('aria-expanded', 'true');
}

function closeSuggestions() {
  clearTimeout(suggestTimer);
  options = [];
  active = -1;
  els.suggestions.hidden = true;
  els.suggestions.replaceChildren();
  els.q.setAttribute('aria-expanded', 'false');
  els.q.removeAttribute('aria-activedescendant');
}

function setActive(index) {
  active = index;
  [...els.suggestions.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
  if (index >= 0) {
    els.q.setAttribute('aria-activedescendant', `suggestion-${index}`);
    els.suggestions.children[index].scrollIntoView({ block: 'nearest' });
  } else {
    els.q.removeAttribute('aria-activedescendant');
  }
}

function choose(index) {
  const option = options[index];
  if (!option) return;
  closeSuggestions();
  if (option.id) {
    // A video title: open that video, keeping the search it was found from.
    history.pushState({ fromSearch: true }, '', urlOf({ ...readState(), id: option.id }));
    render();
    return;
  }
  els.q.value = option.text;
  submitSearch();
}

function submitSearch() {
  navigate({ ...readState(), q: els.q.value.trim(), sort: els.sort.value, id: '' });
}

// ---------------------------------------------------------------- wiring

els.q.addEventListener('input', scheduleSuggestions);
els.q.addEventListener('keydown', (event) => {
  const open = !els.suggestions.hidden && options.length > 0;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    if (!open) {
      if (event.key === 'ArrowDown') scheduleSuggestions();
      return;
    }
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    // Cycles through the options and back to the text box itself (-1).
    const next = active + step;
    setActive(next >= options.length ? -1 : next < -1 ? options.length - 1 : next);
  } else if (event.key === 'Enter' && open && active >= 0) {
    event.preventDefault();
    choose(active);
  } else if (event.key === 'Escape' && open) {
    event.preventDefault();
    closeSuggestions();
  } else if (event.key === 'Tab') {
    closeSuggestions();
  }
});
els.q.addEventListener('blur', () => setTimeout(closeSuggestions, 100));
els.form.addEventListener('submit', (event) => {
  event.preventDefault();
  submitSearch();
});
els.sort.addEventListener('change', () => navigate({ ...readState(), sort: els.sort.value, id: '' }));
els.dateRange.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate({ ...readState(), from: els.from.value, to: els.to.value, id: '' });
});
els.more.addEventListener('click', loadMore);
els.filtersToggle.addEventListener('click', () => {
  const open = els.filtersToggle.getAttribute('aria-expanded') !== 'true';
  els.filtersToggle.setAttribute('aria-expanded', String(open));
  els.facets.classList.toggle('open', open);
});
els.home.addEventListener('click', (event) => {
  if (event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  els.q.value = '';
  navigate(readState('?'));
});
// Result links: same-page navigation that remembers it came from a search (for "Back").
els.results.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-nav]') : null;
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  history.pushState({ fromSearch: true }, '', link.getAttribute('href'));
  render();
});
window.addEventListener('popstate', () => render());

render();
