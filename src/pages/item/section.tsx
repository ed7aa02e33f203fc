import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

/** One titled card of the service guide. */
export function Section({ title, children, className = '' }: { title: string; children: ReactNode; className?: string }) {
  return (
    <View className={`card ${className}`}>
      <Text className='card-title'>{title}</Text>
      {children}
    </View>
  );
}
