import './reports.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from 'zmp-ui';
import type { WardReportView } from '../../../core/api/report-views';
import { formatDay } from '../../../core/reports/report-words';
import type { ApiResult } from '../../api/http';
import { ErrorNote } from '../../components/error-note';
import { Section } from '../../components/section';
import { useLoaded } from '../../components/use-loaded';
import { AreaTable } from './area-table';
import { IndicatorList } from './indicator-list';
import { NeedList, TrackList } from './needs-tracks';
import { useReportLang } from './report-lang';
import { TargetList } from './target-list';
import { TrendChart } from './trend-chart';

type Props = {
  load: () => Promise<ApiResult<WardReportView>>;
  trackTitle: (id: string) => string;
  /** Fetches and saves the annual workbook; an error code when it could not. */
  onDownload: () => Promise<string | undefined>;
  onPrint: () => void;
};

/** "Báo cáo của phường": targets first (what the ward is judged on), then the figures behind them. */
export function ReportPage({ load, trackTitle, onDownload, onPrint }: Props) {
  const { t } = useTranslation('staff');
  const lang = useReportLang();
  const { state, reload } = useLoaded(load);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  if (state.kind === 'loading')
    return (
      <div className="hvs-center" role="status">
        <Spinner visible />
      </div>
    );
  if (state.kind === 'failed') return <ErrorNote code={state.code} onRetry={reload} />;
  const r = state.value;
  const download = async () => {
    setBusy(true);
    setError(await onDownload());
    setBusy(false);
  };
  return (
    <div className="hvs-report" data-testid="ward-report">
      <p className="hvs-body">
        <strong>{r.wardName}</strong> · {t('report.asOf', { day: formatDay(r.asOf) })}
      </p>
      {r.suppressed && <p className="hvs-muted">{t('report.suppressedNote')}</p>}
      <div className="hvs-toolbar">
        <button type="button" className="hvs-btn hvs-btn-primary" disabled={busy} onClick={() => void download()}>
          <span aria-hidden>📥</span> {busy ? t('export.working') : t('report.download')}
        </button>
        <button type="button" className="hvs-btn hvs-btn-secondary" onClick={onPrint}>
          <span aria-hidden>🖨</span> {t('report.print')}
        </button>
      </div>
      {error && <ErrorNote code={error} />}
      <Section id="report-targets" title={t('report.targets')}>
        <TargetList targets={r.targets} lang={lang} />
      </Section>
      <Section id="report-indicators" title={t('report.indicators')}>
        <IndicatorList indicators={r.indicators} lang={lang} />
      </Section>
      <Section id="report-areas" title={t('report.byArea')}>
        <AreaTable areas={r.byArea} lang={lang} />
      </Section>
      <Section id="report-trend" title={t('report.trend.title')}>
        <TrendChart months={r.monthly} lang={lang} />
      </Section>
      <div className="hvs-chart-grid">
        <Section id="report-needs" title={t('report.needs')}>
          <NeedList needs={r.needs} lang={lang} />
        </Section>
        <Section id="report-tracks" title={t('report.tracks')}>
          <TrackList tracks={r.tracks} lang={lang} trackTitle={trackTitle} />
        </Section>
      </div>
    </div>
  );
}
