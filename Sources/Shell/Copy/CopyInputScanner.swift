import Glibc

/// Finds lines, rows and the `\.` end marker in blocks of COPY text or CSV input.
///
/// A row is a line in text format; in CSV a quoted field may hold newlines, so a row ends
/// only at a newline outside quotes. The data ends at a line that is `\.` (or `\.` and a
/// carriage return, as psql allows) outside a quoted field, or at the end of the input.
/// The state carries from one block to the next, so a block may end anywhere in a line.
/// Newlines are found with `memchr`, so a block costs little more than its line count, and
/// text without a batch limit is searched only for backslashes.
struct CopyInputScanner {
    let format: CopyFormat
    /// Whether the scan is inside a quoted CSV field.
    private(set) var inQuotes = false
    /// Whether the next byte starts a line.
    private(set) var atLineStart = true
    /// An escape character (one that differs from the quote) ended the last block inside quotes.
    private var pendingEscape = false

    init(format: CopyFormat) { self.format = format }

    /// Where a scan must stop: after the row that brings the rows to `rows` or the bytes to `bytes`.
    struct Limit: Equatable {
        var rows: Int
        var bytes: Int
    }

    /// What one call to ``scan(_:atEnd:limit:)`` found.
    struct Step: Equatable {
        /// Bytes at the start of the block that are COPY data.
        var dataCount = 0
        /// Bytes of the block used up: the data and, after it, an end-marker line.
        var consumed = 0
        /// Newlines in the data, plus one for an unterminated last line; counted only under
        /// a limit or in CSV.
        var lines = 0
        /// Rows completed in the data; counted only under a limit or in CSV.
        var rows = 0
        /// The data is over: an end marker, or the end of the input.
        var ended = false
        /// The data stopped after the row that reached the limit.
        var reachedLimit = false
    }

    /// Scans `block` from its start.
    ///
    /// The scan stops early at an end marker, after the row that reaches `limit`, or, unless
    /// `atEnd`, before a line start that may be the beginning of an end marker (`\`, `\.`,
    /// `\.\r`): the caller lends those bytes again with more after them.
    ///
    /// - Parameters:
    ///   - atEnd: no input follows the block.
    ///   - limit: rows and bytes still allowed; nil for no limit.
    mutating func scan(_ block: UnsafeRawBufferPointer, atEnd: Bool, limit: Limit? = nil) -> Step {
        var step = Step()
        guard let base = block.baseAddress, !block.isEmpty else {
            if atEnd { finish(&step) }
            return step
        }
        let count = block.count
        if limit == nil && format.kind == .text { return scanForEndMarker(base, count: count, atEnd: atEnd) }
        var position = 0
        while position < count {
            if atLineStart && !inQuotes {
                let check = Self.endMarker(
                    UnsafeRawBufferPointer(start: base + position, count: count - position), atEnd: atEnd)
                if stop(&step, atLineStart: position, check) { return step }
            }
            let newline = memchr(base + position, 0x0A, count - position)
            let lineEnd = newline.map { UnsafeRawPointer($0) - base } ?? count
            if format.kind == .csv {
                trackQuotes(
                    UnsafeRawBufferPointer(start: base + position, count: lineEnd - position), lineEnds: newline != nil)
            }
            guard newline != nil else {
                position = count
                atLineStart = false
                break
            }
            position = lineEnd + 1
            atLineStart = true
            step.lines += 1
            if !inQuotes {
                step.rows += 1
                if let limit, step.rows >= limit.rows || position >= limit.bytes {
                    step.dataCount = position
                    step.consumed = position
                    step.reachedLimit = true
                    return step
                }
            }
        }
        step.dataCount = count
        step.consumed = count
        if atEnd { finish(&step) }
        return step
    }

    /// ``scan(_:atEnd:limit:)`` for text without a limit, where nothing needs lines or rows:
    /// only a backslash can start an end marker, so the scan jumps from one to the next.
    private mutating func scanForEndMarker(_ base: UnsafeRawPointer, count: Int, atEnd: Bool) -> Step {
        var step = Step()
        var position = 0
        while position < count, let found = memchr(base + position, 0x5C, count - position) {
            let backslash = UnsafeRawPointer(found) - base
            let startsLine =
                backslash == 0 ? atLineStart : base.load(fromByteOffset: backslash - 1, as: UInt8.self) == 0x0A
            if startsLine {
                let check = Self.endMarker(
                    UnsafeRawBufferPointer(start: base + backslash, count: count - backslash), atEnd: atEnd)
                if stop(&step, atLineStart: backslash, check) { return step }
            }
            position = backslash + 1
        }
        step.dataCount = count
        step.consumed = count
        atLineStart = base.load(fromByteOffset: count - 1, as: UInt8.self) == 0x0A
        step.ended = atEnd
        return step
    }

    /// Whether the data ends before `block`'s first byte, at a line start (between batches).
    func endsAtStart(of block: UnsafeRawBufferPointer, atEnd: Bool) -> EndMarkerCheck {
        if block.isEmpty { return atEnd ? .marker(length: 0) : .undecided }
        guard atLineStart && !inQuotes else { return .data }
        return Self.endMarker(block, atEnd: atEnd)
    }

    /// Ends `step` before the line starting at `position` when `check` finds an end marker
    /// there, or may once more bytes arrive; false for an ordinary line.
    private mutating func stop(_ step: inout Step, atLineStart position: Int, _ check: EndMarkerCheck) -> Bool {
        switch check {
        case .marker(let length):
            step.dataCount = position
            step.consumed = position + length
            step.ended = true
        case .undecided:
            step.dataCount = position
            step.consumed = position
            atLineStart = true
        case .data:
            return false
        }
        return true
    }

    /// Ends the data at the end of the input, counting an unterminated last line.
    private mutating func finish(_ step: inout Step) {
        step.ended = true
        guard !atLineStart else { return }
        step.lines += 1
        if !inQuotes { step.rows += 1 }
        atLineStart = true
    }

    /// Whether a line starting at `bytes` is the end marker.
    enum EndMarkerCheck: Equatable {
        /// The end marker, `length` bytes with its line end.
        case marker(length: Int)
        /// An ordinary line.
        case data
        /// Too few bytes to tell.
        case undecided
    }

    /// Checks the line at the start of `bytes` against `\.`, `\.\n`, `\.\r` and `\.\r\n`.
    static func endMarker(_ bytes: UnsafeRawBufferPointer, atEnd: Bool) -> EndMarkerCheck {
        let backslash: UInt8 = 0x5C
        let period: UInt8 = 0x2E
        let carriageReturn: UInt8 = 0x0D
        let newline: UInt8 = 0x0A
        let count = bytes.count
        guard count > 0 else { return atEnd ? .data : .undecided }
        guard bytes[0] == backslash else { return .data }
        guard count > 1 else { return atEnd ? .data : .undecided }
        guard bytes[1] == period else { return .data }
        guard count > 2 else { return atEnd ? .marker(length: 2) : .undecided }
        if bytes[2] == newline { return .marker(length: 3) }
        guard bytes[2] == carriageReturn else { return .data }
        guard count > 3 else { return atEnd ? .marker(length: 3) : .undecided }
        return bytes[3] == newline ? .marker(length: 4) : .data
    }

    /// Follows CSV quoting through part of a line; `lineEnds` when a newline follows it.
    private mutating func trackQuotes(_ bytes: UnsafeRawBufferPointer, lineEnds: Bool) {
        let quote = format.quote
        let escape = format.escape ?? quote
        guard escape != quote else {
            // Doubled quotes inside a quoted field toggle twice, so only the count matters.
            guard var cursor = bytes.baseAddress else { return }
            var remaining = bytes.count
            while remaining > 0, let found = memchr(cursor, Int32(quote), remaining) {
                inQuotes.toggle()
                let next = UnsafeRawPointer(found) + 1
                remaining -= next - cursor
                cursor = next
            }
            return
        }
        var index = 0
        if pendingEscape {
            pendingEscape = false
            if let first = bytes.first, first == quote || first == escape { index = 1 }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == escape {
                    if index + 1 < bytes.count {
                        if bytes[index + 1] == quote || bytes[index + 1] == escape { index += 1 }
                    } else if !lineEnds {
                        pendingEscape = true
                    }
                } else if byte == quote {
                    inQuotes = false
                }
            } else if byte == quote {
                inQuotes = true
            }
            index += 1
        }
    }
}
