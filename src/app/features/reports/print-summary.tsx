import './reports.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WardReportView } from '../../../core/api/report-views';
import { formatDay } from '../../../core/reports/report-words';
import type { ApiResult } from '../../api/http';
import { Fetched } from '../../components/load-state';
import { AreaBars } from './area-bars';
import { IndicatorList } from './indicator-list';
import { TargetList } from './target-list';
import { TrendChart } from './trend-chart';
import { Button } from '../../components/button';

type Props = { load: () => Promise<ApiResult<WardReportView>>; onPrint: () => void };

/**
 * The one-page A4 summary a ward office files and sends up: always in Vietnamese (it is an official paper, whatever
 * the officer's app language), titled with the ward and dated. reports.css holds the print rules.
 */
export function PrintSummary({ load, onPrint }: Props) {
  return <Fetched load={load}>{(r) => <Sheet r={r} onPrint={onPrint} />}</Fetched>;
}

function Sheet({ r, onPrint }: { r: WardReportView; onPrint: () => void }) {
  const { i18n } = useTranslation('staff');
  const say = useMemo(() => {
    const fixed = i18n.getFixedT('vi', 'staff');
    return (key: string, o?: Record<string, unknown>) => fixed(key, o ?? {}) as string;
  }, [i18n]);
  return (
    <div lang="vi">
      <div className="hvs-toolbar hvs-no-print">
        <Button kind="primary" onClick={onPrint}>
          <span aria-hidden>🖨</span> {say('report.printNow')}
        </Button>
      </div>
      <p className="hvs-muted hvs-no-print">{say('report.printHint')}</p>
      <article className="hvs-print-sheet" data-testid="print-sheet">
        <h1 className="hvs-print-title">{say('report.printTitle', { ward: r.wardName })}</h1>
        <p className="hvs-print-date">{say('report.asOf', { day: formatDay(r.asOf) })}</p>
        <section aria-labelledby="print-targets">
          <h2 id="print-targets">{say('report.targets')}</h2>
          <TargetList targets={r.targets} lang="vi" t={say} />
        </section>
        <div className="hvs-print-two">
          <section aria-labelledby="print-indicators">
            <h2 id="print-indicators">{say('report.indicators')}</h2>
            <IndicatorList indicators={r.indicators} lang="vi" t={say} />
          </section>
          <section aria-labelledby="print-trend">
            <h2 id="print-trend">{say('report.trend.title')}</h2>
            <TrendChart months={r.monthly} lang="vi" t={say} table={false} />
          </section>
        </div>
        <section aria-labelledby="print-areas">
          <h2 id="print-areas">{say('report.byArea')}</h2>
          <AreaBars
            areas={r.byArea}
            lang="vi"
            label={say('report.byArea')}
            legend={{
              reach: say('report.area.reach'),
              completed: say('report.area.completed'),
              figures: say('report.area.figures'),
            }}
          />
        </section>
        <p className="hvs-print-foot">{say(r.suppressed ? 'report.printFootSuppressed' : 'report.printFoot')}</p>
      </article>
    </div>
  );
}
