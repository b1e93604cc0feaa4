import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressView } from '../../../core/api/schemas';
import type { ApiResult } from '../../api/http';
import { formatJoinCode } from '../../../core/household/join-code';
import { DevSignInCard } from '../../components/dev-sign-in-card';
import { ErrorNote } from '../../components/error-note';
import { CertificateCard } from './certificate-card';
import { CreateForm } from './create-form';
import { JoinForm } from './join-form';
import { LessonStatusList } from './lesson-status-list';
import { MemberList } from './member-list';
import { useHousehold } from './use-household';
import { Busy } from '../../components/load-state';

export type HouseholdBodyProps = {
  initialCode: string;
  canScan: boolean;
  titleOf: (lessonId: string) => string;
  pendingHere: ReadonlySet<string>;
  formatDate: (iso: string) => string;
  onScan: () => Promise<string | undefined>;
  onShare: (progress: ProgressView, name: string) => void;
  onNotice: (text: string) => void;
  /** The way into the household survey (the survey feature's card, composed by the route). */
  surveyTile: ReactNode;
  onOpenLesson: (lessonId: string) => void;
  /** A household was just created: its code, as printed (ABC-234). */
  onCreated: (code: string) => void;
};

/** Signed in (or signing in), then either the ways into a household or the household itself. */
export function HouseholdBody(props: HouseholdBodyProps) {
  const { t } = useTranslation();
  const h = useHousehold();
  const [creating, setCreating] = useState(false);
  const { state } = h;
  // Success is announced (the screen changes under the resident's finger); failure is shown in the form that failed.
  const act = async (action: Promise<ApiResult<ProgressView>>, okKey: string, vars: Record<string, string> = {}) => {
    const r = await action;
    if (r.ok) props.onNotice(t(okKey, { code: formatJoinCode(r.value.household.code), ...vars }));
    return r.ok ? undefined : r.error.code;
  };
  // A new household gets its own confirmation screen (the code, and sending it), not a passing notice.
  const create = async (areaId: string, label?: string) => {
    const r = await h.create(areaId, label);
    if (r.ok) props.onCreated(formatJoinCode(r.value.household.code));
    return r.ok ? undefined : r.error.code;
  };

  if (state.kind === 'loading') {
    return (
      <Busy>
        <p>{t('common.loading')}</p>
      </Busy>
    );
  }
  if (state.kind === 'signed-out') return <DevSignInCard onSignIn={h.signIn} />;
  if (state.kind === 'failed') return <ErrorNote code={state.code} onRetry={h.reload} />;
  if (state.kind === 'none') {
    return (
      <>
        <JoinForm
          initialCode={props.initialCode}
          canScan={props.canScan}
          onScan={props.onScan}
          onJoin={(code) => act(h.join(code), 'household.joined')}
        />
        <section className="hvs-card hvs-section">
          <button
            type="button"
            className="hvs-disclosure"
            aria-expanded={creating}
            onClick={() => setCreating(!creating)}
          >
            <span className="hvs-h3">{t('household.createTitle')}</span>
            <span aria-hidden>{creating ? '▲' : '▼'}</span>
          </button>
          {creating && <CreateForm loadAreas={h.areas} onCreate={(areaId, label) => create(areaId, label)} />}
        </section>
      </>
    );
  }
  const { progress } = state;
  const code = formatJoinCode(progress.household.code);
  const name = progress.household.label ?? t('household.unnamed', { code });
  return (
    <>
      <div className="hvs-code-card">
        <span className="hvs-muted">{t('household.code')}</span>
        <strong className="hvs-code" data-testid="household-code">
          {code}
        </strong>
        <span className="hvs-muted">{t('household.codeShare')}</span>
      </div>
      <p className="hvs-body">
        <strong>{name}</strong> · {progress.household.areaName}, {progress.household.wardName}
      </p>
      {progress.complete && (
        <CertificateCard
          progress={progress}
          name={name}
          titleOf={props.titleOf}
          date={props.formatDate(progress.completedAt ?? new Date().toISOString())}
          onShare={() => props.onShare(progress, name)}
        />
      )}
      <LessonStatusList
        progress={progress}
        titleOf={props.titleOf}
        pendingHere={props.pendingHere}
        onOpen={props.onOpenLesson}
      />
      {props.surveyTile}
      <MemberList
        members={progress.members}
        onRemove={(m) => act(h.remove(m.id), 'household.removed', { name: m.displayName })}
      />
    </>
  );
}
