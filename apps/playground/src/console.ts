/**
 * The Python console: a transcript of what ran (`>>> ` inputs, output,
 * tracebacks) above an input editor (CodeMirror with its Python mode). Enter
 * runs the input when it is complete (as at CPython's prompt), else starts a
 * continuation line; Up and Down walk the history.
 */
import { python } from "@codemirror/lang-python";
import { Prec } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { minimalSetup } from "codemirror";

/** What the console asks of the page. */
export interface ConsoleHost {
  /** Whether `src` needs more lines before it can run. */
  needsMore(src: string): boolean;
  /** Runs a complete input. */
  run(src: string): void;
}

/** The console of the page. */
export class PyConsole {
  readonly input: EditorView;
  private readonly history: string[] = [];
  private historyAt = 0;

  constructor(
    private readonly transcript: HTMLElement,
    inputParent: HTMLElement,
    private readonly host: ConsoleHost,
  ) {
    const submit = (view: EditorView): boolean => {
      const src = view.state.doc.toString();
      if (this.host.needsMore(src)) {
        const line = view.state.doc.lineAt(view.state.selection.main.head).text;
        const indent = /^\s*/.exec(line)![0] + (/:\s*$/.test(line) ? "    " : "");
        view.dispatch(view.state.replaceSelection(`\n${indent}`));
        return true;
      }
      this.submit(src);
      return true;
    };
    const walk =
      (delta: number) =>
      (view: EditorView): boolean => {
        const { state } = view;
        const line = state.doc.lineAt(state.selection.main.head).number;
        if (delta < 0 && line !== 1) return false;
        if (delta > 0 && line !== state.doc.lines) return false;
        const at = Math.min(Math.max(this.historyAt + delta, 0), this.history.length);
        if (at === this.historyAt) return true;
        this.historyAt = at;
        const text = this.history[at] ?? "";
        view.dispatch({
          changes: { from: 0, to: state.doc.length, insert: text },
          selection: { anchor: text.length },
        });
        return true;
      };
    this.input = new EditorView({
      parent: inputParent,
      extensions: [
        Prec.highest(
          keymap.of([
            { key: "Enter", run: submit },
            { key: "ArrowUp", run: walk(-1) },
            { key: "ArrowDown", run: walk(1) },
          ]),
        ),
        minimalSetup,
        python(),
        EditorView.contentAttributes.of({ "aria-label": "Python input" }),
      ],
    });
  }

  /** Runs `src` as if typed and entered. */
  submit(src: string): void {
    if (src.trim() !== "") {
      this.history.push(src);
      this.historyAt = this.history.length;
    }
    this.input.dispatch({ changes: { from: 0, to: this.input.state.doc.length, insert: "" } });
    this.echo(src);
    this.host.run(src);
  }

  /** Shows an input as the prompt shows it. */
  echo(src: string): void {
    const text = src
      .split("\n")
      .map((l, i) => `${i === 0 ? ">>> " : "... "}${l}`)
      .join("\n");
    this.write(`${text}\n`, "input");
  }

  /** Appends text of one kind (input, output, error, note). */
  write(text: string, kind: "input" | "output" | "error" | "note"): void {
    if (text === "") return;
    const span = document.createElement("span");
    span.className = `out-${kind}`;
    span.textContent = text;
    this.transcript.append(span);
    this.transcript.scrollTop = this.transcript.scrollHeight;
  }

  /** Empties the transcript. */
  clear(): void {
    this.transcript.replaceChildren();
  }

  focus(): void {
    this.input.focus();
  }
}
