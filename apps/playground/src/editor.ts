/**
 * The C editor: CodeMirror 6 with its C mode, and line marks for what the
 * page has to point at (a compiler error, the C line a checked-mode report
 * names).
 */
import { cpp } from "@codemirror/lang-cpp";
import { type Extension, StateEffect, StateField } from "@codemirror/state";
import { Decoration, type DecorationSet, EditorView } from "@codemirror/view";
import { basicSetup } from "codemirror";

/** A marked line: 1-based number and the kind of mark. */
export interface LineMark {
  line: number;
  kind: "error" | "report";
}

const setMarks = StateEffect.define<LineMark[]>();

const marks = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setMarks)) continue;
      const lines = [...e.value].sort((a, b) => a.line - b.line);
      deco = Decoration.set(
        lines
          .filter((m) => m.line >= 1 && m.line <= tr.state.doc.lines)
          .map((m) => Decoration.line({ class: `cm-mark-${m.kind}` }).range(tr.state.doc.line(m.line).from)),
      );
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** The C editor of the page. */
export class CEditor {
  readonly view: EditorView;

  constructor(parent: HTMLElement, text: string, extra: Extension[] = []) {
    this.view = new EditorView({
      doc: text,
      parent,
      extensions: [basicSetup, cpp(), marks, ...extra],
    });
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  set text(t: string) {
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: t },
      effects: setMarks.of([]),
    });
  }

  /** Marks these lines (replacing the previous marks) and scrolls the first into view. */
  mark(lines: LineMark[]): void {
    const effects: StateEffect<unknown>[] = [setMarks.of(lines)];
    const first = lines[0];
    if (first !== undefined && first.line <= this.view.state.doc.lines) {
      effects.push(EditorView.scrollIntoView(this.view.state.doc.line(first.line).from, { y: "center" }));
    }
    this.view.dispatch({ effects });
  }
}
