import type { ReactNode } from 'react';

/** Headline figures as a row of cards (a description list, so each number keeps its name). */
export function Figures({
  label,
  items,
}: {
  label: string;
  items: { key: string; name: string; value: ReactNode }[];
}) {
  return (
    <dl className="figures" aria-label={label}>
      {items.map((item) => (
        <div key={item.key} className="figure">
          <dt>{item.name}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
