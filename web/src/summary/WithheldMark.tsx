/**
 * The mark after a sentence or heading of the one-pager whose interval a view left out (custom weights). The
 * legend says the view's line once for the whole sheet (one line instead of one per column keeps the sheet on
 * one A4 page); a screen reader hears it in place, and a pointer shows it as a tooltip.
 */
import { WITHHELD_MARK } from './SummaryLegend.tsx';

export function WithheldMark({ why, testId }: { why: string; testId: string }) {
  return (
    <span className="sum-withheld-mark" data-testid={testId} title={why}>
      <span aria-hidden="true">{WITHHELD_MARK}</span>
      <span className="sr-only"> {why}</span>
    </span>
  );
}
