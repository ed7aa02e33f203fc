import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { displayClasses, useDisplay } from '../../lib/display';

/**
 * Every page's root: carries the display classes (长辈版, text size) that app.css turns into the tokens all styles
 * use, so a page gets the readable sizes, tap targets and contrast without doing anything. `className` names the
 * page (`home`, `catalog`…) for its own styles and for journeys.
 */
export function Page({ className, children }: { className: string; children: ReactNode }) {
  const display = useDisplay();
  return <View className={`page ${displayClasses(display)} ${className}`}>{children}</View>;
}

/** A page that has nothing else to show yet: loading, or why it cannot load. */
export function PageStatus({ className, error, text = '加载中…' }: { className: string; error?: string | null | undefined; text?: string }) {
  return (
    <Page className={className}>
      <Text className={error ? 'error' : 'empty'}>{error ?? text}</Text>
    </Page>
  );
}
