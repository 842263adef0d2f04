/// Widths and flags shared by every field line of an expanded result.
struct RecordLayout {
    var headerWidth: Int
    var dataWidth: Int
    var headersMultiline: Bool
    var dataMultiline: Bool
}
