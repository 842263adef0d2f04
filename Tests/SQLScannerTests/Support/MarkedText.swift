/// A test string with marker characters at interesting positions, in the
/// manner of swift-format's `MarkedText`: the markers are removed and their
/// UTF-8 offsets in the remaining text recorded.
struct MarkedText {
    /// The text without markers.
    let text: String
    /// UTF-8 offsets in ``text`` where markers stood.
    let markers: [Int]

    /// Strips `marker` (by default `⏎`) from `marked`.
    init(_ marked: String, marker: Character = "⏎") {
        var text = ""
        var markers: [Int] = []
        for character in marked {
            if character == marker {
                markers.append(text.utf8.count)
            } else {
                text.append(character)
            }
        }
        self.text = text
        self.markers = markers
    }
}
