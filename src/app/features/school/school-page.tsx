import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchoolLinkBody, SchoolLinkCreated, SchoolLinkView, StaffMeView } from '../../../core/api/staff-schemas';
import type { ApiResult } from '../../api/http';
import { LoadState } from '../../components/load-state';
import { QrImage } from '../../components/qr-image';
import { useLoaded } from '../../components/use-loaded';
import { LinkForm, type Choice } from './link-form';
import { LinkTable } from './link-table';
import { Button } from '../../components/button';

/** A link just made, or an older one shown again (`again`) to print its QR once more. `practice`: it opens a round. */
export type MadeLink = Omit<SchoolLinkCreated, 'token'> & {
  classLabel: string;
  title: string;
  practice: boolean;
  again?: boolean;
};

type Props = {
  me: StaffMeView;
  lessons: Choice[];
  tracks: Choice[];
  titleOf: (target: { lessonId: string | null; trackId: string | null; practice?: boolean }) => string;
  load: () => Promise<ApiResult<SchoolLinkView[]>>;
  create: (body: SchoolLinkBody) => Promise<ApiResult<SchoolLinkCreated>>;
  onShare: (link: string, classLabel: string, title: string) => void;
  /** Absent where nothing can be printed (Zalo). */
  onPrint?: (made: MadeLink) => void;
};

/** "Đường link bài học" for a school: make a link for a class, share it, and see how many families opened and finished. */
export function SchoolPage({ me, lessons, tracks, titleOf, load, create, onShare, onPrint }: Props) {
  const { t } = useTranslation('staff');
  const { state, reload } = useLoaded(load);
  const [made, setMade] = useState<MadeLink | undefined>();

  return (
    <>
      <p className="hvs-body">{t('school.intro', { school: me.schoolName ?? '' })}</p>
      <p className="hvs-privacy">🔒 {t('school.privacy')}</p>
      <div className="hvs-staff-cols">
        <LinkForm
          lessons={lessons}
          tracks={tracks}
          onCreate={async (body) => {
            const r = await create(body);
            if (!r.ok) return r.error.code;
            setMade({
              ...r.value,
              classLabel: body.classLabel,
              practice: Boolean(body.practice),
              title: titleOf({
                lessonId: body.lessonId ?? null,
                trackId: body.trackId ?? null,
                practice: body.practice,
              }),
            });
            reload();
            return undefined;
          }}
        />
        {made && (
          <section className="hvs-card hvs-section hvs-made-link" aria-labelledby="made-link" data-testid="made-link">
            <h2 id="made-link" className="hvs-h2">
              {made.again
                ? t('school.qrOf', { classLabel: made.classLabel })
                : `✓ ${t('school.made', { classLabel: made.classLabel })}`}
            </h2>
            <p className="hvs-body">{made.title}</p>
            <QrImage svg={made.qrSvg} alt={t('school.qrAlt', { classLabel: made.classLabel })} />
            <code className="hvs-link-text" data-testid="made-link-url">
              {made.link}
            </code>
            <div className="hvs-actions">
              <Button kind="primary" onClick={() => onShare(made.link, made.classLabel, made.title)}>
                ↗ {t('school.share')}
              </Button>
              {onPrint && (
                <Button kind="secondary" onClick={() => onPrint(made)}>
                  🖨 {t('school.print')}
                </Button>
              )}
            </div>
          </section>
        )}
      </div>
      <section className="hvs-section" aria-labelledby="links-title">
        <div className="hvs-group-head">
          <h2 id="links-title" className="hvs-h2">
            {t('school.links')}
          </h2>
          <button type="button" className="hvs-link-button" onClick={reload}>
            ↻ {t('school.refresh')}
          </button>
        </div>
        <LoadState state={state} onRetry={reload}>
          {(links) =>
            links.length ? (
              <>
                <LinkTable
                  links={links}
                  titleOf={titleOf}
                  onShare={(l) => onShare(l.link, l.classLabel, titleOf(l))}
                  onQr={(l) => {
                    setMade({
                      id: l.id,
                      link: l.link,
                      qrSvg: l.qrSvg,
                      classLabel: l.classLabel,
                      title: titleOf(l),
                      practice: l.practice,
                      again: true,
                    });
                    // The QR card sits above the list: bring it into view on a phone.
                    requestAnimationFrame(() =>
                      document
                        .querySelector('[data-testid="made-link"]')
                        ?.scrollIntoView({ block: 'start', behavior: 'smooth' }),
                    );
                  }}
                />
                <p className="hvs-muted">{t('school.under3Hint')}</p>
              </>
            ) : (
              <p className="hvs-body">{t('school.noLinks')}</p>
            )
          }
        </LoadState>
      </section>
    </>
  );
}
