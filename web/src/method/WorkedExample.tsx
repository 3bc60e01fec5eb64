/** A worked example from the real build: which region and indicator it is, then its terms as a definition list. */
import type { ReactNode } from 'react';
import type { Level, MethodIndicator } from '@atlas/contract';
import { t } from '../i18n/nl.ts';
import { levelName } from './method-text.ts';

interface Props {
  testId: string;
  region: { level: Level; name: string; code: string; indicator: string };
  indicator: MethodIndicator | undefined;
  children: ReactNode;
}

export function WorkedExample({ testId, region, indicator, children }: Props) {
  const title = t('method.example.region', {
    level: levelName(region.level),
    name: region.name,
    code: region.code,
    indicator: indicator?.label ?? region.indicator,
  });
  return (
    <div className="method-example" data-testid={testId}>
      <p>
        <strong>{title}</strong>
      </p>
      <dl className="facts method-facts">{children}</dl>
    </div>
  );
}
