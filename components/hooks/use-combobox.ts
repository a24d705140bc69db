"use client";

import { useId, useState, type KeyboardEvent } from "react";

type ComboboxOptions = {
  /** How many options the list shows now. */
  count: number;
  /** Whether the list is shown (it may be shown with no options, to say "no match"). */
  open: boolean;
  /** The text the options were found for: a new query starts with no option active. */
  query: string;
  onPick: (index: number) => void;
  /** Enter with no option active (the compare box takes the best match; the header search submits). */
  onEnter?: (event: KeyboardEvent<HTMLInputElement>) => void;
  onEscape: () => void;
};

/**
 * The WAI-ARIA combobox pattern with a listbox popup (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/):
 * focus stays in the text box and aria-activedescendant names the option ↑/↓/Home/End move to;
 * Enter picks it, Escape closes the list. Shared by the compare typeahead and the header search.
 */
export function useCombobox({ count, open, query, onPick, onEnter, onEscape }: ComboboxOptions) {
  const id = useId();
  const listId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;
  // The active option belongs to the query it was chosen for, so typing resets it without an effect.
  const [activeFor, setActiveFor] = useState<{ query: string; index: number }>({ query, index: -1 });
  const active = open && activeFor.query === query && activeFor.index < count ? activeFor.index : -1;
  const setActive = (index: number) => setActiveFor({ query, index });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, () => number> = {
      ArrowDown: () => (active + 1) % count,
      ArrowUp: () => (active <= 0 ? count - 1 : active - 1),
      Home: () => 0,
      End: () => count - 1,
    };
    const move = moves[event.key];
    // Home and End move the caret as usual until the list is being navigated.
    const navigating = event.key.startsWith("Arrow") || active >= 0;
    if (move && open && count > 0 && navigating) {
      event.preventDefault();
      setActive(move());
    } else if (event.key === "Enter") {
      if (active >= 0) {
        event.preventDefault();
        onPick(active);
      } else onEnter?.(event);
    } else if (event.key === "Escape") {
      setActive(-1);
      onEscape();
    }
  };

  return {
    active,
    listId,
    inputProps: {
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": open,
      "aria-controls": listId,
      "aria-activedescendant": active >= 0 ? optionId(active) : undefined,
      onKeyDown,
    } as const,
    listProps: { id: listId, role: "listbox" } as const,
    optionProps: (index: number) =>
      ({
        id: optionId(index),
        role: "option",
        "aria-selected": index === active,
        // Keep focus in the text box when an option is clicked.
        onMouseDown: (event: { preventDefault: () => void }) => event.preventDefault(),
        onClick: () => onPick(index),
      }) as const,
  };
}
