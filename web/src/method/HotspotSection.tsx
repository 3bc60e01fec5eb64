/**
 * Gi* hotspots: the pipeline's sentence (neighbour rule, Benjamini–Hochberg, "a pattern, not proof"), the
 * neighbour rule per level with its islands, and the strongest real hotspot with every term of its Gi*.
 */
import { HOTSPOT_CLASS_VALUES, type Manifest, type MethodIndicator, type MethodUncertainty } from '@atlas/contract';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { levelName } from './method-text.ts';
import { WorkedExample } from './WorkedExample.tsx';

const RULE_COLUMNS = ['method.col.level', 'method.hot.col.tolerance', 'method.hot.col.shared', 'method.col.regions', 'method.hot.col.islands'] as const;

interface Props {
  uncertainty: MethodUncertainty;
  manifest: Manifest;
  indicators: ReadonlyMap<string, MethodIndicator>;
}

export function HotspotSection({ uncertainty, manifest, indicators }: Props) {
  const example = uncertainty.hotspotExample;
  return (
    <>
      <p>{uncertainty.sentences.hotspots}</p>
      <div className="method-table-wrap">
        <table className="data-table method-table" data-testid="method-hotspot-rules">
          <caption>{t('method.hot.rules')}</caption>
          <thead>
            <tr>
              {RULE_COLUMNS.map((key, i) => (
                <th key={key} scope="col" className={i > 0 ? 'num' : undefined}>
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {uncertainty.neighbourRules.map((r) => (
              <tr key={r.level}>
                <th scope="row">{t(`level.${r.level}`)}</th>
                <td className="num">{t('method.hot.metres', { m: fmt.integer(r.toleranceMetres) })}</td>
                <td className="num">{t('method.hot.metres', { m: fmt.integer(r.minSharedMetres) })}</td>
                <td className="num">{fmt.integer(r.regions)}</td>
                <td className="num">{fmt.integer(r.islands)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul data-testid="method-hotspot-islands">
        {manifest.hotspots.levels.flatMap((l) =>
          l.islands.length > 0 ? [<li key={l.level}>{t('method.hot.islands', { level: levelName(l.level), codes: l.islands.join(', ') })}</li>] : [],
        )}
      </ul>
      {example && <GiExample example={example} indicator={indicators.get(example.indicator)} />}
    </>
  );
}

type Example = NonNullable<MethodUncertainty['hotspotExample']>;

const classLabel = (code: string): string => {
  const known = HOTSPOT_CLASS_VALUES.find((c) => c === code);
  return known ? t(`method.hot.class.${known}`) : code;
};

/** Very small p-values print as a bound: 17 decimals of zeros tell a reader nothing. */
const pValue = (p: number): string => (p < 0.001 ? `< ${fmt.number(0.001, 3)}` : `= ${fmt.number(p, 3)}`);

function GiExample({ example: e, indicator }: { example: Example; indicator: MethodIndicator | undefined }) {
  const decimals = indicator?.decimals ?? 1;
  return (
    <WorkedExample testId="method-example-hotspot" region={e} indicator={indicator}>
      <dt>{t('method.hot.ex.value')}</dt>
      <dd>{fmt.value(e.value, indicator?.unit ?? '', decimals)}</dd>
      <dt>{t('method.hot.ex.neighbours')}</dt>
      <dd>{e.neighbours.join(', ')}</dd>
      <dt>{t('method.hot.ex.levelStats')}</dt>
      <dd>
        n = {fmt.integer(e.n)}; x̄ = {fmt.number(e.mean, decimals)}; s = {fmt.number(e.sd, decimals)}
      </dd>
      <dt>{t('method.hot.ex.local')}</dt>
      <dd>
        Σ = {fmt.number(e.localSum, decimals)}; W = {fmt.integer(e.weight)}
      </dd>
      <dt>{t('method.hot.ex.z')}</dt>
      <dd>{fmt.number(e.z, 2)}</dd>
      <dt>{t('method.hot.ex.pq')}</dt>
      <dd>
        p {pValue(e.p)}; q {pValue(e.q)}
      </dd>
      <dt>{t('method.hot.ex.class')}</dt>
      <dd>{classLabel(e.hotspotClass)}</dd>
    </WorkedExample>
  );
}
