import './reports.css';
import { useTranslation } from 'react-i18next';
import type { CityOverviewView, CityWardRow } from '../../../core/api/report-views';
import type { IndicatorId, IndicatorValue } from '../../../core/reports/indicators';
import { formatDay, formatShare, indicatorLabel, type ReportLang } from '../../../core/reports/report-words';
import type { ApiResult } from '../../api/http';
import { Fetched } from '../../components/load-state';
import { Section } from '../../components/section';
import { IndicatorList } from './indicator-list';
import { countText, useReportLang } from './report-lang';
import { StatusChip } from './status-chip';
import { TableHead } from '../../components/table-head';

const pick = (xs: IndicatorValue[], id: IndicatorId) => xs.find((i) => i.id === id);
const share = (lang: ReportLang, v: IndicatorValue | undefined) =>
  v ? `${formatShare(lang, v.pct)} (${countText(lang, v.count)}/${countText(lang, v.of)})` : '–';

/** "Toàn thành phố": the city's totals, then every ward side by side; wards behind are marked in words, not colour. */
export function CityPage({ load }: { load: () => Promise<ApiResult<CityOverviewView>> }) {
  return <Fetched load={load}>{(v) => <CityOverview v={v} />}</Fetched>;
}

function CityOverview({ v }: { v: CityOverviewView }) {
  const { t } = useTranslation('staff');
  const lang = useReportLang();
  const lagging = v.wards.filter((w) => w.lagging).length;
  return (
    <div data-testid="city-overview">
      <p className="hvs-body">{t('report.asOf', { day: formatDay(v.asOf) })}</p>
      <Section id="city-totals" title={t('report.city.totals', { count: v.wards.length })}>
        <IndicatorList
          indicators={v.city.indicators.filter((i) => i.id === 'reach' || i.id === 'completed')}
          lang={lang}
        />
        <p className="hvs-body" data-testid="lagging-count">
          {lagging ? t('report.city.laggingCount', { count: lagging }) : t('report.city.noneLagging')}
        </p>
      </Section>
      <h2 className="hvs-h2">{t('report.city.wards')}</h2>
      <table className="hvs-city-table" data-testid="city-wards">
        <caption className="hvs-sr-only">{t('report.city.wards')}</caption>
        <TableHead
          cols={[
            t('report.city.ward'),
            indicatorLabel(lang, 'reach'),
            indicatorLabel(lang, 'completed'),
            t('report.city.perWeek'),
            t('report.city.targets'),
          ]}
        />
        <tbody>
          {v.wards.map((w) => (
            <WardRow key={w.wardId} w={w} lang={lang} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function WardRow({ w, lang }: { w: CityWardRow; lang: ReportLang }) {
  const { t } = useTranslation('staff');
  return (
    <tr className={w.lagging ? 'is-lagging' : undefined} data-ward={w.wardId} data-lagging={w.lagging}>
      <th scope="row">
        {w.wardName}
        {w.lagging && (
          <span className="hvs-lagging">
            <span aria-hidden>⚠</span> {t('report.city.lagging')}
          </span>
        )}
      </th>
      <td data-label={indicatorLabel(lang, 'reach')}>{share(lang, pick(w.indicators, 'reach'))}</td>
      <td data-label={indicatorLabel(lang, 'completed')}>{share(lang, pick(w.indicators, 'completed'))}</td>
      <td data-label={t('report.city.perWeek')}>
        {w.completedPerWeek.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')}
      </td>
      <td data-label={t('report.city.targets')}>
        {w.targets.length === 0 ? (
          t('report.city.noTargets')
        ) : (
          <ul className="hvs-city-targets">
            {w.targets.map((x) => (
              <li key={`${x.indicator}-${x.by}`}>
                <span>
                  {t('report.city.targetShort', {
                    label: indicatorLabel(lang, x.indicator),
                    share: x.share,
                    by: formatDay(x.by),
                  })}
                </span>{' '}
                <StatusChip status={x.status} />
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
