type Item = { id: string; name?: string; title?: string };

/** One option per item (an area's name, a lesson's or track's title): every list in a form is drawn the same way. */
export function OptionList({ items }: { items: readonly Item[] }) {
  return (
    <>
      {items.map((i) => (
        <option key={i.id} value={i.id}>
          {i.name ?? i.title}
        </option>
      ))}
    </>
  );
}

/**
 * A labelled select. `first` is an extra first choice with an empty value ("All", "Choose…"); the label wraps the
 * select, so tapping the words opens it too (a bigger target).
 */
export function SelectField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  items: readonly Item[];
  first?: string;
}) {
  return (
    <label className="hvs-field">
      <span className="hvs-label">{props.label}</span>
      <select className="hvs-input" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.first !== undefined && <option value="">{props.first}</option>}
        <OptionList items={props.items} />
      </select>
    </label>
  );
}
