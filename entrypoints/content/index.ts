import './highlight-style.css';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { captureUncaughtErrors, recordError } from '@/utils/error-log';
import { parseContentCommand, sendRequest } from '@/utils/messages';
import { t } from '@/utils/i18n';
import { isMarkingOn, siteOf } from '@/utils/page-settings';
import { readableTextOf } from '@/utils/readable-text';
import { listenForShortcuts } from './keyboard';
import { LazyCard } from './lazy-card';
import { ARABIC } from './arabic';
import { loadMarking } from './marking';
import type { PageMarking } from './marking-contract';
import { PageReporter } from './page-report';
import type { MarkingSession } from './session';
import { falseMatchKey, mentionFilter } from './mention-filter';
import { loadSettingsAndMatcher, setMarkingForSite, watchPageSettings, watchPublishedMatcher } from './settings-store';
import { TIMING_MARKS } from './timing-marks';

/** How much of the page's text is probed for Arabic before anything else is done. */
const PROBE_LENGTH = 200_000;

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    performance.mark(TIMING_MARKS.started);
    captureUncaughtErrors('content', { ownScriptsOnly: true });
    void run(ctx).catch((error: unknown) => recordError('content', error, location.href));
  },
});

async function run(ctx: ContentScriptContext): Promise<void> {
  const site = siteOf(location.href);
  let hasArabic = pageHasArabic();
  let session: MarkingSession | null = null;
  const stored = loadSettingsAndMatcher();
  // On an Arabic page the marking code loads while the matcher's data and the settings are read.
  let marking: Promise<PageMarking> | undefined = hasArabic ? loadMarking(stored.then(({ matcher: published }) => published)) : undefined;
  marking?.catch(() => undefined);
  let { settings } = await stored;
  /** Mentions turned away during this visit that the background could not remember (a private window). */
  const dismissedHere = new Set<string>();
  const card = new LazyCard(ctx, {
    onClosed: () => session?.highlighter.setCurrent(null),
    onNotThisOne: (mention) => {
      // Remembered, the false match comes back in the republished matcher, which rereads this page like every
      // other tab (`watchPublishedMatcher`); only a mention it could not remember is hidden here, once.
      void sendRequest({ type: 'markFalseMatch', entityId: mention.entityId, text: mention.text })
        .then((outcome) => outcome === 'stored', () => false)
        .then((stored) => {
          if (stored) return;
          dismissedHere.add(falseMatchKey(mention.entityId, mention.text));
          restartSession();
        });
    },
  });

  const startSession = async () => {
    if (session || !hasArabic || !isMarkingOn(settings, site) || ctx.signal.aborted) return;
    marking ??= loadMarking(Promise.resolve(null));
    // A failed load is tried again at the next chance (a settings change, Arabic arriving), not cached.
    const { matcher, MarkingSession } = await marking.catch((error: unknown) => {
      marking = undefined;
      throw error;
    });
    performance.mark(TIMING_MARKS.matcherReady);
    if (session || !isMarkingOn(settings, site) || ctx.signal.aborted) return;
    session = new MarkingSession(ctx, matcher, card, { ...settings }, mentionFilter(matcher, settings, location.href, dismissedHere));
    await session.start();
  };
  const stopSession = () => {
    session?.stop();
    session = null;
    new PageReporter(null, () => hasArabic).send();
  };
  /** Reads the page again: what is found changed (the matcher, the kinds shown, a mention turned away). */
  const restartSession = () => {
    if (!session) return;
    session.stop();
    session = null;
    void startSession().catch((error: unknown) => recordError('content', error, location.href));
  };

  watchPageSettings((next) => {
    const typesChanged = next.shownTypes.join() !== settings.shownTypes.join();
    settings = next;
    if (!isMarkingOn(settings, site)) stopSession();
    else if (session && typesChanged) restartSession();
    else if (session) session.applySettings(settings);
    else void startSession();
  }, ctx.signal);
  // The user tracked, muted or turned away a name: the background published a new matcher for every tab.
  watchPublishedMatcher((published) => {
    if (!hasArabic) return;
    marking = loadMarking(Promise.resolve(published));
    marking.catch(() => undefined);
    restartSession();
  }, ctx.signal);
  ctx.signal.addEventListener('abort', () => session?.stop());

  listenForShortcuts(
    {
      async toggleSite() {
        const on = !isMarkingOn(settings, site);
        settings = await setMarkingForSite(site, on);
        if (on && !settings.enabled) return false;
        return on;
      },
      move(step) {
        const mention = session?.move(step);
        if (!session || !mention) return null;
        const { index, total } = session.position(mention);
        return t('mentionPosition', [mention.text, String(index + 1), String(total)]);
      },
    },
    card,
    ctx.signal,
  );

  browser.runtime.onMessage.addListener((message: unknown) => {
    const command = parseContentCommand(message);
    if (!command) return undefined;
    if (command.type === 'describeCard') return Promise.resolve(card.describe());
    if (command.type === 'readableText') return Promise.resolve({ ...readableTextOf(document), url: location.href });
    return Promise.resolve(session?.scrollTo(command.entityId, command.occurrence) ?? false);
  });

  if (hasArabic) {
    await startSession();
    return;
  }
  // A page without Arabic costs one probe, a report, and an observer that waits for Arabic to arrive (a SPA).
  new PageReporter(null, () => false).send();
  watchForArabic(ctx.signal, () => {
    hasArabic = true;
    void startSession();
  });
}

/** Reads text nodes until one holds Arabic or PROBE_LENGTH characters were read (no copy of the whole text). */
function pageHasArabic(): boolean {
  if (ARABIC.test(document.title)) return true;
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  for (let read = 0, node = walker.nextNode() as Text | null; node && read < PROBE_LENGTH; node = walker.nextNode() as Text | null) {
    if (ARABIC.test(node.data)) return true;
    read += node.data.length;
  }
  return false;
}

/** Looks at added text only, at most every 500 ms, until Arabic shows up once. */
function watchForArabic(signal: AbortSignal, found: () => void): void {
  const added: Node[] = [];
  let timer = 0;
  const observer = new MutationObserver((records) => {
    for (const record of records) added.push(...record.addedNodes, ...(record.type === 'characterData' ? [record.target] : []));
    timer ||= window.setTimeout(() => {
      timer = 0;
      const nodes = added.splice(0);
      if (nodes.some((node) => ARABIC.test(node.textContent?.slice(0, PROBE_LENGTH) ?? ''))) {
        observer.disconnect();
        found();
      }
    }, 500);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect());
}
