/// Input for `\copy … from` that is lent out in blocks and consumed as it is used.
///
/// Bytes lent but not consumed are lent again, with more after them once ``readMore()``
/// has read some, so a reader can stop anywhere, for instance just before a `\.` line,
/// and leave the rest for whoever reads the input next.
protocol CopyInputSource: AnyObject {
    /// Lends `body` the bytes read but not yet consumed (possibly none).
    func withUnconsumedBytes<Result, Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Result)
        throws(Failure) -> Result
    /// Drops the first `count` unconsumed bytes.
    func consume(_ count: Int)
    /// Reads more input after the unconsumed bytes; false at the end of the input.
    func readMore() -> Bool
}

extension LineReader: CopyInputSource {}

/// The shell's own input lines (a script's following lines, or a person typing), lent one
/// line at a time so that nothing after the `\.` line is read.
final class CopyLineInput: CopyInputSource {
    /// The next line without its newline; nil at the end of the input.
    private let nextLine: () -> [UInt8]?
    private var pending: [UInt8] = []
    private var start = 0

    init(nextLine: @escaping () -> [UInt8]?) { self.nextLine = nextLine }

    func withUnconsumedBytes<Result, Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Result)
        throws(Failure) -> Result
    {
        // Array lends its bytes with untyped `rethrows`; a Result carries the typed error across.
        let outcome = pending[start...].withUnsafeBytes { buffer in
            Swift.Result { () throws(Failure) -> Result in try body(buffer) }
        }
        return try outcome.get()
    }

    func consume(_ count: Int) {
        start += count
        if start == pending.count {
            pending.removeAll(keepingCapacity: true)
            start = 0
        }
    }

    func readMore() -> Bool {
        guard let line = nextLine() else { return false }
        if start > 0 {
            pending.removeFirst(start)
            start = 0
        }
        pending += line
        pending.append(0x0A)
        return true
    }
}
