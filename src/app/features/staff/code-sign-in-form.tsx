import { OneTimeCodeForm } from './one-time-code-form';

/** Desktop sign-in: the one-time code shown in the app ("Đăng nhập trên máy tính") or printed by `npm run staff`. */
export function CodeSignInForm({ onSignIn }: { onSignIn: (code: string) => Promise<string | undefined> }) {
  return <OneTimeCodeForm kind="signIn" onSubmit={onSignIn} />;
}
