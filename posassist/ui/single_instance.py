"""One window per data folder: a second launch on the same folder brings the first window
forward and ends, instead of opening a second writer on the same case file.

A lock file in the data folder (QLockFile: a lock whose process has died is stale and
taken over) says who is first; a local socket named after the folder carries the
"come forward" from the second launch to the first.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

log = logging.getLogger(__name__)
LOCK_NAME = "posassist.lock"
WAIT_MS = 1500
LISTEN_AFTER_MS = 300


def server_name(directory: Path) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    key = f"{user}\0{Path(directory).resolve()}".encode("utf-8", "surrogateescape")
    return "posassist-" + hashlib.sha256(key).hexdigest()[:24]


class SingleInstance(QObject):
    """`first()` True: this is the only window of the folder (`come_forward` is emitted
    when another launch asks); False: another window has been asked to come forward."""

    come_forward = Signal()

    def __init__(self, directory: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(directory)
        self.lock = QLockFile(str(Path(directory) / LOCK_NAME))
        self.server = None  # a QLocalServer once listening

    def first(self) -> bool:
        if self.lock.tryLock(100):
            # Listening waits until the window is up and painted (QtNetwork and the
            # server: ~9 ms of start-up); a launch meanwhile keeps trying (_ask_first).
            QTimer.singleShot(LISTEN_AFTER_MS, self._listen)
            return True
        if self.lock.error() != QLockFile.LockError.LockFailedError:
            # The folder cannot hold a lock (read-only, no rights): run, the case file
            # itself will say what it can and cannot do.
            log.warning("no single-instance lock in this folder (%s)", self.lock.error())
            return True
        socket = self._ask_first()
        if socket is not None:
            socket.write(b"come forward\n")
            socket.waitForBytesWritten(WAIT_MS)
            socket.disconnectFromServer()
            log.info("another window has this data folder: asked it to come forward")
        else:
            log.warning("another POS Assist holds this data folder but does not answer")
        return False

    def _ask_first(self):
        """A socket connected to the first window, or None after WAIT_MS: the first window
        may still be starting, not yet listening (connecting then fails at once)."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + WAIT_MS / 1000
        while True:
            socket = QLocalSocket(self)
            socket.connectToServer(self.name)
            if socket.waitForConnected(WAIT_MS):
                return socket
            socket.deleteLater()
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.05)

    def _listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket file left by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            log.warning("cannot listen for other launches: %s", self.server.errorString())
            return
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket) -> None:
        if b"come forward" in bytes(socket.readAll()):
            log.info("another launch on this data folder: coming forward")
            self.come_forward.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()


def bring_forward(window) -> None:
    """Show a window in front, restored if it was minimised."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
