/// Every string a line style draws tables with (psql's `printTextFormat`).
struct LineGlyphs {
    var top: RuleGlyphs
    var middle: RuleGlyphs
    var bottom: RuleGlyphs
    /// Vertical bars between and around data (its horizontal piece is unused).
    var data: RuleGlyphs
    var dividerBeforeNewline: [UInt8]
    var dividerBeforeWrap: [UInt8]
    var dividerBeforeBlank: [UInt8]
    var headerNewlineLeft: [UInt8]
    var headerNewlineRight: [UInt8]
    var newlineLeft: [UInt8]
    var newlineRight: [UInt8]
    var wrapLeft: [UInt8]
    var wrapRight: [UInt8]
    /// Whether wrap marks take the place of the right border column even with border 0.
    var wrapMarksAtRightBorder: Bool
    /// The old-ascii style lays out multi-line values differently.
    var isOldASCII: Bool

    func rule(_ position: RulePosition) -> RuleGlyphs {
        switch position {
        case .top: top
        case .middle: middle
        case .bottom: bottom
        }
    }

    /// The glyphs for the options' line style.
    init(options: PrintOptions) {
        switch options.lineStyle {
        case .ascii:
            self.init(ascii: true)
        case .oldASCII:
            self.init(ascii: false)
        case .unicode:
            self.init(
                unicodeBorder: options.unicodeBorderLine, column: options.unicodeColumnLine,
                header: options.unicodeHeaderLine)
        }
    }

    private init(ascii isModern: Bool) {
        let rule = RuleGlyphs("-", "+", "+", "+")
        top = rule
        middle = rule
        bottom = rule
        data = RuleGlyphs("", "|", "|", "|")
        let marks: [String] =
            isModern
            ? ["|", "|", "|", " ", "+", " ", "+", ".", "."]
            : [":", ";", " ", "+", " ", " ", " ", " ", " "]
        dividerBeforeNewline = Array(marks[0].utf8)
        dividerBeforeWrap = Array(marks[1].utf8)
        dividerBeforeBlank = Array(marks[2].utf8)
        headerNewlineLeft = Array(marks[3].utf8)
        headerNewlineRight = Array(marks[4].utf8)
        newlineLeft = Array(marks[5].utf8)
        newlineRight = Array(marks[6].utf8)
        wrapLeft = Array(marks[7].utf8)
        wrapRight = Array(marks[8].utf8)
        wrapMarksAtRightBorder = isModern
        isOldASCII = !isModern
    }

    private init(
        unicodeBorder border: PrintOptions.UnicodeLine, column: PrintOptions.UnicodeLine,
        header: PrintOptions.UnicodeLine
    ) {
        let borderDouble = border == .double
        let columnDouble = column == .double
        let headerDouble = header == .double
        // Box-drawing characters, chosen by which of border, column and header lines are double.
        let outerHorizontal = borderDouble ? "═" : "─"
        let outerVertical = borderDouble ? "║" : "│"
        let columnVertical = columnDouble ? "║" : "│"
        let columnDown = columnDouble ? (borderDouble ? "╦" : "╥") : (borderDouble ? "╤" : "┬")
        let columnUp = columnDouble ? (borderDouble ? "╩" : "╨") : (borderDouble ? "╧" : "┴")
        let columnCross = columnDouble ? (headerDouble ? "╬" : "╫") : (headerDouble ? "╪" : "┼")
        let headerHorizontal = headerDouble ? "═" : "─"
        let headerLeft = headerDouble ? (borderDouble ? "╠" : "╞") : (borderDouble ? "╟" : "├")
        let headerRight = headerDouble ? (borderDouble ? "╣" : "╡") : (borderDouble ? "╢" : "┤")
        top = RuleGlyphs(outerHorizontal, borderDouble ? "╔" : "┌", columnDown, borderDouble ? "╗" : "┐")
        middle = RuleGlyphs(headerHorizontal, headerLeft, columnCross, headerRight)
        bottom = RuleGlyphs(outerHorizontal, borderDouble ? "╚" : "└", columnUp, borderDouble ? "╝" : "┘")
        data = RuleGlyphs("", outerVertical, columnVertical, outerVertical)
        dividerBeforeNewline = Array(columnVertical.utf8)
        dividerBeforeWrap = Array(columnVertical.utf8)
        dividerBeforeBlank = Array(columnVertical.utf8)
        headerNewlineLeft = Array(" ".utf8)
        headerNewlineRight = Array("↵".utf8)
        newlineLeft = Array(" ".utf8)
        newlineRight = Array("↵".utf8)
        wrapLeft = Array("…".utf8)
        wrapRight = Array("…".utf8)
        wrapMarksAtRightBorder = true
        isOldASCII = false
    }
}
