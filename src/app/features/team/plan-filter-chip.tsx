import { useTranslation } from 'react-i18next';
import type { ReportLang } from '../../../core/reports/report-words';
import { needLabel } from '../../../core/reports/report-words';
import type { ListCriteria } from './use-household-list';

/** What a training-plan link narrowed the list to, in words; undefined when it did not. */
function planFilterWords(
  c: ListCriteria,
  t: (k: string, o?: Record<string, string>) => string,
  lang: ReportLang,
): string | undefined {
  const parts = [
    c.filter === 'no_survey' ? t('households.planFilter.no_survey') : undefined,
    c.lacks ? t(`households.planFilter.lacks.${c.lacks}`) : undefined,
    c.wants ? t('households.planFilter.wants', { need: needLabel(lang, c.wants) }) : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : undefined;
}

/**
 * The list opened from a training-plan item shows only that item's households: say so, and offer to see them all.
 * The chip is the way out, so it is a full-size button.
 */
export function PlanFilterChip({ criteria, onClear }: { criteria: ListCriteria; onClear: () => void }) {
  const { t, i18n } = useTranslation('staff');
  const what = planFilterWords(criteria, t, i18n.language === 'en' ? 'en' : 'vi');
  if (!what) return null;
  return (
    <div className="hvs-filter-chips" data-testid="plan-filter">
      <p className="hvs-body">{t('households.planFilter.label', { what })}</p>
      <button
        type="button"
        className="hvs-filter-chip"
        onClick={onClear}
        aria-label={t('households.planFilter.clear', { what })}
      >
        {what} <span aria-hidden>✕</span>
      </button>
    </div>
  );
}
