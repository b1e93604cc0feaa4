import type { ReactNode } from 'react';
import { ErrorNote } from './error-note';

type Props = {
  disabled: boolean;
  /** What the reader still has to fix, in words; nothing when all is well. */
  problem?: string | false;
  /** The service's error code from the last try. */
  error?: string;
  wide?: boolean;
  /** The button's words. */
  children: ReactNode;
};

/**
 * How every form ends: what is missing, then what the service said, then the submit button (disabled while sending),
 * so the messages always stand just above the button the reader is about to press again.
 */
export function FormSubmit({ disabled, problem, error, wide = false, children }: Props) {
  return (
    <>
      {problem && <p className="hvs-field-error">{problem}</p>}
      {error && <ErrorNote code={error} />}
      <button type="submit" className={`hvs-btn hvs-btn-primary${wide ? ' hvs-wide' : ''}`} disabled={disabled}>
        {children}
      </button>
    </>
  );
}
