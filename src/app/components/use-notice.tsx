import { useCallback } from 'react';
import { useSnackbar } from 'zmp-ui';

/**
 * zmp-ui's snackbar with our own icon: its built-in icons come from a font on Zalo's CDN that browsers outside
 * Zalo (and offline phones) cannot load, which prints the icon's name over the message.
 */
export function useNotice() {
  const { openSnackbar } = useSnackbar();
  return useCallback(
    (text: string, kind: 'success' | 'error' = 'success') =>
      openSnackbar({
        text,
        type: kind,
        duration: 4000,
        prefixIcon: (
          <span className={`hvs-snack-icon is-${kind}`} aria-hidden>
            {kind === 'success' ? '✓' : '!'}
          </span>
        ),
      }),
    [openSnackbar],
  );
}
