import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaffApi } from '../../api/use-staff-api';
import { appPathOf } from '../../components/app-path';
import { qrPrintPage, qrSheet } from '../../features/school/qr-print-page';
import { SchoolPage } from '../../features/school/school-page';
import { StaffScreen } from './staff-screen';
import { useAppState, usePlatform } from '../../store/store-context';
import { catalog, useLessonOptions, usePrintNotice, useShareNotice } from './use-staff-nav';

/** /staff/school: a school's lesson links and their counts. */
export function SchoolRoute() {
  const { t } = useTranslation('staff');
  const staff = useStaffApi();
  const platform = usePlatform();
  const share = useShareNotice();
  const print = usePrintNotice();
  const lang = useAppState((s) => s.settings.lang);
  const { all } = useLessonOptions();
  const tracks = useMemo(
    () =>
      catalog.program.tracks.map((tr) => ({
        id: tr.id,
        title: `${tr.title[lang]} (${t('school.lessons', { count: tr.lessons.length })})`,
      })),
    [lang, t],
  );
  const titleOf = (x: { lessonId: string | null; trackId: string | null; practice?: boolean }) =>
    x.practice
      ? t('school.practiceTitle')
      : x.lessonId
        ? (all.find((l) => l.id === x.lessonId)?.title ?? x.lessonId)
        : t('school.trackTitle', {
            track: catalog.program.tracks.find((tr) => tr.id === x.trackId)?.title[lang] ?? x.trackId,
          });

  return (
    <StaffScreen title={t('school.header')} heading={{ icon: '🏫', text: t('school.heading') }} roles={['school']}>
      {(me) => (
        <SchoolPage
          me={me}
          lessons={all}
          tracks={tracks}
          titleOf={titleOf}
          load={staff.schoolLinks}
          create={staff.createSchoolLink}
          onShare={(link, classLabel, title) =>
            void share(appPathOf(link), title, t('school.shareText', { school: me.schoolName ?? '', classLabel }))
          }
          onPrint={
            platform.kind === 'zalo'
              ? undefined
              : (made) => void print(async () => qrPrintPage(qrSheet(made, me.schoolName ?? '', t, lang)))
          }
        />
      )}
    </StaffScreen>
  );
}
