import Glibc

/// A pty pair for driving `LineEditor` as a user would: the editor gets `slave`,
/// the test types into `master` and reads what the editor drew.
final class PseudoTerminal: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let master: Int32
    let slave: Int32
    private(set) var transcript: [UInt8] = []
    private var closedMaster = false

    /// Opens a pty pair with the given window size.
    ///
    /// The corresponding Glibc function is `openpty`, which does `posix_openpt`,
    /// `grantpt`, `unlockpt` and opens the slave; those four are not visible through
    /// Swift's Glibc module (they need `_XOPEN_SOURCE`), `openpty` is.
    init(width: UInt16 = 80, height: UInt16 = 24) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: height, ws_col: width, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw Failure(description: "openpty failed: errno \(errno)")
        }
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        self.master = master
        self.slave = slave
    }

    deinit {
        closeMaster()
        _ = close(slave)
    }

    /// Changes the window size (the kernel would send SIGWINCH to a foreground job;
    /// this pty has none, so the test sends it).
    func resize(width: UInt16, height: UInt16) {
        var size = winsize(ws_row: height, ws_col: width, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Hangs up: the editor's next read fails, so a stuck `readLine` returns.
    func closeMaster() {
        if !closedMaster {
            closedMaster = true
            _ = close(master)
        }
    }

    /// Types `keys`.
    func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        var offset = 0
        while offset < bytes.count, !closedMaster {
            let count = bytes.withUnsafeBytes { write(master, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
            if count > 0 { offset += count } else if errno != EINTR && errno != EAGAIN { return }
        }
    }

    /// Everything the editor wrote so far, as text.
    var output: String { String(decoding: transcript, as: UTF8.self) }

    /// Reads output until `text` appears after `start` bytes of transcript; false on
    /// timeout.
    @discardableResult
    func waitFor(_ text: String, after start: Int = 0, seconds: Double = 5) -> Bool {
        let deadline = Self.now() + seconds
        let needle = Array(text.utf8)
        while true {
            if Self.contains(transcript.dropFirst(start), needle) { return true }
            let remaining = deadline - Self.now()
            if remaining <= 0 || closedMaster { return false }
            drain(milliseconds: Int32(min(remaining, 0.1) * 1000) + 1)
        }
    }

    /// Waits until the slave side is out of canonical mode (the editor is reading
    /// keys one at a time); false on timeout.
    func waitForRawMode(seconds: Double = 5) -> Bool {
        let deadline = Self.now() + seconds
        while Self.now() < deadline {
            var settings = termios()
            if tcgetattr(slave, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) == 0 {
                return true
            }
            drain(milliseconds: 5)
        }
        return false
    }

    /// Reads whatever output arrives within `milliseconds`.
    func drain(milliseconds: Int32) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 { transcript.append(contentsOf: buffer[0..<count]) }
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        let base = haystack.startIndex
        for offset in 0...(haystack.count - needle.count) where haystack[base + offset] == needle[0] {
            if Array(haystack[(base + offset)..<(base + offset + needle.count)]) == needle { return true }
        }
        return false
    }
}
