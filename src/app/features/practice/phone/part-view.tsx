import type { PracticePart } from '../../../../core/practice/practice-schema';
import type { ViewProps } from './view-props';

type Props = { part: PracticePart; marks?: number[]; className?: string };

/**
 * One part of an item as the phone would show it. Links and buttons are pictures: spans, never <a> or <button>, so
 * nothing in an item can be tapped or followed. After the answer a clue's part carries its outline and number(s).
 */
export function PartView({ part, marks, className = '' }: Props) {
  return (
    <span className={`pr-part pr-${part.role} ${marks ? 'is-marked' : ''} ${className}`} data-part={part.id}>
      {marks && <Marks marks={marks} />}
      {part.text}
    </span>
  );
}

/** The clue numbers, matching the numbered list under the item. */
export function Marks({ marks }: { marks: number[] }) {
  return (
    <span className="pr-marks">
      {marks.map((n) => (
        <span key={n} className="pr-mark">
          {n}
        </span>
      ))}
    </span>
  );
}

/** The sender (caller, page address, app name): a clue may point at it as "from". */
export function FromView({ from, marks, className = '' }: { from: string; marks?: number[]; className?: string }) {
  return (
    <span className={`pr-from ${marks ? 'is-marked' : ''} ${className}`} data-part="from">
      {marks && <Marks marks={marks} />}
      {from}
    </span>
  );
}

/** The first letter of a name, for the round avatar phones draw when there is no photo; a bare number gets a figure. */
/** The sender's name (with its clue marks) over the thread's subtitle, as the top of a chat or a notification. */
export function SenderText({ side, marks }: ViewProps) {
  return (
    <span className="pr-head-text">
      <FromView from={side.from} marks={marks?.get('from')} />
      {side.subtitle && <span className="pr-sub">{side.subtitle}</span>}
    </span>
  );
}

export const initial = (name: string) => /\p{L}/u.exec(name.split(/\s/)[0] ?? '')?.[0].toUpperCase() ?? '👤';
