import { useEffect, useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { query as queryString } from '../api/api-client.ts';
import type { Person } from '../api/types.ts';
import { useApiClient } from '../api/use-api.ts';
import { useI18n } from '../i18n/i18n.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { pastedIdentifiers, resolvePeople } from './pasted-people.ts';

/** Long enough that a typed name is one search, not one per key (each search is audited). */
const DEBOUNCE_MS = 250;

type Search =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; people: Person[] }
  | { state: 'error'; error: unknown };

/** A pasted list on its way through `GET /api/people?ids=`, and what came of it. */
type Lookup =
  | { state: 'idle' }
  | { state: 'resolving'; count: number }
  | { state: 'done'; added: number; notFound: string[] }
  | { state: 'error'; error: unknown };

/**
 * Choose people by name from the directory (`GET /api/people?q=`), one or several. An ARIA 1.2
 * combobox: type to search, arrow keys to move, Enter to choose, Escape to close; chosen people
 * show as a list with a labelled remove button each. Put it inside a <Field>: the label, hint
 * and error reach the text box through the id and aria-describedby the Field passes down.
 *
 * A list of account ids or e-mail addresses pasted (or typed, then Enter) into a picker of
 * several is looked up exactly: everyone found becomes a chip at once, and whatever matched
 * nobody is listed so it can be corrected (the way ids used to be pasted into these forms).
 */
export function PeoplePicker({
  value,
  onChange,
  multiple = false,
  id,
  'aria-describedby': describedBy,
  'aria-invalid': invalid,
}: {
  value: readonly Person[];
  onChange(people: Person[]): void;
  multiple?: boolean;
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  const { t } = useI18n();
  const api = useApiClient();
  const listId = useId();
  const statusId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [search, setSearch] = useState<Search>({ state: 'idle' });
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  const pasteHintId = useId();
  // The chips when a look-up answers, which may be after the reader removed or added one.
  const current = useRef(value);
  current.current = value;

  useEffect(() => {
    const q = text.trim();
    if (q === '') {
      setSearch({ state: 'idle' });
      return;
    }
    setSearch({ state: 'loading' });
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.get<{ people: Person[] }>(`/api/people${queryString({ q })}`, controller.signal).then(
        (r) => {
          setSearch({ state: 'ready', people: r.people });
          setActive(0);
        },
        (error: unknown) => {
          if ((error as Error).name !== 'AbortError') setSearch({ state: 'error', error });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, text]);

  const chosen = new Set(value.map((p) => p.id));
  const options =
    search.state === 'ready' ? search.people.filter((p) => !(multiple && chosen.has(p.id))) : [];
  const expanded = open && options.length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  function choose(person: Person) {
    onChange(multiple ? [...value.filter((p) => p.id !== person.id), person] : [person]);
    setText('');
    setOpen(false);
    input.current?.focus();
  }
  function remove(person: Person) {
    onChange(value.filter((p) => p.id !== person.id));
    input.current?.focus();
  }
  /** Looks up a list and adds whoever it names; false when the text is no list (a search). */
  function addList(pasted: string): boolean {
    const identifiers = pastedIdentifiers(pasted);
    if (!identifiers || (!multiple && identifiers.length !== 1)) return false;
    if (lookup.state === 'resolving') return true;
    setLookup({ state: 'resolving', count: identifiers.length });
    setText('');
    setOpen(false);
    resolvePeople(api.get, identifiers).then(
      ({ people, notFound }) => {
        const before = current.current;
        const fresh = people.filter((p) => !before.some((q) => q.id === p.id));
        if (people.length > 0) onChange(multiple ? [...before, ...fresh] : [people[0]!]);
        setLookup({ state: 'done', added: multiple ? fresh.length : people.length, notFound });
      },
      (error: unknown) => setLookup({ state: 'error', error }),
    );
    return true;
  }
  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    // Only into an empty box: pasting into a half-typed name completes the name.
    if (text.trim() !== '') return;
    if (addList(event.clipboardData.getData('text'))) event.preventDefault();
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (options.length > 0) setActive((i) => (i + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      // Enter chooses from an open list; it must not submit the form around the picker.
      if (expanded) {
        event.preventDefault();
        choose(options[Math.min(active, options.length - 1)]!);
      } else if (text.trim() !== '') {
        event.preventDefault();
        if (!addList(text)) setOpen(true);
      }
    } else if (event.key === 'Escape') {
      if (expanded) event.preventDefault();
      setOpen(false);
    } else if (event.key === 'Backspace' && text === '' && multiple && value.length > 0) {
      remove(value[value.length - 1]!);
    }
  }

  const status =
    lookup.state === 'resolving'
      ? t('people.resolving', { n: lookup.count })
      : search.state === 'loading'
        ? t('people.searching')
        : search.state === 'ready'
          ? options.length === 0
            ? t('people.none', { query: text.trim() })
            : t('people.results', { n: options.length })
          : '';

  return (
    <div className="picker">
      {value.length > 0 && (
        <ul className="chosen" aria-label={t('people.chosen')} data-testid="chosen-people">
          {value.map((p) => (
            <li key={p.id} className="chip">
              <span>
                {p.displayName}
                {p.department && <span className="hint"> · {p.department}</span>}
              </span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('people.remove', { name: p.displayName })}
                onClick={() => remove(p)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="combo">
        <input
          ref={input}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={
            expanded ? optionId(Math.min(active, options.length - 1)) : undefined
          }
          aria-describedby={[describedBy, multiple ? pasteHintId : null, statusId]
            .filter(Boolean)
            .join(' ')}
          aria-invalid={invalid}
          aria-busy={lookup.state === 'resolving'}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t('people.options')}
          className="options"
          hidden={!expanded}
        >
          {options.map((p, i) => (
            <li
              key={p.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'option active' : 'option'}
              // mousedown, not click: choosing must happen before the text box loses focus.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(p);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="option-name">{p.displayName}</span>{' '}
              <span className="hint">
                {p.department ?? t('people.noDepartment')} · <code>{p.id}</code>
              </span>
            </li>
          ))}
        </ul>
      </div>
      {multiple && (
        <p id={pasteHintId} className="hint">
          {t('people.pasteHint')}
        </p>
      )}
      <p id={statusId} role="status" aria-live="polite" className="hint picker-status">
        {status}
      </p>
      {search.state === 'error' && <ErrorNotice error={search.error} />}
      {lookup.state === 'error' && <ErrorNotice error={lookup.error} />}
      {lookup.state === 'done' && (
        <div
          className={lookup.notFound.length ? 'notice notice-warn' : 'notice notice-ok'}
          role="status"
          data-testid="pasted-people"
        >
          <p>{t('people.added', { n: lookup.added })}</p>
          {lookup.notFound.length > 0 && (
            <>
              <p>{t('people.notFound', { n: lookup.notFound.length })}</p>
              <ul className="not-found" data-testid="people-not-found">
                {lookup.notFound.map((id) => (
                  <li key={id}>
                    <code>{id}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setLookup({ state: 'idle' });
              input.current?.focus();
            }}
          >
            {t('people.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
