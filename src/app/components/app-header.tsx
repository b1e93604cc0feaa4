import type { ComponentProps } from 'react';
import { Header } from 'zmp-ui';

/**
 * zmp-ui's Header with our own back arrow: its default icon comes from a font on Zalo's CDN, which browsers
 * outside Zalo (and offline phones) cannot load, leaving the icon's name printed as text.
 */
export function AppHeader(props: ComponentProps<typeof Header>) {
  const backIcon = (
    <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden focusable="false">
      <path d="M15.5 4.5 8 12l7.5 7.5" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
  return <Header backIcon={backIcon} {...props} />;
}
