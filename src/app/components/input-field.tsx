import type { InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'className'> & {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A short field in a row of controls (a class, a count, a score). */
  small?: boolean;
};

/**
 * A labelled input in a row of controls. Like SelectField the label wraps it, so tapping the words focuses it too (a
 * bigger target); TextField is the one for a form's own column, where the label stands above and is tied by id.
 */
export function InputField({ label, value, onChange, small = false, ...rest }: Props) {
  return (
    <label className={small ? 'hvs-field hvs-field-small' : 'hvs-field'}>
      <span className="hvs-label">{label}</span>
      <input className="hvs-input" value={value} onChange={(e) => onChange(e.target.value)} {...rest} />
    </label>
  );
}

/** A whole number (a count, a score): a short field that opens the phone's number pad. */
export function NumberField(props: Omit<Props, 'small' | 'type' | 'inputMode'>) {
  return <InputField small type="number" inputMode="numeric" {...props} />;
}
