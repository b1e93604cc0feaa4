import type { FormHTMLAttributes, ReactNode } from 'react';

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, 'className' | 'title' | 'aria-labelledby'> & {
  /** The heading's id: the form is named by its heading, so a screen reader announces what it is for. */
  titleId: string;
  title: ReactNode;
  hint?: string;
  /** Classes added after the card's own. */
  className?: string;
};

/** A form in a card of its own, under its heading and a line of help. */
export function FormCard({ titleId, title, hint, className, children, ...rest }: Props) {
  return (
    <form className={`hvs-card hvs-form${className ? ` ${className}` : ''}`} aria-labelledby={titleId} {...rest}>
      <h2 id={titleId} className="hvs-h2">
        {title}
      </h2>
      {hint && <p className="hvs-muted">{hint}</p>}
      {children}
    </form>
  );
}
