import './reports.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WardReportView } from '../../../core/api/report-views';
import { formatDay } from '../../../core/reports/report-words';
import type { ApiResult } from '../../api/http';
import { ErrorNote } from '../../components/error-note';
import { Fetched } from '../../components/load-state';
import { Section } from '../../components/section';
import { AreaTable } from './area-table';
import { IndicatorList } from './indicator-list';
import { NeedList, TrackList } from './needs-tracks';
import { useReportLang } from './report-lang';
import { TargetList } from './target-list';
import { TrendChart } from './trend-chart';
import { Button } from '../../components/button';

type Props = {
  load: () => Promise<ApiResult<WardReportView>>;
  trackTitle: (id: string) => string;
  /** Fetches and saves the annual workbook; an error code when it could not. */
  onDownload: () => Promise<string | undefined>;
  onPrint: () => void;
};

/** "Báo cáo của phường": targets first (what the ward is judged on), then the figures behind them. */
export function ReportPage({ load, ...rest }: Props) {
  return <Fetched load={load}>{(r) => <WardReport r={r} {...rest} />}</Fetched>;
}

function WardReport({ r, trackTitle, onDownload, onPrint }: Omit<Props, 'load'> & { r: WardReportView }) {
  const { t } = useTranslation('staff');
  const lang = useReportLang();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
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
        <Button kind="primary" disabled={busy} onClick={() => void download()}>
          <span aria-hidden>📥</span> {busy ? t('export.working') : t('report.download')}
        </Button>
        <Button kind="secondary" onClick={onPrint}>
          <span aria-hidden>🖨</span> {t('report.print')}
        </Button>
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
