/**
 * A build's stop, landing while DuckDB scans a JS table function (as publish/write-parquet.ts does for every
 * Parquet file): this script registers the build's stop handlers, starts a COPY from a table function that hands
 * DuckDB one row per call, and sends itself SIGTERM from the second call. The stop must end the process; a normal
 * exit there waited for ever on the DuckDB thread (see cli/process-lifetime.ts). Run by publish-kill.test.ts.
 */
import { DuckDBInstance, DuckDBTableFunction, INTEGER } from '@duckdb/node-api';
import duckdb from '@duckdb/node-bindings';
import { endWithCaller } from '../../data-pipeline/cli/process-lifetime.ts';

const out = process.argv[2];
if (!out) throw new Error('usage: stop-during-scan.ts <parquet path>');
endWithCaller((line) => process.stderr.write(`${line}\n`));
const connection = await (await DuckDBInstance.create(':memory:')).connect();
const ROWS = 100_000;
let calls = 0;
const one = new Int32Array(1);
connection.registerTableFunction(
  DuckDBTableFunction.create({
    name: 'rows_one_by_one',
    bindFunction: (info) => {
      info.addResultColumn('n', INTEGER);
      info.setCardinality(ROWS, true);
    },
    initFunction: (info) => info.setMaxThreads(1),
    mainFunction: (_, output) => {
      calls += 1;
      if (calls === 2) process.kill(process.pid, 'SIGTERM');
      if (calls > ROWS) {
        output.rowCount = 0;
        return;
      }
      one[0] = calls;
      duckdb.copy_data_to_vector(duckdb.data_chunk_get_vector(output.chunk, 0), 0, one.buffer, 0, 4);
      output.rowCount = 1;
    },
  }),
);
await connection.run(`COPY (SELECT n FROM rows_one_by_one()) TO '${out.replaceAll("'", "''")}' (FORMAT parquet)`);
process.stderr.write(`the scan ran to its end (${calls} calls): the stop did not land during it\n`);
