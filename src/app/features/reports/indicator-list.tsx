import { useTranslation } from 'react-i18next';
import type { IndicatorValue } from '../../../core/reports/indicators';
import { indicatorById } from '../../../core/reports/indicators';
import type { ReportLang } from '../../../core/reports/report-words';
import { denominatorLabel, formatShare, indicatorLabel } from '../../../core/reports/report-words';
import { countText } from './report-lang';

type Props = {
  indicators: IndicatorValue[];
  lang: ReportLang;
  t?: (key: string, o?: Record<string, unknown>) => string;
};

/**
 * Each indicator as a share with its count and, in words, what it is counted over: the survey's figures are
 * self-reported and over the surveyed households only, and a reader must not take them for the whole ward.
 */
export function IndicatorList({ indicators, lang, t }: Props) {
  const { t: own } = useTranslation('staff');
  const say = t ?? own;
  return (
    <dl className="hvs-indicators">
      {indicators.map((i) => (
        <div key={i.id} data-indicator={i.id}>
          <dt>{indicatorLabel(lang, i.id)}</dt>
          <dd>
            <strong>{i.pct === null && i.count === null ? '< 3' : formatShare(lang, i.pct)}</strong>{' '}
            <span>
              {say('report.countOf', { n: countText(lang, i.count), of: countText(lang, i.of) })}{' '}
              {denominatorLabel(lang, indicatorById(i.id).of)}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
