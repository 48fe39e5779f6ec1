import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';

export interface Bar {
  label: string;
  count: number;
}

/**
 * A small horizontal bar chart (Observable Plot). The SVG is hidden from screen readers and
 * the same counts follow it as a list, so nothing is told by the picture alone. Plot adds a
 * <style> element to its SVG; the server's Content-Security-Policy refuses inline styles,
 * so it is taken out and the same rules live in app.scss (.app-bar-chart).
 */
export function BarChart({ title, bars }: { title: string; bars: readonly Bar[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = JSON.stringify(bars);
  useEffect(() => {
    const holder = ref.current;
    if (!holder) return;
    const chart = Plot.plot({
      className: 'app-bar-chart__svg',
      width: 400,
      height: 30 * bars.length + 30,
      marginLeft: 120,
      // Set through the CSSOM, which the Content-Security-Policy allows (a style attribute it would not).
      style: { fontSize: '14px' },
      x: { label: null, grid: true, tickFormat: 'd', ticks: 4 },
      y: { label: null, domain: bars.map((b) => b.label) },
      marks: [
        Plot.barX(bars, { x: 'count', y: 'label', fill: '#1d70b8' }),
        Plot.text(bars, { x: 'count', y: 'label', text: (d: Bar) => String(d.count), dx: 10 }),
        Plot.ruleX([0]),
      ],
    });
    chart.querySelectorAll('style').forEach((style) => style.remove());
    chart.setAttribute('aria-hidden', 'true');
    holder.replaceChildren(chart);
    return () => holder.replaceChildren();
  }, [key]);
  return (
    <figure className="app-bar-chart">
      <figcaption className="govuk-heading-s">{title}</figcaption>
      <div ref={ref} />
      <ul className="govuk-visually-hidden">
        {bars.map((bar) => (
          <li key={bar.label}>
            {bar.label}: {bar.count}
          </li>
        ))}
      </ul>
    </figure>
  );
}
