/** /analyse: SQL over every published table, run by DuckDB-WASM in this browser (see web/src/analyse). */
import type { AtlasData } from '../data/atlas-data.ts';
import { AnalyseWorkbench } from '../analyse/AnalyseWorkbench.tsx';

export function AnalysePage({ data }: { data: AtlasData }) {
  return (
    <main id="main" className="page page-analyse" tabIndex={-1}>
      <AnalyseWorkbench data={data} />
    </main>
  );
}
