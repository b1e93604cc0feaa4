import type { ButtonHTMLAttributes } from 'react';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & {
  /** primary: the step the screen is for; secondary: another way on; danger: takes something away. */
  kind: 'primary' | 'secondary' | 'danger';
};

/**
 * The app's large button. Always type="button", so one inside a form never submits it by accident; `className` adds
 * to the look (hvs-wide, hvs-btn-small), after the kind's classes.
 */
export function Button({ kind, className, ...rest }: Props) {
  return <button type="button" className={`hvs-btn hvs-btn-${kind}${className ? ` ${className}` : ''}`} {...rest} />;
}
