import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Indonesia's three zones (Pontianak keeps WIB too): where a hub is decides how every time is shown. */
const ZONES = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'];

export function ZoneSelect({ value, onChange }: { value: string; onChange: (zone: string) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('hubSettings.timezone')}
      description={t('hubSettings.timezoneHint')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={ZONES.map((zone) => ({ value: zone, label: t(`hubSettings.zone.${zone.replace('Asia/', '')}`) }))}
    />
  );
}
