/// The strings one rule line is drawn with: horizontal, left, middle and right pieces.
struct RuleGlyphs {
    var horizontal: [UInt8]
    var left: [UInt8]
    var middle: [UInt8]
    var right: [UInt8]

    init(_ horizontal: String, _ left: String, _ middle: String, _ right: String) {
        self.horizontal = Array(horizontal.utf8)
        self.left = Array(left.utf8)
        self.middle = Array(middle.utf8)
        self.right = Array(right.utf8)
    }
}
