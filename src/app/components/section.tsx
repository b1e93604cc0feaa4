import type { ReactNode } from 'react';

/** A titled part of a page. Screen readers name the region by its heading, so the id ties the two together. */
export function Section({
  id,
  title,
  card = true,
  children,
}: {
  id: string;
  title: ReactNode;
  card?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={card ? 'hvs-card hvs-section' : 'hvs-section'} aria-labelledby={id}>
      <h2 id={id} className="hvs-h2">
        {title}
      </h2>
      {children}
    </section>
  );
}
