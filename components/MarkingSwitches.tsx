import type { Translate } from './translate';

export interface MarkingSwitchesProps {
  t: Translate;
  /** The host of the current tab; without one (a browser page) the per-site switch is not offered. */
  site: string | null;
  siteOn: boolean;
  everywhereOn: boolean;
  onSiteChange: (on: boolean) => void;
  onEverywhereChange: (on: boolean) => void;
}

/** Marking on or off for this site and for every site; "every site" off overrides the site's own choice. */
export function MarkingSwitches({ t, site, siteOn, everywhereOn, onSiteChange, onEverywhereChange }: MarkingSwitchesProps) {
  return (
    <fieldset class="marking-switches">
      <legend class="visually-hidden">{t('markingLegend')}</legend>
      {site !== null && (
        <label class="marking-switches__switch">
          <input
            type="checkbox"
            role="switch"
            name="marking-site"
            checked={siteOn}
            disabled={!everywhereOn}
            onChange={(event) => onSiteChange(event.currentTarget.checked)}
          />
          <span>{t('markingThisSite', site)}</span>
        </label>
      )}
      <label class="marking-switches__switch">
        <input type="checkbox" role="switch" name="marking-everywhere" checked={everywhereOn} onChange={(event) => onEverywhereChange(event.currentTarget.checked)} />
        <span>{t('markingEverywhere')}</span>
      </label>
    </fieldset>
  );
}
