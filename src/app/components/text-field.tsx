import type { InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'> & {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A code typed in capitals (a household code, a sign-in code): no autocorrect, no spellcheck, large monospace. */
  code?: boolean;
};

const CODE = { autoCapitalize: 'characters', autoCorrect: 'off', spellCheck: false } as const;

/** A labelled one-line input, the label above it and tied to it by id: every text field in a form is drawn the same way. */
export function TextField({ id, label, value, onChange, code = false, ...rest }: Props) {
  return (
    <>
      <label className="hvs-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className={code ? 'hvs-input hvs-code-input' : 'hvs-input'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...(code ? CODE : {})}
        {...rest}
      />
    </>
  );
}
