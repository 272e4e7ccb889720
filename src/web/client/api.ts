/** Typed calls to the newsbrief JSON API (same origin). */

// The API answers with the store's rows as they are.
import type { StoryRow } from '../../store/store.js';

export type { StoryRow };

export interface Sentence {
  id: string;
  text: string;
}

export interface ArticleJson {
  id: string;
  title: string | null;
  source: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  sentences: Sentence[];
  copies: { article: string; share: number; reworded: boolean; swaps: [string, string][] }[];
}

export interface SummarySentence {
  text: string;
  sentence: string;
  article: string;
  citations: string[];
}

export interface QuoteJson {
  speaker: string;
  text: string;
  partial: boolean;
  citations: string[];
}

export interface TimelineEntry {
  date: string;
  text: string;
  citations: string[];
}

export interface EntityJson {
  name: string;
  type: string;
  aliases: string[];
  role?: string | null;
  mentions: number;
}

export interface StoryBriefing {
  story: StoryRow;
  briefing: {
    articles: ArticleJson[];
    stories: {
      id: string;
      title: string;
      summary: SummarySentence[];
      quotes?: QuoteJson[];
      timeline?: TimelineEntry[];
      entities?: EntityJson[];
    }[];
  };
}

export interface StoredArticle {
  id: string;
  story: string;
  title: string | null;
  source: string | null;
  published: string | null;
  url: string | null;
  sentences: Sentence[];
}

/** An error the API answered with. */
export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const err = (body as { error?: { code: string; message: string } } | null)?.error;
    throw new ApiFailure(err?.code ?? 'http', err?.message ?? `${res.status} ${res.statusText}`);
  }
  return body as T;
}

export const api = {
  stories: (q = '') => call<{ stories: StoryRow[] }>(`/api/stories${q ? `?q=${encodeURIComponent(q)}` : ''}`),
  story: (id: string) => call<StoryBriefing>(`/api/stories/${encodeURIComponent(id)}`),
  article: (id: string) => call<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`),
  ingestText: (text: string, token: string) =>
    call<{ articles: { id: string; status: string; story: string }[] }>('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ documents: [{ text }] }),
    }),
  ingestFile: (file: File, token: string) =>
    call<{ articles: { id: string; status: string; story: string }[] }>(
      `/api/articles/raw?name=${encodeURIComponent(file.name)}`,
      {
        method: 'POST',
        headers: {
          'content-type': /\.html?$/i.test(file.name)
            ? 'text/html'
            : /\.jsonl$/i.test(file.name)
              ? 'application/x-ndjson'
              : 'text/plain',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: file,
      },
    ),
};
