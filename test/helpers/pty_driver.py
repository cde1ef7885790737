#!/usr/bin/env python3
"""Drive an interactive command in a pseudo-terminal, like a person at a keyboard.

Used by test/helpers/pty.ts for the end-to-end tests of `ecomplan init`: inquirer
only asks its questions on a terminal, and node has no pty of its own without a
native package. Python's standard `pty` module is on every Unix machine we run on.

Reads one JSON object on stdin:
  { "argv": [...], "cwd": "...", "env": {...}, "cols": 200, "rows": 50,
    "step_timeout": 30, "exit_timeout": 30,
    "steps": [ { "expect": "text", "send": "keys" }, ... ] }
Each step waits until `expect` (if any) appears in the screen output printed since
the previous step's match, then writes `send` (if any). Matching ignores ANSI escape
sequences and collapses runs of whitespace, so line wrapping and re-rendering do not
matter. Nothing is timed: a step waits for text, never for a delay; the timeouts
only turn a hang into a readable failure.

Writes one JSON object on stdout:
  { "code": exit code or null, "signal": signal number or null,
    "output": normalised screen output, "error": null or what went wrong }
"""
import codecs
import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


def normalise(text):
    text = ANSI.sub("", text).replace("\r", "")
    return re.sub(r"\s+", " ", text)


def main():
    spec = json.load(sys.stdin)
    cols, rows = spec.get("cols", 200), spec.get("rows", 50)
    step_timeout = spec.get("step_timeout", 30)
    exit_timeout = spec.get("exit_timeout", 30)

    pid, fd = pty.fork()
    if pid == 0:  # child: the terminal is already its controlling tty and stdio
        try:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            os.chdir(spec["cwd"])
            os.execvpe(spec["argv"][0], spec["argv"], spec["env"])
        finally:
            os._exit(127)

    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    raw = []
    eof = False

    def pump(timeout):
        """Read what is available within `timeout` seconds; False at end of output."""
        nonlocal eof
        if eof:
            return False
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            data = b""
        if not data:
            eof = True
            return False
        raw.append(decoder.decode(data))
        return True

    def screen():
        return normalise("".join(raw))

    result = {"code": None, "signal": None, "output": "", "error": None}
    position = 0
    try:
        for number, step in enumerate(spec["steps"], 1):
            expected = step.get("expect")
            if expected is not None:
                wanted = normalise(expected).strip()
                deadline = time.monotonic() + step_timeout
                while True:
                    found = screen().find(wanted, position)
                    if found >= 0:
                        position = found + len(wanted)
                        break
                    if eof:
                        raise RuntimeError("step %d: the program ended before printing %r" % (number, expected))
                    if time.monotonic() > deadline:
                        raise RuntimeError("step %d: timeout waiting for %r" % (number, expected))
                    pump(0.2)
            keys = step.get("send")
            if keys:
                os.write(fd, keys.encode("utf-8"))
        deadline = time.monotonic() + exit_timeout
        while pump(0.2):
            if time.monotonic() > deadline:
                raise RuntimeError("timeout waiting for the program to end")
    except RuntimeError as e:
        result["error"] = str(e)
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    if os.WIFEXITED(status):
        result["code"] = os.WEXITSTATUS(status)
    elif os.WIFSIGNALED(status):
        result["signal"] = os.WTERMSIG(status)
    result["output"] = screen()
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
