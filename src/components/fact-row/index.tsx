import { Text, View } from '@tarojs/components';

/** The page's own classes for a fact, verbatim: the row, its label (muted, as a rule) and its value. */
export interface FactClasses {
  row: string;
  label: string;
  value: string;
}

interface Props {
  label: string;
  value: string;
  classes: FactClasses;
  /** A figure over its caption (counts, hours) rather than a label before its value. */
  valueFirst?: boolean;
}

/** One label and its value, as the facts of an item, an activity or a request and the figures of a summary show them. */
export function FactRow({ label, value, classes, valueFirst }: Props) {
  const caption = <Text className={classes.label}>{label}</Text>;
  const shown = <Text className={classes.value}>{value}</Text>;
  return (
    <View className={classes.row}>
      {valueFirst ? shown : caption}
      {valueFirst ? caption : shown}
    </View>
  );
}
