/** The published files with size and sha256, each a download link; manifest.json itself has neither (it lists the others). */
import { dataFile, type Manifest } from '@atlas/contract';
import { dataUrl } from '../data/fetch.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';

export function FilesSection({ manifest }: { manifest: Manifest }) {
  const files: { path: string; bytes: number | null; sha256: string | null }[] = [{ path: dataFile.manifest, bytes: null, sha256: null }, ...manifest.files];
  return (
    <div className="method-table-wrap">
      <table className="data-table method-table" data-testid="method-files">
        <thead>
          <tr>
            <th scope="col">{t('method.col.file')}</th>
            <th scope="col" className="num">
              {t('method.col.size')}
            </th>
            <th scope="col">{t('method.col.sha')}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr key={f.path}>
              <th scope="row">
                <a href={dataUrl(f.path)} download>
                  {f.path}
                </a>
              </th>
              <td className="num">{f.bytes === null ? '–' : t('method.size.kb', { kb: fmt.integer(f.bytes / 1000) })}</td>
              <td>{f.sha256 ? <code className="method-sha">{f.sha256}</code> : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
