import { useRef, useState, type FormEvent } from 'react';
import { ApiError, request, uploadFile, type UploadProgress } from '../api';
import { graphql } from '../gql';
import type { ResourceKind, ResourceVisibility } from '../gql/graphql';
import { formatSize, useI18n } from '../i18n';
import { LanguagePicker, otherTags } from '../pickers';
import { CodeChecklist, CodeSelect, ErrorMessage, FieldError, invalidIf, Status, useAction } from '../ui';
import { useReference } from './shared';

const CREATE = graphql(`
  mutation ShareResource($input: CreateResourceInput!) {
    createResource(input: $input) {
      resource {
        id
        title
      }
    }
  }
`);

const KINDS: readonly ResourceKind[] = ['TOOLKIT', 'REPORT', 'STUDY', 'PRESENTATION', 'GUIDE', 'RECORDING', 'DATASET', 'LINK', 'OTHER'];
const VISIBILITIES: readonly ResourceVisibility[] = ['NETWORK', 'PUBLIC', 'PARTICIPANTS', 'SECRETARIAT'];
const VISIBILITY_HELP = {
  NETWORK: 'visibilityNetwork',
  PUBLIC: 'visibilityPublic',
  PARTICIPANTS: 'visibilityParticipants',
  SECRETARIAT: 'visibilitySecretariat',
} as const;

/**
 * Sharing a resource: its description, then its file with the upload's progress (stoppable). A
 * resource saved whose file did not arrive stays, and the upload can be tried again for it.
 */
export function ShareResource({ onShared }: { onShared: () => void }) {
  const { t, lang } = useI18n();
  const reference = useReference();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [kind, setKind] = useState<ResourceKind>('TOOLKIT');
  const [visibility, setVisibility] = useState<ResourceVisibility>('NETWORK');
  const [languages, setLanguages] = useState<string[]>(['en']);
  const [otherLanguages, setOtherLanguages] = useState('');
  const [topics, setTopics] = useState<string[]>([]);
  const [externalUrl, setExternalUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  // A resource saved whose file has still to arrive: the next try uploads to it.
  const [saved, setSaved] = useState<{ id: string; title: string } | null>(null);
  const stop = useRef<AbortController | null>(null);
  const action = useAction();
  const link = kind === 'LINK';
  const editions = [...languages, ...otherTags(otherLanguages).tags];

  const upload = async (resource: { id: string; title: string }) => {
    if (!file) return true;
    stop.current = new AbortController();
    setProgress({ sent: 0, total: file.size });
    try {
      await uploadFile(resource.id, editions[0] ?? 'en', file, setProgress, stop.current.signal);
      return true;
    } finally {
      setProgress(null);
      stop.current = null;
    }
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await action.run(
      async () => {
        const resource =
          saved ??
          (
            await request(CREATE, {
              input: { title, description: description || null, kind, visibility, languages: editions, topics, externalUrl: link ? externalUrl : null },
            })
          ).createResource.resource;
        setSaved(resource);
        await upload(resource);
        return resource;
      },
      t('resourceShared', { title }),
    );
    if (!done) return;
    setSaved(null);
    setTitle('');
    setDescription('');
    setFile(null);
    setExternalUrl('');
    onShared();
  };
  const percent = progress && progress.total > 0 ? Math.round((progress.sent / progress.total) * 100) : 0;
  return (
    <details className="share">
      <summary>{t('shareResource')}</summary>
      <form onSubmit={submit} className="grid" aria-label={t('shareResource')}>
        <label className="wide">
          {t('title')}
          <input required value={title} onChange={(e) => setTitle(e.target.value)} disabled={saved !== null} {...invalidIf(action.error, 'title')} />
          <FieldError error={action.error} field="title" />
        </label>
        <CodeSelect label={t('kind')} codes={KINDS} value={kind} onChange={setKind} disabled={saved !== null} />
        <label className="wide">
          {t('description')}
          <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} disabled={saved !== null} />
        </label>
        <fieldset className="wide">
          <legend>{t('whoMaySee')}</legend>
          {VISIBILITIES.map((v) => (
            <label key={v} className="check">
              <input type="radio" name="visibility" checked={visibility === v} onChange={() => setVisibility(v)} disabled={saved !== null} /> {t(v)}{' '}
              <span className="meta">{t(VISIBILITY_HELP[v])}</span>
            </label>
          ))}
        </fieldset>
        <CodeChecklist legend={t('topics')} options={reference.topics} chosen={topics} onChange={setTopics} disabled={saved !== null} />
        <div className="wide">
          <LanguagePicker chosen={languages} other={otherLanguages} onChosen={setLanguages} onOther={setOtherLanguages} />
        </div>
        {link ? (
          <label className="wide">
            {t('externalUrl')}
            <input type="url" required value={externalUrl} onChange={(e) => setExternalUrl(e.target.value)} {...invalidIf(action.error, 'externalUrl')} />
            <FieldError error={action.error} field="externalUrl" />
          </label>
        ) : (
          <label className="wide">
            {t('resourceFile')} <span className="meta">{t('resourceFileHelp')}</span>
            <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} {...invalidIf(action.error, 'file')} />
            <FieldError error={action.error} field="file" />
          </label>
        )}
        {progress && (
          <p className="wide" aria-live="polite">
            <label>
              {t('uploading', { percent, sent: formatSize(lang, progress.sent), total: formatSize(lang, progress.total) })}{' '}
              <progress max={progress.total} value={progress.sent} />
            </label>{' '}
            <button type="button" className="secondary" onClick={() => stop.current?.abort()}>
              {t('uploadStop')}
            </button>
          </p>
        )}
        {saved && !progress && action.error && <p className="wide">{t('uploadRetryHelp', { title: saved.title })}</p>}
        <p className="wide">
          <button type="submit" disabled={action.busy}>
            {saved && !action.busy ? t('uploadRetry') : t('shareSubmit')}
          </button>
        </p>
      </form>
      <ErrorMessage error={action.error instanceof ApiError && action.error.code === 'ABORTED' ? null : action.error} />
      {action.error?.code === 'ABORTED' && <p role="status">{t('uploadStopped')}</p>}
      {action.done && <Status>{action.done}</Status>}
    </details>
  );
}
