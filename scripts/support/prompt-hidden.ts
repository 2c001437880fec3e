/** Thrown when the operator presses Ctrl-C or Ctrl-D at a hidden prompt. */
export class PromptCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "PromptCancelled";
  }
}

/**
 * Reads one line from the terminal without echoing it (for passwords). The question goes to
 * stderr so stdout stays for results. The terminal is in raw mode meanwhile: Ctrl-C arrives
 * as a character, not a signal, so it is handled here. Requires stdin to be a TTY.
 */
export function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  const output = process.stderr;
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = (result: () => void) => {
      input.off("data", onData);
      input.setRawMode(false);
      input.pause();
      output.write("\n");
      result();
    };
    const onData = (chunk: string) => {
      // An escape sequence (arrow keys, function keys) is not part of a password.
      if (chunk.startsWith("\u001b")) return;
      for (const char of chunk) {
        if (char === "\r" || char === "\n") return finish(() => resolve(value));
        if (char === "\u0003" || (char === "\u0004" && !value)) return finish(() => reject(new PromptCancelled()));
        if (char === "\u007f" || char === "\b") value = Array.from(value).slice(0, -1).join("");
        else if (char >= " ") value += char;
      }
    };
    output.write(question);
    input.setEncoding("utf8");
    input.setRawMode(true);
    input.resume();
    input.on("data", onData);
  });
}
