/**
 * The page's side of a session frame (session-frame.ts): `SessionFrame.open`
 * adds a hidden frame loading session.html and starts the session in it;
 * `close` ends it and removes the frame (its realm goes with it).
 */
import type { ExtensionBytes, SessionApi } from "./session-frame.js";

export class SessionFrame {
  private constructor(
    private readonly frame: HTMLIFrameElement,
    readonly api: SessionApi,
  ) {}

  /** A new frame with a started session. */
  static async open(extension: ExtensionBytes | null, cStderr: (s: string) => void): Promise<SessionFrame> {
    const frame = document.createElement("iframe");
    frame.hidden = true;
    frame.title = "Python session";
    frame.src = new URL("./session.html", document.baseURI).href;
    const loaded = new Promise<void>((resolve, reject) => {
      frame.addEventListener("load", () => resolve(), { once: true });
      frame.addEventListener("error", () => reject(new Error("session.html did not load")), { once: true });
    });
    document.body.append(frame);
    await loaded;
    const api = (frame.contentWindow as unknown as { pyobjSession?: SessionApi } | null)?.pyobjSession;
    if (api === undefined) throw new Error("session.html did not set up a session");
    await api.start(extension, cStderr);
    return new SessionFrame(frame, api);
  }

  /** Ends the session (its C runtime releases what it held) and removes the frame. */
  close(): string[] {
    let reports: string[];
    try {
      reports = this.api.close();
    } finally {
      this.frame.remove();
    }
    return reports;
  }
}
