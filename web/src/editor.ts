/** The CodeMirror 6 editor with Python support and the current line highlighted. */
import { python } from "@codemirror/lang-python";
import { type Extension, RangeSetBuilder, StateEffect, StateField } from "@codemirror/state";
import { Decoration, type DecorationSet, EditorView } from "@codemirror/view";
import { basicSetup } from "codemirror";

const setCurrentLine = StateEffect.define<{ line: number; kind: string } | null>();

const currentLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setCurrentLine)) continue;
      if (e.value === null || e.value.line < 1 || e.value.line > tr.state.doc.lines) return Decoration.none;
      const line = tr.state.doc.line(e.value.line);
      const b = new RangeSetBuilder<Decoration>();
      b.add(line.from, line.from, Decoration.line({ class: `cm-step-line cm-step-${e.value.kind}` }));
      deco = b.finish();
    }
    if (tr.docChanged) return Decoration.none;
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

export class Editor {
  readonly view: EditorView;

  /** Called with a line number when the user clicks it in the gutter. */
  onGutterClick: ((line: number) => void) | null = null;

  constructor(parent: HTMLElement, text: string, opts: { readOnly?: boolean; onChange?: () => void } = {}) {
    const extensions: Extension[] = [
      basicSetup,
      python(),
      currentLineField,
      EditorView.lineWrapping,
      EditorView.theme({ ".cm-lineNumbers .cm-gutterElement": { cursor: "pointer" } }),
    ];
    if (opts.readOnly) extensions.push(EditorView.editable.of(false));
    if (opts.onChange)
      extensions.push(
        EditorView.updateListener.of((u) => {
          if (u.docChanged) opts.onChange!();
        }),
      );
    this.view = new EditorView({ doc: text, extensions, parent });
    // the gutter is outside the content DOM that EditorView.domEventHandlers listens on
    this.view.dom.addEventListener("mousedown", (e) => {
      const target = e.target as HTMLElement;
      if (this.onGutterClick === null || !target.closest(".cm-lineNumbers")) return;
      e.preventDefault();
      const block = this.view.lineBlockAtHeight(e.clientY - this.view.documentTop);
      this.onGutterClick(this.view.state.doc.lineAt(block.from).number);
    });
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  set text(t: string) {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: t } });
  }

  /** The line the cursor is on (1-based). */
  get cursorLine(): number {
    return this.view.state.doc.lineAt(this.view.state.selection.main.head).number;
  }

  highlight(line: number | null, kind = "line"): void {
    const effects = [setCurrentLine.of(line === null ? null : { line, kind })];
    if (line !== null && line >= 1 && line <= this.view.state.doc.lines) {
      const pos = this.view.state.doc.line(line).from;
      effects.push(EditorView.scrollIntoView(pos, { y: "nearest" }) as never);
    }
    this.view.dispatch({ effects });
  }
}
