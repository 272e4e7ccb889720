import type { TimelineEntry } from './api.js';
import { h, svg } from './dom.js';

/** The story's dated events drawn on a time axis, each dot a link to its list entry below. */
export function timelineChart(entries: readonly TimelineEntry[]): HTMLElement | null {
  const dated = entries
    .map((e, i) => ({ ...e, i, t: Date.parse(e.date.slice(0, 10)) }))
    .filter((e) => !Number.isNaN(e.t));
  if (dated.length === 0) return null;
  const min = Math.min(...dated.map((e) => e.t));
  const max = Math.max(...dated.map((e) => e.t));
  const width = 600;
  const pad = 40;
  const x = (t: number) => (max === min ? width / 2 : pad + ((t - min) / (max - min)) * (width - 2 * pad));
  const lanes = new Map<number, number>();
  const dots = dated.map((e) => {
    const lane = lanes.get(e.t) ?? 0;
    lanes.set(e.t, lane + 1);
    const circle = svg(
      'circle',
      { cx: x(e.t), cy: 60 - lane * 12, r: 5, class: 'dot' },
      svg('title', {}, `${e.date}: ${e.text}`),
    );
    const link = svg('a', { href: `#event-${e.i}` }, circle);
    return link;
  });
  const label = (t: number, anchor: string) =>
    svg(
      'text',
      { x: x(t), y: 88, 'text-anchor': anchor, class: 'tick' },
      new Date(t).toISOString().slice(0, 10),
    );
  const chart = svg(
    'svg',
    {
      viewBox: `0 0 ${width} 100`,
      role: 'img',
      'aria-label': `Timeline of ${dated.length} dated events`,
      class: 'timeline-chart',
    },
    svg('line', { x1: pad, x2: width - pad, y1: 70, y2: 70, class: 'axis' }),
    label(min, max === min ? 'middle' : 'start'),
    max === min ? null : label(max, 'end'),
    ...dots,
  );
  return h('figure', { class: 'timeline' }, chart);
}
