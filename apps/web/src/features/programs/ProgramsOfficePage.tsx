/**
 * 项目评审 (office): the programs and their calls; for the chosen one, the reviewer assignment —
 * or, when none exists, the sentence naming the field short of reviewers and what would fix it —
 * and the score sheet with each reviewer's total and z-score, trimmed means, disagreement flags
 * and the ranking.
 */
import { useState } from 'react';
import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssignmentOutcome, ScoreSummary } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { PageHeader } from '../../shared/ui/PageHeader';
import { usePrograms, useRunAssignment, useScoreSheet } from './api';
import { FormalCheckCard } from './FormalCheckCard';

type Line = ScoreSummary['lines'][number];

function AssignmentResult({ outcome }: { outcome: AssignmentOutcome }) {
  const { t, i18n } = useTranslation();
  if (!outcome.feasible) {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="assignment-diagnosis"
        message={t('programs.noAssignment', { missing: outcome.missingReviews })}
        description={outcome.sentences.map((s) => (
          <div key={s.en}>{pickText(s, i18n.language)}</div>
        ))}
      />
    );
  }
  return (
    <Alert
      type="success"
      showIcon
      data-testid="assignment-done"
      message={t('programs.assigned', { applications: outcome.assignments.length, dueOn: outcome.dueOn, exclusions: outcome.exclusions.length })}
    />
  );
}

/** The office's programs screen. */
export function ProgramsOfficePage() {
  const { t, i18n } = useTranslation();
  const onError = useApiErrorHandler();
  const programs = usePrograms();
  const [programId, setProgramId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<AssignmentOutcome | null>(null);
  const sheet = useScoreSheet(programId);
  const run = useRunAssignment();
  const chosen = programs.data?.items.find((p) => p.id === programId) ?? null;
  const fmt = (n: number | null) => (n === null ? '—' : n.toFixed(2));

  return (
    <>
      <PageHeader title={t('programs.officeTitle')} subtitle={t('programs.officeSubtitle')} />
      <Card>
        <Space wrap>
          <Select
            aria-label={t('programs.program')}
            data-testid="program-select"
            style={{ minWidth: 320 }}
            placeholder={t('programs.chooseProgram')}
            value={programId}
            onChange={(v: string) => {
              setProgramId(v);
              setOutcome(null);
            }}
            options={(programs.data?.items ?? []).map((p) => ({ value: p.id, label: `${pickText(p.name, i18n.language)}（${p.opensOn} – ${p.closesOn}）` }))}
          />
          <Button
            type="primary"
            data-testid="run-assignment"
            disabled={!chosen}
            loading={run.isPending}
            onClick={() => chosen && run.mutate(chosen.id, { onSuccess: setOutcome, onError: (e) => onError(e) })}
          >
            {t('programs.runAssignment')}
          </Button>
        </Space>
        {chosen ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }} data-testid="program-plan">
            {t('programs.plan', {
              applications: chosen.applications,
              k: chosen.reviewPlan.reviewersPerApplication,
              load: chosen.reviewPlan.maxLoad,
              quota: chosen.quotaPerNominator,
              days: chosen.reviewPlan.scoringWorkingDays,
            })}
          </Typography.Paragraph>
        ) : null}
        {outcome ? <AssignmentResult outcome={outcome} /> : null}
      </Card>
      {chosen ? <FormalCheckCard programId={chosen.id} /> : null}
      {chosen ? (
        <Card title={t('programs.scoreSheet')} style={{ marginTop: 16 }}>
          <Table<Line>
            rowKey="applicationId"
            data-testid="score-sheet"
            loading={sheet.isLoading}
            dataSource={sheet.data?.lines ?? []}
            pagination={false}
            columns={[
              { title: t('programs.rank'), dataIndex: 'rank', width: 70 },
              { title: t('programs.application'), dataIndex: 'title' },
              {
                title: t('programs.sheets'),
                render: (_, l) => (
                  <Space direction="vertical" size={0}>
                    {l.sheets.map((s) => (
                      <span key={s.reviewerId}>{t('programs.sheet', { name: s.reviewerName, total: s.total.toFixed(1), z: fmt(s.z) })}</span>
                    ))}
                  </Space>
                ),
              },
              { title: t('programs.trimmedMean'), render: (_, l) => l.trimmedMean.toFixed(1) },
              { title: t('programs.meanZ'), render: (_, l) => fmt(l.meanZ) },
              {
                title: t('programs.spread'),
                render: (_, l) => (
                  <Space>
                    {l.spread.toFixed(1)}
                    {l.disagreement ? (
                      <Tag color="red" data-testid="disagreement">
                        {t('programs.disagreement')}
                      </Tag>
                    ) : null}
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      ) : null}
    </>
  );
}
