import { ENTITY_TYPES } from '@/lib/catalogue/types';
import { HIGHLIGHT_STYLES, HOVER_DELAY_RANGE, type HighlightStyle, type PageSettings } from '@/utils/settings';
import { t, type MessageKey } from '@/utils/i18n';

/** The settings as a pure form: the container owns storage (`utils/settings.ts`). */
export function SettingsForm({ settings, onChange }: { settings: PageSettings; onChange: (change: Partial<PageSettings>) => void }) {
  return (
    <section class="panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settingsHeading')}</h2>
      <label class="field field--inline">
        <input type="checkbox" name="enabled" checked={settings.enabled} onChange={(event) => onChange({ enabled: event.currentTarget.checked })} /> {t('settingsMarkingOn')}
      </label>
      <div class="field">
        <label class="field--inline">
          <input
            type="checkbox"
            name="markOwnEntities"
            checked={settings.markOwnEntities}
            aria-describedby="mark-own-warning"
            onChange={(event) => onChange({ markOwnEntities: event.currentTarget.checked })}
          />{' '}
          {t('settingsMarkOwn')}
        </label>
        <p class="hint warning" id="mark-own-warning">
          {t('settingsMarkOwnWarning')}
        </p>
      </div>
      <fieldset class="field">
        <legend>{t('settingsShownTypes')}</legend>
        {ENTITY_TYPES.map((type) => (
          <label key={type} class="field--inline">
            <input
              type="checkbox"
              name="shownTypes"
              value={type}
              checked={settings.shownTypes.includes(type)}
              onChange={(event) =>
                onChange({ shownTypes: event.currentTarget.checked ? [...settings.shownTypes, type] : settings.shownTypes.filter((shown) => shown !== type) })
              }
            />{' '}
            {t(`entityType_${type}`)}
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>{t('settingsHighlightStyle')}</span>
        <select name="highlightStyle" value={settings.highlightStyle} onChange={(event) => onChange({ highlightStyle: event.currentTarget.value as HighlightStyle })}>
          {HIGHLIGHT_STYLES.map((style) => (
            <option key={style} value={style}>
              {t(`highlightStyle_${style.replace('-', '_')}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('settingsHoverDelay', String(settings.hoverDelayMs))}</span>
        <input
          type="range"
          name="hoverDelayMs"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={50}
          value={settings.hoverDelayMs}
          onChange={(event) => onChange({ hoverDelayMs: Number(event.currentTarget.value) })}
        />
      </label>
      <div class="field">
        <span>{t('settingsDisabledSites')}</span>
        {settings.disabledSites.length === 0 ? (
          <p class="hint">{t('settingsNoDisabledSites')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span dir="ltr">{site}</span>{' '}
                <button type="button" onClick={() => onChange({ disabledSites: settings.disabledSites.filter((other) => other !== site) })}>
                  {t('settingsEnableSite')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
