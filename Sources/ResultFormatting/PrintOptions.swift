/// How results are printed: psql's `\pset` state.
///
/// Defaults are psql's. Change it with `applyingPset(_:_:)`, which mirrors
/// `\pset NAME [VALUE]`, or set the properties directly for command-line flags.
public struct PrintOptions: Sendable, Equatable {
    /// The output format (`\pset format`).
    public enum Format: String, Sendable, CaseIterable {
        case aligned
        case wrapped
        case unaligned
        case csv
        /// One JSON array of objects per result (ours, not psql's).
        case json
        /// One JSON object per line (ours, not psql's).
        case jsonl
        /// An HTML `<table>`.
        case html
        /// An AsciiDoc table.
        case asciidoc
        /// A LaTeX `tabular`.
        case latex
        /// A LaTeX `longtable`.
        case latexLongtable = "latex-longtable"
        /// A tbl table for troff's ms macros.
        case troffMS = "troff-ms"

        /// Whether rows can be printed as they arrive, in bounded memory.
        /// (Asked for every statement: a switch, not a search of an array made each time.)
        public var isStreamable: Bool {
            switch self {
            case .aligned, .wrapped, .html, .asciidoc, .latex, .latexLongtable, .troffMS: false
            default: true
            }
        }

        /// Whether footers (the row count, `\d`'s footers) are printed inside the markup.
        public var isMarkup: Bool {
            switch self {
            case .html, .asciidoc, .latex, .latexLongtable, .troffMS: true
            default: false
            }
        }
    }

    /// Expanded (one line per column) display (`\pset expanded`, `\x`).
    public enum Expanded: Sendable, Equatable {
        case off
        case on
        /// Expanded only when the aligned table would be wider than the terminal.
        case auto
    }

    /// The characters that draw borders (`\pset linestyle`).
    public enum LineStyle: String, Sendable, CaseIterable {
        case ascii
        case oldASCII = "old-ascii"
        case unicode
    }

    /// Single or double box-drawing lines for the unicode line style.
    public enum UnicodeLine: String, Sendable, CaseIterable {
        case single
        case double
    }

    /// A field or record separator: a string, or a zero byte.
    public enum Separator: Sendable, Equatable {
        case text(String)
        case zeroByte
    }

    /// When the pager is used (`\pset pager`); kept for the shell, unused here.
    public enum PagerUse: Sendable, Equatable {
        case off
        case on
        case always
    }

    /// The output format; default aligned.
    public var format: Format = .aligned
    /// The border style as psql stores it (an unsigned 16-bit number); printing treats values above 2 as 2.
    public var border: UInt16 = 1
    /// Expanded display (`\x`); `auto` applies to aligned and wrapped output only, as in psql.
    public var expanded: Expanded = .off
    /// What NULL prints as (`\pset null`); JSON prints `null` regardless.
    public var nullString: String = ""
    /// Separates fields in unaligned output (`\pset fieldsep`, `-F`).
    public var fieldSeparator: Separator = .text("|")
    /// Separates records in unaligned output (`\pset recordsep`, `-R`).
    public var recordSeparator: Separator = .text("\n")
    /// Print rows only: no title, header or footer (`-t`).
    public var tuplesOnly: Bool = false
    /// Whether the `(N rows)` footer is printed (`\pset footer`).
    public var footer: Bool = true
    /// Printed above aligned and unaligned tables (`\pset title`, `\C`).
    public var title: String?
    /// Border characters for aligned output.
    public var lineStyle: LineStyle = .ascii
    /// Outer border lines of the unicode style.
    public var unicodeBorderLine: UnicodeLine = .single
    /// Lines between columns of the unicode style.
    public var unicodeColumnLine: UnicodeLine = .single
    /// The rule under the header in the unicode style.
    public var unicodeHeaderLine: UnicodeLine = .single
    /// The CSV field separator, always one byte other than `"`, CR and LF.
    public var csvFieldSeparator: UInt8 = UInt8(ascii: ",")
    /// Accepted for compatibility; locale-aware digits are not printed.
    public var numericLocale: Bool = false
    /// Target width for wrapped and `expanded auto` output; 0 means the terminal's (`\pset columns`).
    public var columns: Int = 0
    /// Pager policy, kept here because `\pset pager` sets it; the shell acts on it.
    public var pager: PagerUse = .on
    /// HTML table attributes (`\pset tableattr`, `\T`).
    public var tableAttributes: String?
    /// Minimum lines before the pager is used (`\pset pager_min_lines`).
    public var pagerMinLines: Int = 0

    /// psql's defaults: aligned, border 1, ascii lines, `|` and newline separators.
    public init() {}

    /// The border style used for drawing: 0, 1 or 2.
    public var effectiveBorder: Int { min(Int(border), 2) }
}
