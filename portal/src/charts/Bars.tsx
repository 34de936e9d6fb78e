import type { ReactNode } from 'react';

export interface Bar {
  key: string;
  label: ReactNode;
  value: number;
  /** Said after the value, e.g. "3 attended". */
  note?: ReactNode;
}

/**
 * Horizontal bars drawn with CSS: readable as text (each bar says its figure), no script to
 * download, and as wide as a phone allows. The longest bar is the largest value.
 */
export function Bars({ caption, bars, empty }: { caption: ReactNode; bars: readonly Bar[]; empty: ReactNode }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <figure className="bars">
      <figcaption>{caption}</figcaption>
      {bars.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {bars.map((bar) => (
            <li key={bar.key}>
              <span className="bar-label">{bar.label}</span>
              <span className="bar-track" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${(100 * bar.value) / max}%` }} />
              </span>
              <span className="bar-value">
                {bar.value}
                {bar.note ? <> · {bar.note}</> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
