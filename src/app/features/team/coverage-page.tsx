import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageView, StaffMeView } from '../../../core/api/staff-schemas';
import type { ApiResult } from '../../api/http';
import type { RangeQuery } from '../../api/staff-api';
import { LoadState } from '../../components/load-state';
import { useFormat } from '../../components/use-format';
import type { Loaded } from '../../components/use-loaded';
import { BarList } from './bar-list';
import { ExportCard } from './export-card';
import type { LessonOption } from './lesson-option';
import { PracticeTable } from './practice-table';
import { WeekBars } from './week-bars';
import { Section } from '../../components/section';
import { Button } from '../../components/button';

type DateProps = { label: string; value: string; min?: string; max?: string; onChange: (value: string) => void };

/** One end of the range; the other end, once chosen, bounds what the picker offers (an empty one bounds nothing). */
function DateField({ label, value, min, max, onChange }: DateProps) {
  return (
    <label className="hvs-field">
      <span>{label}</span>
      <input
        className="hvs-input"
        type="date"
        value={value}
        min={min || undefined}
        max={max || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

type Props = {
  me: StaffMeView;
  required: LessonOption[];
  load: (q: RangeQuery) => Promise<ApiResult<CoverageView>>;
  onExport: (kind: 'xlsx' | 'csv', q: RangeQuery) => Promise<string | undefined>;
};

/** Coverage at a glance for the tổ dân phố I may see, for a date range, and the ward report to download. */
export function CoveragePage({ me, required, load, onExport }: Props) {
  const { t } = useTranslation('staff');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [state, setState] = useState<Loaded<CoverageView>>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    void load({ from: from || undefined, to: to || undefined }).then(
      (r) => live && setState(r.ok ? { kind: 'ready', value: r.value } : { kind: 'failed', code: r.error.code }),
    );
    return () => {
      live = false;
    };
  }, [load, from, to, attempt]);

  return (
    <>
      <fieldset className="hvs-fieldset hvs-range">
        <legend className="hvs-label">{t('coverage.range')}</legend>
        <div className="hvs-control-row">
          <DateField label={t('coverage.from')} value={from} max={to} onChange={setFrom} />
          <DateField label={t('coverage.to')} value={to} min={from} onChange={setTo} />
          {(from || to) && (
            <Button
              kind="secondary"
              className="hvs-btn-small"
              onClick={() => {
                setFrom('');
                setTo('');
              }}
            >
              {t('coverage.allTime')}
            </Button>
          )}
        </div>
        <p className="hvs-muted">{from || to ? t('coverage.rangeHint') : t('coverage.allTimeHint')}</p>
      </fieldset>
      <LoadState state={state} onRetry={() => setAttempt((a) => a + 1)}>
        {(view) => <Figures view={view} required={required} />}
      </LoadState>
      <ExportCard areas={me.areas} range={{ from: from || undefined, to: to || undefined }} onExport={onExport} />
    </>
  );
}

function Figures({ view, required }: { view: CoverageView; required: LessonOption[] }) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const pct = (n: number) => `${format.number(n)}%`;
  const households = view.byArea.reduce((s, a) => s + a.households, 0);
  const completed = view.byArea.reduce((s, a) => s + a.completed, 0);
  return (
    <div className="hvs-coverage" data-testid="coverage">
      <dl className="hvs-stats">
        <div>
          <dt>{t('coverage.households')}</dt>
          <dd>{format.number(households)}</dd>
        </div>
        <div>
          <dt>{t('coverage.completed')}</dt>
          <dd>
            {format.number(completed)}{' '}
            <small>({pct(households ? Math.round((1000 * completed) / households) / 10 : 0)})</small>
          </dd>
        </div>
        <div>
          <dt>{t('coverage.surveyed')}</dt>
          <dd>{format.number(view.survey.filled)}</dd>
        </div>
        <div>
          <dt>{t('coverage.needsVisit')}</dt>
          <dd>{format.number(view.survey.needsVisit)}</dd>
        </div>
      </dl>
      <div className="hvs-chart-grid">
        <Section id="by-area" title={t('coverage.byArea')}>
          <BarList
            label={t('coverage.byArea')}
            bars={view.byArea.map((a) => ({
              key: a.areaId,
              label: a.name,
              pct: a.pct,
              detail: `${pct(a.pct)} · ${a.completed}/${a.households}`,
            }))}
          />
        </Section>
        <Section id="by-lesson" title={t('coverage.byLesson')}>
          <BarList
            label={t('coverage.byLesson')}
            bars={view.byLesson.map((l) => ({
              key: l.lessonId,
              label: required.find((r) => r.id === l.lessonId)?.title ?? l.lessonId,
              pct: l.pct,
              detail: `${pct(l.pct)} · ${t('coverage.householdCount', { count: l.completedHouseholds })}`,
            }))}
          />
        </Section>
      </div>
      <Section id="by-week" title={t('coverage.byWeek')}>
        <WeekBars weeks={view.byWeek} formatDay={format.dayMonth} />
      </Section>
      <Section id="practice" title={t('coverage.practice')}>
        <p className="hvs-muted">{t('coverage.practiceHint')}</p>
        <PracticeTable rows={view.practice} />
      </Section>
    </div>
  );
}
