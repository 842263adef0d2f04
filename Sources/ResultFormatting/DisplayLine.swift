/// One display line of a formatted cell: where its bytes are and how wide it is.
struct DisplayLine: Equatable {
    var start: Int
    var end: Int
    var width: Int
}
