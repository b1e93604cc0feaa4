import { useTranslation } from 'react-i18next';
import type { TextSize } from '../store/app-store';

const SIZES: { size: TextSize; key: string }[] = [
  { size: 'normal', key: 'settings.sizeNormal' },
  { size: 'large', key: 'settings.sizeLarge' },
  { size: 'xlarge', key: 'settings.sizeXLarge' },
];

/** "Cỡ chữ: Vừa · Lớn · Rất lớn", each label in its own size: the same control as in Settings, for screens met first. */
export function TextSizeControl({ value, onChange }: { value: TextSize; onChange: (size: TextSize) => void }) {
  const { t } = useTranslation();
  return (
    <div className="hvs-size-control" role="group" aria-labelledby="text-size-label">
      <span id="text-size-label" className="hvs-size-label">
        {t('settings.textSize')}
      </span>
      <div className="hvs-segmented">
        {SIZES.map(({ size, key }) => (
          <button
            key={size}
            type="button"
            aria-pressed={value === size}
            onClick={() => onChange(size)}
            className={`size-${size}`}
          >
            {t(key)}
          </button>
        ))}
      </div>
    </div>
  );
}
