/** The JSON API as the app reads it. */

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** GET a JSON document from the API; a non-2xx answer throws with the server's `error`. */
export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  const body = (await res.json().catch(() => ({}))) as { error?: string };
  if (!res.ok) throw new ApiError(body.error ?? `${res.status} ${res.statusText}`, res.status);
  return body as T;
}

export interface List<T> {
  items: T[];
  total: number;
}

export interface EventItem {
  id: string;
  kind: string;
  title: string;
  date: string | null;
  location: string | null;
  place: string | null;
  participants: string[];
  reports: string[];
  sources: number;
  mentionedIn: number;
  langs: string[];
  storyline: string | null;
}

export interface Facets {
  langs: string[];
  kinds: string[];
  first: string | null;
  last: string | null;
}

export interface Report {
  id: string;
  lang: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  published: string | null;
  source: string;
}

export interface Span {
  doc: string;
  start: number;
  end: number;
  text: string;
}

export interface Quote extends Span {
  speaker: string | null;
  speakerText: string | null;
  speakerName?: string | null;
  kind: 'direct' | 'reported';
  parts?: { start: number; end: number; text: string }[];
}

export interface Evidence {
  doc: string;
  start: number;
  end: number;
  of: string;
  value?: number;
}

export interface EventDetail {
  id: string;
  kind: string;
  title: string;
  summary?: string;
  date: string | null;
  location: { id: string; name: string } | null;
  participants: { id: string; name: string }[];
  reports: Report[];
  sources: number;
  storyline: string | null;
  mentions: Span[];
  facts: Record<string, number>;
  similarity?: { doc: string; score: number; copyOf: string | null; shared: string[] }[];
  evidence: Evidence[];
  quotes: Quote[];
}

export interface DocumentDetail {
  id: string;
  source: string;
  lang: string;
  published: string | null;
  title: string | null;
  publisher: string | null;
  dateline: string | null;
  body: string;
  url: string | null;
  mentions: (Span & { entity: string })[];
  quotes: Quote[];
  events: string[];
}

export interface EntityItem {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  roles: string[];
  mentionCount: number;
}

export interface EntityDetail {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  roles: string[];
  /** Each role with the first and last publication day of the reports that give it. */
  roleDates: { role: string; from: string | null; to: string | null; documents: string[] }[];
  mentions: Span[];
  events: { id: string; title: string; date: string | null; kind: string }[];
  quotes: Quote[];
  quotesAbout: Quote[];
  cooccurring: { id: string; name: string; type: string; documents: number }[];
  documents: { id: string; lang: string | null; title: string | null; label: string }[];
}

export interface StorylineDetail {
  id: string;
  title: string;
  events: { id: string; title: string; date: string | null; kind: string; reports: string[] }[];
}

export interface SearchHit {
  doc: string;
  lang: string;
  title: string | null;
  label: string;
  snippet: string;
  highlights: [number, number][];
  via: 'text' | 'entity';
  entity?: string;
  entityName?: string;
  event?: string;
}
