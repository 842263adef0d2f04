import CEditLine
import Glibc

/// Where text typed after a prompt puts the cursor on the screen (pure but for `wcwidth`,
/// called through the CEditLine shim).
///
/// A completion list is printed below the input; libedit then redraws the input
/// starting as many rows above its cursor as the cursor sat below the prompt's row.
/// Knowing that row lets the list be followed by as many blank lines, so a line that
/// wraps does not have its redraw written over the list.
enum ScreenPosition {
    /// The row (from 0) the cursor is on after `prompt` and `line` on a terminal
    /// `columns` wide, as libedit lays them out.
    static func cursorRow(prompt: String, line: String, columns: Int) -> Int {
        guard columns > 0 else { return 0 }
        var row = 0
        var column = 0
        func advance(_ width: Int) {
            if column + width > columns {
                row += 1
                column = 0
            }
            column += width
            if column >= columns {
                row += 1
                column = 0
            }
        }
        for scalar in prompt.unicodeScalars { advance(width(of: scalar)) }
        for scalar in line.unicodeScalars {
            switch scalar {
            case "\n":
                row += 1
                column = 0
            case "\t":
                advance(8 - column % 8)
            default:
                advance(width(of: scalar))
            }
        }
        return row
    }

    /// The prompt as it shows: without the invisible spans between \001 and \002.
    static func visiblePrompt(_ prompt: String) -> String {
        var visible = ""
        var hidden = false
        for scalar in prompt.unicodeScalars {
            if scalar == "\u{01}" {
                hidden = true
            } else if scalar == "\u{02}" {
                hidden = false
            } else if !hidden {
                visible.unicodeScalars.append(scalar)
            }
        }
        return visible
    }

    /// Columns one character takes: control characters show as `^X`.
    private static func width(of scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x20 || scalar.value == 0x7F { return 2 }
        if scalar.isASCII { return 1 }
        let measured = dsql_wcwidth(wchar_t(bitPattern: scalar.value))
        return measured < 0 ? 1 : Int(measured)
    }
}
