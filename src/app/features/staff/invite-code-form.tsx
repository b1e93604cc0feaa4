import { OneTimeCodeForm } from './one-time-code-form';

type Props = { initialCode: string; onAccept: (code: string) => Promise<string | undefined> };

/** Accepting an invite binds the staff role in it to the account signed in now: asked once, with the code shown. */
export function InviteCodeForm({ initialCode, onAccept }: Props) {
  return <OneTimeCodeForm kind="accept" initialCode={initialCode} onSubmit={onAccept} />;
}
