/** Firefox needs a fixed add-on id so that its pages have a stable address and storage survives updates. */
export const GECKO_ID = 'arabic-lookup@corpus.local';
