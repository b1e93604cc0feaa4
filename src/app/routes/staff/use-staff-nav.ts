import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'zmp-ui';
import type { Catalog } from '../../../core/content/catalog';
import type { FileResult } from '../../api/staff-api';
import { catalog as loaded } from '../../content/lessons';
import type { LessonOption } from '../../features/team/lesson-option';
import { useNotice } from '../../components/use-notice';
import { useAppState, usePlatform } from '../../store/store-context';

// The virtual module's declaration does not carry the type through; name it here.
export const catalog: Catalog = loaded;

/** Going up a level: a staff screen opened from a link (or a desktop bookmark) has no history to go back to. */
export function useUp() {
  const navigate = useNavigate();
  return useCallback((to: string) => navigate(to, { replace: true, direction: 'backward' }), [navigate]);
}

/** Every lesson in program order in the reader's language; `required` in the order the program lists them. */
export function useLessonOptions(): { all: LessonOption[]; required: LessonOption[] } {
  const lang = useAppState((s) => s.settings.lang);
  return useMemo(() => {
    const all = catalog.lessons.map((l) => ({ id: l.id, title: l.title[lang], required: l.required }));
    const required = catalog.program.required
      .map((id: string) => all.find((l) => l.id === id))
      .filter((l): l is LessonOption => Boolean(l));
    return { all, required };
  }, [lang]);
}

/** Shares an app path (Zalo's share sheet, or the browser's) and says how it went. */
export function useShareNotice() {
  const { t } = useTranslation('staff');
  const platform = usePlatform();
  const notice = useNotice();
  return useCallback(
    async (path: string, title: string, description: string) => {
      const outcome = await platform.share({ path, title, description });
      if (outcome === 'cancelled') return;
      notice(t(`shareOutcome.${outcome}`), outcome === 'failed' ? 'error' : 'success');
    },
    [platform, notice, t],
  );
}

/**
 * Fetches a file the service makes (a report, an export) and saves it, saying where. Zalo has no downloads: there it
 * says so before fetching a file the phone cannot keep. Returns the error code to show, if any.
 */
export function useDownload() {
  const { t } = useTranslation('staff');
  const platform = usePlatform();
  const notice = useNotice();
  return useCallback(
    async (fetchFile: () => Promise<FileResult>) => {
      if (platform.kind === 'zalo') return 'desktop_only';
      const r = await fetchFile();
      if (!r.ok) return r.error.code;
      await platform.saveFile(r.value.fileName, r.value.blob);
      notice(t('export.saved', { file: r.value.fileName }));
      return undefined;
    },
    [platform, notice, t],
  );
}

/**
 * Opens a printable page in a new tab, or says why it could not. Zalo has no tabs: there the page opens in Zalo's own
 * browser from a signed 10-minute link (`link`), since that browser cannot send our sign-in.
 */
export function usePrintNotice() {
  const { t } = useTranslation('staff');
  const platform = usePlatform();
  const notice = useNotice();
  return useCallback(
    async (load: () => Promise<Blob | string | undefined>, link?: () => Promise<string | undefined>) => {
      let failed: string | undefined;
      const outcome = await platform.openDocument(async () => {
        const r = await load();
        if (typeof r === 'string') failed = r;
        return typeof r === 'string' ? undefined : r;
      });
      if (outcome === 'opened') return;
      if (outcome === 'unsupported' && link) {
        const url = await link();
        if (url) return platform.openExternal(url);
        return notice(t('errors.printFailed'), 'error');
      }
      notice(failed && outcome === 'failed' ? t('errors.printFailed') : t(`printOutcome.${outcome}`), 'error');
    },
    [platform, notice, t],
  );
}
