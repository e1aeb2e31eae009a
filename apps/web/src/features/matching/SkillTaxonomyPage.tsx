import { useState } from 'react';
import { App, Button, Card, Collapse, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SkillNode, SkillTaxonomy } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { enumLabel } from '../../shared/ui/enum-options';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { TAXONOMY_EXPORT_URL, useImportTaxonomy, useSaveTaxonomy, useTaxonomy } from './api';
import { skillNamer } from './skill-options';
import { addSkill, draftOf, restoreSkill, retireSkill, type Draft } from './taxonomy-draft';
import { FileButton } from '../../shared/ui/FileButton';

/** 技能图谱: the office reads the taxonomy by chain and sub-field, retires, restores and adds skills, and saves a new version. */
export function SkillTaxonomyPage({ readOnly }: { readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const query = useTaxonomy();
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <LoadError text={errorText(query.error, i18n.language, t)} onRetry={() => void query.refetch()} />;
  return <Editor key={query.data.version} taxonomy={query.data} readOnly={readOnly} />;
}

function Editor({ taxonomy, readOnly }: { taxonomy: SkillTaxonomy; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<Draft>(() => draftOf(taxonomy));
  const [note, setNote] = useState('');
  const save = useSaveTaxonomy();
  const onError = useApiErrorHandler();
  const nameOf = skillNamer(taxonomy, i18n.language);
  const inDraft = new Set(draft.flatMap((f) => f.skills.map((s) => s.code)));
  const added = draft.flatMap((f) =>
    f.skills
      .filter((s) => !taxonomy.chains.some((c) => c.subFields.some((g) => g.skills.some((x) => x.code === s.code))))
      .map((s) => ({ ...s, subField: f.code })),
  );
  const changed = added.length > 0 || taxonomy.chains.some((c) => c.subFields.some((f) => f.skills.some((s) => s.retired === inDraft.has(s.code))));
  const onSave = () =>
    save.mutate(
      { note, subFields: draft },
      {
        onSuccess: (v) => void message.success({ content: t('matching.versionSaved', { version: v.version }), className: 'saved-message' }),
        onError: (e) => onError(e),
      },
    );
  return (
    <>
      <PageHeader
        title={t('matching.taxonomyTitle')}
        subtitle={t('matching.taxonomySubtitle', { version: taxonomy.version })}
        extra={<ExcelButtons readOnly={readOnly} />}
      />
      {readOnly ? null : (
        <Card style={{ marginBottom: 16 }}>
          <Space wrap align="end">
            <Form.Item label={t('matching.versionNote')} htmlFor="version-note" style={{ marginBottom: 0 }}>
              <Input id="version-note" value={note} onChange={(e) => setNote(e.target.value)} maxLength={200} style={{ width: 360 }} />
            </Form.Item>
            <Button type="primary" disabled={!changed || note.trim() === ''} loading={save.isPending} onClick={onSave} data-testid="save-version">
              {t('matching.saveVersion')}
            </Button>
            <Typography.Text type="secondary">{changed ? t('matching.unsaved') : t('matching.noChanges')}</Typography.Text>
          </Space>
        </Card>
      )}
      <Collapse
        data-testid="taxonomy"
        items={taxonomy.chains.map((c) => ({
          key: c.chain,
          label: `${enumLabel(t, 'chain', c.chain)}（${c.subFields.length}）`,
          children: c.subFields.map((f) => (
            <Card
              key={f.code}
              size="small"
              title={`${pickText(f.name, i18n.language)} · ${f.code}`}
              style={{ marginBottom: 12 }}
              extra={readOnly ? null : <AddSkill onAdd={(name) => setDraft(addSkill(draft, taxonomy, f.code, name))} />}
            >
              <Table<SkillNode>
                rowKey="code"
                size="small"
                pagination={false}
                dataSource={[
                  ...f.skills,
                  ...added.filter((s) => s.subField === f.code).map((s) => ({ ...s, synonyms: s.synonyms ?? { zh: [], en: [] }, related: [], retired: false })),
                ]}
                columns={[
                  { title: t('matching.code'), dataIndex: 'code', width: 160 },
                  { title: t('matching.skillName'), render: (_, s) => `${s.name.zh} / ${s.name.en}` },
                  { title: t('matching.synonyms'), render: (_, s) => [...s.synonyms.zh, ...s.synonyms.en].join('、') },
                  { title: t('matching.related'), render: (_, s) => s.related.map(nameOf).join('、') },
                  {
                    title: t('matching.status'),
                    render: (_, s) =>
                      inDraft.has(s.code) ? (
                        <Space>
                          {s.retired ? <Tag color="orange">{t('matching.restoring')}</Tag> : null}
                          {readOnly ? null : (
                            <Button size="small" onClick={() => setDraft(retireSkill(draft, s.code))}>
                              {t('matching.retire')}
                            </Button>
                          )}
                        </Space>
                      ) : (
                        <Space>
                          <Tag>{s.retired ? t('matching.retired') : t('matching.retiring')}</Tag>
                          {readOnly ? null : (
                            <Button size="small" onClick={() => setDraft(restoreSkill(draft, taxonomy, s.code))}>
                              {t('matching.restore')}
                            </Button>
                          )}
                        </Space>
                      ),
                  },
                ]}
              />
            </Card>
          )),
        }))}
      />
    </>
  );
}

function AddSkill({ onAdd }: { onAdd: (name: { zh: string; en: string }) => void }) {
  const { t } = useTranslation();
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');
  return (
    <Space.Compact>
      <Input
        size="small"
        placeholder={t('matching.nameZh')}
        aria-label={t('matching.nameZh')}
        value={zh}
        onChange={(e) => setZh(e.target.value)}
        style={{ width: 140 }}
      />
      <Input
        size="small"
        placeholder={t('matching.nameEn')}
        aria-label={t('matching.nameEn')}
        value={en}
        onChange={(e) => setEn(e.target.value)}
        style={{ width: 160 }}
      />
      <Button
        size="small"
        disabled={!zh.trim() || !en.trim()}
        onClick={() => {
          onAdd({ zh: zh.trim(), en: en.trim() });
          setZh('');
          setEn('');
        }}
      >
        {t('matching.add')}
      </Button>
    </Space.Compact>
  );
}

/** Export the current version; the office imports an edited workbook as a new version. */
function ExcelButtons({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const importFile = useImportTaxonomy();
  const onError = useApiErrorHandler();
  return (
    <Space>
      <Button icon={<DownloadOutlined />} href={TAXONOMY_EXPORT_URL} data-testid="taxonomy-export">
        {t('matching.exportExcel')}
      </Button>
      {readOnly ? null : (
        <FileButton
          accept=".xlsx"
          onFile={(file) =>
            importFile.mutate(file, {
              onSuccess: (v) => void message.success({ content: t('matching.versionSaved', { version: v.version }), className: 'saved-message' }),
              onError: (e) => onError(e),
            })
          }
          loading={importFile.isPending}
          testId="taxonomy-import"
        >
          {t('matching.importExcel')}
        </FileButton>
      )}
    </Space>
  );
}
