import { Text, View } from '@tarojs/components';

/** The page's own classes for a fact: the row, its value, and its label (which is always `muted`). */
export interface FactClasses {
  row: string;
  value: string;
  label?: string;
}

interface Props {
  label: string;
  value: string;
  classes: FactClasses;
  /** A figure over its caption (counts, hours) rather than a label before its value. */
  valueFirst?: boolean;
}

/** One label and its value, as the facts of an item, an activity or a request and the figures of a summary show them. */
export function FactRow({ label, value, classes, valueFirst = false }: Props) {
  const caption = <Text className={classes.label ? `muted ${classes.label}` : 'muted'}>{label}</Text>;
  const shown = <Text className={classes.value}>{value}</Text>;
  return (
    <View className={classes.row}>
      {valueFirst ? shown : caption}
      {valueFirst ? caption : shown}
    </View>
  );
}
