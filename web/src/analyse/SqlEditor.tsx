/**
 * The SQL editor: CodeMirror 6 with DuckDB-flavoured SQL highlighting and completion of the loaded tables'
 * names and columns. Ctrl/Cmd+Enter runs the query. The editor owns its text; the page hears every change.
 * It lives in a shadow root: CodeMirror then puts its styles into constructed style sheets, which the
 * app's CSP (style-src 'self', no inline <style>) allows, where on the document it would add a <style> tag.
 */
import { useEffect, useRef } from 'react';
import { autocompletion, closeBrackets } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { sql, PostgreSQL } from '@codemirror/lang-sql';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { t } from '../i18n/nl.ts';
import type { Schema } from './sql-engine.ts';

interface Props {
  value: string;
  schema: Schema;
  onChange(text: string): void;
  onRun(): void;
}

const EDITOR_THEME = EditorView.theme({
  '&': { minHeight: '9rem', maxHeight: '24rem', fontSize: '0.9rem', backgroundColor: '#fff' },
  '&.cm-focused': { outline: '2px solid #1f5fa8' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', overflow: 'auto' },
});

export function SqlEditor({ value, schema, onChange, onRun }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const language = useRef(new Compartment());
  // The latest callbacks, so the editor (created once) never calls a stale one.
  const handlers = useRef({ onChange, onRun });
  useEffect(() => {
    handlers.current = { onChange, onRun };
  }, [onChange, onRun]);

  useEffect(() => {
    if (!host.current) return;
    const root = host.current.shadowRoot ?? host.current.attachShadow({ mode: 'open' });
    const run = (): boolean => {
      handlers.current.onRun();
      return true;
    };
    const editor = new EditorView({
      parent: root,
      root,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          EDITOR_THEME,
          history(),
          closeBrackets(),
          bracketMatching(),
          autocompletion(),
          syntaxHighlighting(defaultHighlightStyle),
          placeholder(t('analyse.placeholder')),
          language.current.of(sql({ dialect: PostgreSQL, upperCaseKeywords: true })),
          keymap.of([{ key: 'Mod-Enter', run }, ...defaultKeymap, ...historyKeymap]),
          EditorView.contentAttributes.of({ 'aria-label': t('analyse.editor.label'), 'data-testid': 'sql-editor' }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) handlers.current.onChange(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is created once; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A new text from outside (an example query, back/forward) replaces the document.
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: language.current.reconfigure(sql({ dialect: PostgreSQL, upperCaseKeywords: true, schema })) });
  }, [schema]);

  return <div className="sql-editor" ref={host} />;
}
