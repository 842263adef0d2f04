/// A `:name`, `:'name'`, `:"name"` or `:{?name}` reference found in input.
struct VariableReference: Equatable, Sendable {
    /// Which form was written.
    enum Form: Equatable, Sendable {
        /// `:name`.
        case plain
        /// `:'name'`.
        case literal
        /// `:"name"`.
        case identifier
        /// `:{?name}`.
        case existenceTest
    }

    /// The form written.
    var form: Form
    /// The variable's name.
    var name: String
    /// How many input bytes the reference spans, colon included.
    var length: Int

    /// Reads a reference at `index` of `bytes` (which must hold a colon), or
    /// nil when the colon starts none of the four forms.
    static func parse(_ bytes: [UInt8], at index: Int) -> VariableReference? {
        func nameEnd(from start: Int) -> Int {
            var end = start
            while end < bytes.count, ByteClass.isVariableChar(bytes[end]) { end += 1 }
            return end
        }
        func name(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        let start = index + 1
        guard start < bytes.count else { return nil }
        switch bytes[start] {
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            let closer = bytes[start]
            let end = nameEnd(from: start + 1)
            guard end > start + 1, end < bytes.count, bytes[end] == closer else { return nil }
            let form: Form = closer == UInt8(ascii: "'") ? .literal : .identifier
            return VariableReference(form: form, name: name(start + 1..<end), length: end + 1 - index)
        case UInt8(ascii: "{"):
            guard start + 1 < bytes.count, bytes[start + 1] == UInt8(ascii: "?") else { return nil }
            let end = nameEnd(from: start + 2)
            guard end > start + 2, end < bytes.count, bytes[end] == UInt8(ascii: "}") else { return nil }
            return VariableReference(form: .existenceTest, name: name(start + 2..<end), length: end + 1 - index)
        default:
            let end = nameEnd(from: start)
            guard end > start else { return nil }
            return VariableReference(form: .plain, name: name(start..<end), length: end - index)
        }
    }
}
