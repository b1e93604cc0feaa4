import { useTranslation } from 'react-i18next';
import type { HouseholdView, MeView, ProgressView } from '../../../core/api/schemas';
import { formatJoinCode } from '../../../core/household/join-code';

const householdLine = (h: HouseholdView, unnamed: string) => `${h.label ?? unnamed} · ${h.areaName}, ${h.wardName}`;

type Props = { me: MeView; progress?: ProgressView; formatDate: (iso: string) => string };

/** Everything the service holds about the resident, as plain facts rather than JSON. */
export function ServerSummary({ me, progress, formatDate }: Props) {
  const { t } = useTranslation();
  const { member, household } = me;
  const rows: [string, string][] = [
    [t('myData.name'), member.displayName],
    [t('myData.role'), member.role === 'head' ? t('household.head') : t('household.member')],
    [t('myData.consentAt'), member.consentAt ? formatDate(member.consentAt) : t('myData.notConsented')],
    [
      t('myData.household'),
      household
        ? householdLine(household, t('household.unnamed', { code: formatJoinCode(household.code) }))
        : t('myData.noHousehold'),
    ],
  ];
  if (household) rows.push([t('household.code'), formatJoinCode(household.code)]);
  if (progress) rows.push([t('myData.results'), `${progress.doneCount}/${progress.total}`]);
  return (
    <dl className="hvs-facts" data-testid="server-summary">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
