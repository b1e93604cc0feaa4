import type { ReactNode } from 'react';

/** A table's row of column headings, in order; a heading can be markup (words only a screen reader hears). */
export function TableHead({ cols }: { cols: ReactNode[] }) {
  return (
    <thead>
      <tr>
        {cols.map((c, i) => (
          // The headings never move, so their place is their identity.
          <th key={i} scope="col">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}
