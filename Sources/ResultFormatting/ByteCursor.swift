/// Writes bytes into room reserved ahead by `OutputBuffer.appendDirect`, without
/// bounds or uniqueness checks, so a row's pieces cost a store or two each.
struct ByteCursor {
    private(set) var position: UnsafeMutableRawPointer

    init(_ position: UnsafeMutableRawPointer) {
        self.position = position
    }

    @inline(__always)
    mutating func put(_ byte: UInt8) {
        position.storeBytes(of: byte, as: UInt8.self)
        position += 1
    }

    /// Copies `bytes`; short pieces (most cells) with a few overlapping stores instead of a `memcpy` call.
    @inline(__always)
    mutating func put(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress else { return }
        let count = bytes.count
        switch count {
        case 17...32:
            for offset in [0, 8, count - 16, count - 8] {
                position.storeBytes(
                    of: source.loadUnaligned(fromByteOffset: offset, as: UInt64.self),
                    toByteOffset: offset, as: UInt64.self)
            }
        case 8...16:
            position.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
            position.storeBytes(
                of: source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self),
                toByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            position.storeBytes(of: source.loadUnaligned(as: UInt32.self), as: UInt32.self)
            position.storeBytes(
                of: source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self),
                toByteOffset: count - 4, as: UInt32.self)
        case 1..<4:
            // Positions 0, count / 2 and count - 1 cover one to three bytes.
            position.storeBytes(of: source.load(as: UInt8.self), as: UInt8.self)
            position.storeBytes(
                of: source.load(fromByteOffset: count >> 1, as: UInt8.self),
                toByteOffset: count >> 1, as: UInt8.self)
            position.storeBytes(
                of: source.load(fromByteOffset: count - 1, as: UInt8.self),
                toByteOffset: count - 1, as: UInt8.self)
        case 0:
            return
        default:
            position.copyMemory(from: source, byteCount: count)
        }
        position += count
    }

    /// Copies the UTF-8 bytes of a literal such as `"null"`.
    @inline(__always)
    mutating func put(_ text: StaticString) {
        put(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
