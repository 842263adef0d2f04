/// Prints a whole result as a psql 15 aligned table (psql's `print_aligned_text`).
///
/// Headers are centred, numbers right-aligned, multi-line values marked with
/// `+` (or the line style's marks), and in wrapped format columns are narrowed
/// to fit the target width. Needs every row before printing the first one,
/// since column widths depend on all of them.
struct AlignedFormatter<Result: TabularResult> {
    private let table: TableCells<Result>
    private let options: PrintOptions
    private let glyphs: LineGlyphs
    private let border: Int
    private let segment: TableSegment

    /// Widest line per column, over header and cells.
    private var maxWidths: [Int]
    /// Widest header line per column.
    private var headerWidths: [Int]
    /// Width each column is printed at (narrower than `maxWidths` only when wrapping).
    private var columnWidths: [Int]
    /// Width of the table without wrapping, and of the headers alone, borders included.
    private var totalWidth: Int
    private var totalHeaderWidth: Int

    /// Measures every header and cell.
    init(table: TableCells<Result>, options: PrintOptions, targetColumns: Int, segment: TableSegment = .whole) {
        self.table = table
        self.segment = segment
        self.options = options
        glyphs = LineGlyphs(options: options)
        border = options.effectiveBorder
        let count = table.columnCount
        headerWidths = (0..<count).map { column in table.withHeader(column) { FormattedCell.measure($0).width } }
        var widest = headerWidths
        let nullBytes = table.nullBytes
        var widthSums = [Int](repeating: 0, count: count)
        for row in 0..<table.rowCount {
            table.withRow(row) { row in
                for column in 0..<count {
                    let width = UTF8Cleaner.withPrintable(row[column], null: nullBytes) {
                        FormattedCell.measure($0).width
                    }
                    widest[column] = max(widest[column], width)
                    widthSums[column] += width
                }
            }
        }
        maxWidths = widest
        let borderWidth: Int
        switch border {
        case 0: borderWidth = count
        case 1: borderWidth = count * 3 - (count > 0 ? 1 : 0)
        default: borderWidth = count * 3 + 1
        }
        totalWidth = borderWidth + maxWidths.reduce(0, +)
        totalHeaderWidth = borderWidth + headerWidths.reduce(0, +)
        columnWidths = maxWidths
        if options.format == .wrapped && targetColumns > 0 && targetColumns >= totalHeaderWidth {
            let averages = widthSums.map { table.rowCount > 0 ? $0 / table.rowCount : 0 }
            narrowColumns(toFit: targetColumns, averages: averages)
        }
    }

    /// Whether `expanded auto` should switch to expanded output at this target width.
    func isTooWide(for targetColumns: Int) -> Bool {
        targetColumns > 0 && table.columnCount > 1
            && (targetColumns < totalHeaderWidth || targetColumns < totalWidth)
    }

    /// Shrinks, one column at a time, the column whose values would wrap least.
    private mutating func narrowColumns(toFit targetColumns: Int, averages: [Int]) {
        var width = totalWidth
        while width > targetColumns {
            var worstRatio = 0.0
            var worstColumn: Int?
            for column in columnWidths.indices where averages[column] > 0 && columnWidths[column] > headerWidths[column]
            {
                let ratio = Double(columnWidths[column]) / Double(averages[column]) + Double(maxWidths[column]) * 0.01
                if ratio > worstRatio {
                    worstRatio = ratio
                    worstColumn = column
                }
            }
            guard let column = worstColumn else { break }
            columnWidths[column] -= 1
            width -= 1
        }
        totalWidth = width
    }

    /// Prints title, header, rows and footer.
    func print<Sink: ByteSink>(into sink: inout Sink) {
        var out = OutputBuffer()
        if !options.tuplesOnly && segment.startsTable {
            if let title = options.title { printTitle(title, into: &out) }
            printHeader(into: &out, sink: &sink)
        }
        var cells = [FormattedCell](repeating: FormattedCell(), count: table.columnCount)
        // Like psql, a result without columns prints no row lines, only the footer.
        let printedRows = table.columnCount == 0 ? 0 : table.rowCount
        var progress = RowProgress()
        let nullBytes = table.nullBytes
        for row in 0..<printedRows {
            // The row is printed while its cells are lent: plain cells are not copied (a value of
            // hundreds of megabytes would otherwise be held twice), and are released after.
            table.withRow(row) { row in
                for column in 0..<table.columnCount {
                    if let raw = row[column] {
                        cells[column].borrow(raw)
                        if !cells[column].isBorrowed {
                            UTF8Cleaner.withPrintable(raw, null: nullBytes) { cells[column].format($0) }
                        }
                    } else {
                        UTF8Cleaner.withPrintable(nil, null: nullBytes) { cells[column].format($0) }
                    }
                }
                printRow(cells, scratch: &progress, into: &out, sink: &sink)
                for column in 0..<cells.count { cells[column].release() }
            }
            out.flushIfFull(into: &sink)
            if sink.isStopped { return }
        }
        guard segment.endsTable else { return out.flush(into: &sink) }
        if border == 2 { printRule(.bottom, into: &out, sink: &sink) }
        if options.footer && !options.tuplesOnly {
            out.append(rowCountFooter(segment.priorRows + table.rowCount))
            out.append(UInt8(ascii: "\n"))
        }
        out.append(UInt8(ascii: "\n"))
        out.flush(into: &sink)
    }

    private func printTitle(_ title: String, into out: inout OutputBuffer) {
        let width = Array(title.utf8).withUnsafeBytes { FormattedCell.measure($0).width }
        if width < totalWidth { out.appendSpaces((totalWidth - width) / 2) }
        out.append(title)
        out.append(UInt8(ascii: "\n"))
    }

    private func printHeader<Sink: ByteSink>(into out: inout OutputBuffer, sink: inout Sink) {
        if border == 2 { printRule(.top, into: &out, sink: &sink) }
        var headers = [FormattedCell](repeating: FormattedCell(), count: table.columnCount)
        for column in headers.indices {
            table.withHeader(column) { headers[column].format($0) }
        }
        var lineIndex = 0
        var unfinished = headers.count
        var finished = [Bool](repeating: false, count: headers.count)
        while unfinished > 0 {
            if border == 2 { out.append(glyphs.data.left) }
            for column in headers.indices {
                if border != 0 || (!glyphs.wrapMarksAtRightBorder && column > 0) {
                    if lineIndex > 0 { out.append(glyphs.headerNewlineLeft) } else { out.append(UInt8(ascii: " ")) }
                }
                if finished[column] {
                    out.appendSpaces(columnWidths[column], flushingInto: &sink)
                } else {
                    let line = headers[column].lines[lineIndex]
                    let spare = columnWidths[column] - line.width
                    out.appendSpaces(spare / 2, flushingInto: &sink)
                    headers[column].withBytes {
                        out.append(UnsafeRawBufferPointer(rebasing: $0[line.start..<line.end]))
                    }
                    out.appendSpaces((spare + 1) / 2, flushingInto: &sink)
                    if lineIndex + 1 == headers[column].lines.count {
                        finished[column] = true
                        unfinished -= 1
                    }
                }
                if border != 0 || glyphs.wrapMarksAtRightBorder {
                    if finished[column] { out.append(UInt8(ascii: " ")) } else { out.append(glyphs.headerNewlineRight) }
                }
                if border != 0 && column < headers.count - 1 { out.append(glyphs.data.middle) }
            }
            lineIndex += 1
            if border == 2 { out.append(glyphs.data.right) }
            out.append(UInt8(ascii: "\n"))
        }
        printRule(.middle, into: &out, sink: &sink)
    }

    /// Draws a horizontal rule (psql's `_print_horizontal_line`), passing full blocks to
    /// `sink` as it goes so that the rule of a very wide column is never held whole.
    private func printRule<Sink: ByteSink>(_ position: RulePosition, into out: inout OutputBuffer, sink: inout Sink) {
        let rule = glyphs.rule(position)
        if border == 1 {
            out.append(rule.horizontal)
        } else if border == 2 {
            out.append(rule.left)
            out.append(rule.horizontal)
        }
        for column in columnWidths.indices {
            for _ in 0..<columnWidths[column] {
                out.append(rule.horizontal)
                out.flushIfFull(into: &sink)
            }
            if column < columnWidths.count - 1 {
                if border == 0 {
                    out.append(UInt8(ascii: " "))
                } else {
                    out.append(rule.horizontal)
                    out.append(rule.middle)
                    out.append(rule.horizontal)
                }
            }
        }
        if border == 2 {
            out.append(rule.horizontal)
            out.append(rule.right)
        } else if border == 1 {
            out.append(rule.horizontal)
        }
        out.append(UInt8(ascii: "\n"))
    }

    /// Prints one row, as many display lines as its tallest (or most wrapped) cell needs.
    private func printRow<Sink: ByteSink>(
        _ cells: [FormattedCell], scratch: inout RowProgress, into out: inout OutputBuffer,
        sink: inout Sink
    ) {
        let count = cells.count
        scratch.reset(columns: count)
        var moreLines = true
        while moreLines {
            moreLines = false
            if border == 2 { out.append(glyphs.data.left) }
            for column in 0..<count {
                let cell = cells[column]
                let width = columnWidths[column]
                let isLast = column == count - 1
                let padsRight = border == 2 || !isLast
                let alignsRight = table.alignments[column] == .right
                if border != 0 {
                    switch scratch.continuation[column] {
                    case .wrapped: out.append(glyphs.wrapLeft)
                    case .newline: out.append(glyphs.newlineLeft)
                    case .none: out.append(UInt8(ascii: " "))
                    }
                }
                var printedWidth = width
                if scratch.lineIndex[column] < cell.lines.count {
                    let line = cell.lines[scratch.lineIndex[column]]
                    let piece = cell.prefix(of: line, from: scratch.offset[column], fitting: width)
                    printedWidth = min(piece.width, width)
                    let start = line.start + scratch.offset[column]
                    if alignsRight { out.appendSpaces(width - printedWidth, flushingInto: &sink) }
                    cell.withBytes { bytes in
                        out.append(
                            UnsafeRawBufferPointer(rebasing: bytes[start..<start + piece.byteCount]),
                            passingLargeTo: &sink)
                    }
                    scratch.offset[column] += piece.byteCount
                    if line.start + scratch.offset[column] < line.end {
                        moreLines = true
                    } else {
                        scratch.lineIndex[column] += 1
                        scratch.offset[column] = 0
                        if scratch.lineIndex[column] < cell.lines.count { moreLines = true }
                    }
                } else if padsRight {
                    out.appendSpaces(width, flushingInto: &sink)
                }
                scratch.continuation[column] = .none
                if scratch.lineIndex[column] < cell.lines.count {
                    if scratch.offset[column] != 0 {
                        scratch.continuation[column] = .wrapped
                    } else if scratch.lineIndex[column] != 0 {
                        scratch.continuation[column] = .newline
                    }
                }
                if !alignsRight && (padsRight || scratch.continuation[column] != .none) {
                    out.appendSpaces(width - printedWidth, flushingInto: &sink)
                }
                switch scratch.continuation[column] {
                case .wrapped: out.append(glyphs.wrapRight)
                case .newline: out.append(glyphs.newlineRight)
                case .none: if padsRight { out.append(UInt8(ascii: " ")) }
                }
                if border != 0 && !isLast {
                    switch scratch.continuation[column + 1] {
                    case .wrapped: out.append(glyphs.dividerBeforeWrap)
                    case .newline: out.append(glyphs.dividerBeforeNewline)
                    case .none:
                        let nextHasLine = scratch.lineIndex[column + 1] < cells[column + 1].lines.count
                        out.append(nextHasLine ? glyphs.data.middle : glyphs.dividerBeforeBlank)
                    }
                }
            }
            if border == 2 { out.append(glyphs.data.right) }
            out.append(UInt8(ascii: "\n"))
            // A value wrapped over many lines is passed on as it goes, not held whole.
            out.flushIfFull(into: &sink)
        }
    }
}
