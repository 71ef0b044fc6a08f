import type { Ref } from 'preact';
import type { Translate } from '../translate';

export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  t: Translate;
  inputRef?: Ref<HTMLInputElement>;
  /** The id of the results the box controls, for assistive technology. */
  resultsId: string;
  onKeyDown?: (event: KeyboardEvent) => void;
}

/** The corpus search field: labelled, `search` role, typed queries in any script (`dir="auto"`). */
export function SearchBox({ value, onInput, t, inputRef, resultsId, onKeyDown }: SearchBoxProps) {
  return (
    <form class="search-box" role="search" onSubmit={(event) => event.preventDefault()}>
      <label class="visually-hidden" for={`${resultsId}-input`}>
        {t('searchLabel')}
      </label>
      <input
        id={`${resultsId}-input`}
        ref={inputRef}
        class="search-box__input"
        type="search"
        dir="auto"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('searchPlaceholder')}
        aria-controls={resultsId}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </form>
  );
}
