import type { ReactNode } from 'react';

type Props = {
  legend: ReactNode;
  areas: readonly { id: string; name: string }[];
  isOn: (id: string) => boolean;
  onPick: (id: string) => void;
  /** Several areas (checkboxes) rather than one (radio buttons sharing this name). */
  multiple?: boolean;
  name?: string;
};

/** Tổ dân phố as large tappable choices, the chosen ones marked; one (a household's) or several (a team's). */
export function AreaChoices({ legend, areas, isOn, onPick, multiple = false, name }: Props) {
  return (
    <fieldset className="hvs-fieldset">
      <legend className="hvs-label">{legend}</legend>
      <div className="hvs-radios">
        {areas.map((a) => (
          <label key={a.id} className={`hvs-radio${isOn(a.id) ? ' is-on' : ''}`}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={multiple ? undefined : name}
              value={multiple ? undefined : a.id}
              checked={isOn(a.id)}
              onChange={() => onPick(a.id)}
            />
            <span>{a.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
