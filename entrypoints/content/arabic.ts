/** Arabic letters: text without any cannot name an entity, and costs one regex test. */
export const ARABIC = /[\u0620-\u064A\u0671-\u06D3\u0750-\u077F]/u;
