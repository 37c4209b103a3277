/**
 * The router: the URL is the app's whole state. Links inside the app change the URL with the
 * History API and render the page it names; the back button and reloads render the same page.
 * After each render the page's heading takes focus and the new title is announced.
 */
import { ApiError } from './api.js';
import { append, h, type Child } from './dom.js';
import { documentPage, entity, search, story, storyline, timeline, type Page } from './views.js';

const main = document.getElementById('main') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;
let rendering = 0;

async function pageFor(url: URL): Promise<Page> {
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [section, id] = parts;
  if (!section) return timeline(url.searchParams, go);
  if (section === 'search') return search(url.searchParams);
  if (id !== undefined && parts.length === 2) {
    if (section === 'story') return story(id);
    if (section === 'entity') return entity(id);
    if (section === 'storyline') return storyline(id);
    if (section === 'document') return documentPage(id);
  }
  throw new ApiError(`no page ${url.pathname}`, 404);
}

async function render(focus: boolean): Promise<void> {
  const mine = ++rendering;
  const url = new URL(location.href);
  main.setAttribute('aria-busy', 'true');
  let page: Page;
  try {
    page = await pageFor(url);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    page = { title: 'Not found', content: [h('h1', { tabindex: -1 }, err instanceof ApiError && err.status === 404 ? 'Not found' : 'Something went wrong'), h('p', {}, message), h('p', {}, h('a', { href: '/' }, 'Back to the timeline'))] };
  }
  if (mine !== rendering) return; // a later navigation won
  main.replaceChildren();
  append(main, page.content as Child);
  main.removeAttribute('aria-busy');
  document.title = `${page.title} · Dossier`;
  status.textContent = `${page.title} loaded`;
  if (url.hash) {
    const target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
    if (target) {
      target.setAttribute('tabindex', '-1');
      target.focus();
      target.scrollIntoView({ block: 'center' });
      return;
    }
  }
  if (focus) (main.querySelector('h1') ?? main).focus();
}

/** Navigates to an app URL, keeping it in the history. */
function go(href: string): void {
  history.pushState(null, '', href);
  window.scrollTo(0, 0);
  void render(true);
}

document.addEventListener('click', (ev) => {
  if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  const a = (ev.target as Element | null)?.closest('a');
  if (!a || a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname === '/openapi.json') return;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return; // in-page anchor
  ev.preventDefault();
  go(url.pathname + url.search + url.hash);
});

// The header's search box navigates inside the app.
const quick = document.querySelector<HTMLFormElement>('form.quick');
quick?.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = new FormData(quick).get('q');
  go(`/search?q=${encodeURIComponent(String(q ?? ''))}`);
});

window.addEventListener('popstate', () => void render(true));
void render(false);
