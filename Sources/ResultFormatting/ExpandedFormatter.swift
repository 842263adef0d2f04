/// Prints a whole result in psql 15's expanded layout (psql's `print_aligned_vertical`).
///
/// Each row becomes a record: a `-[ RECORD n ]-` rule, then one line per
/// column with the column name on the left and the value on the right.
struct ExpandedFormatter<Result: TabularResult> {
    private let table: TableCells<Result>
    let options: PrintOptions
    let glyphs: LineGlyphs
    private let border: Int
    private let targetColumns: Int
    private let segment: TableSegment

    init(table: TableCells<Result>, options: PrintOptions, targetColumns: Int, segment: TableSegment = .whole) {
        self.table = table
        self.segment = segment
        self.options = options
        glyphs = LineGlyphs(options: options)
        border = options.effectiveBorder
        self.targetColumns = targetColumns
    }

    func print<Sink: ByteSink>(into sink: inout Sink) {
        var out = OutputBuffer()
        defer { out.flush(into: &sink) }
        let columnCount = table.columnCount
        guard columnCount > 0 && table.rowCount > 0 else {
            // psql shows "(0 rows)" only for a table that is empty as a whole.
            if segment == .whole && !options.tuplesOnly && options.footer {
                out.append(rowCountFooter(table.rowCount))
                out.append(UInt8(ascii: "\n"))
            }
            if segment.endsTable { out.append(UInt8(ascii: "\n")) }
            return
        }
        var headerWidth = 0
        var headersMultiline = false
        for column in 0..<columnCount {
            let size = table.withHeader(column) { FormattedCell.measure($0) }
            headerWidth = max(headerWidth, size.width)
            headersMultiline = headersMultiline || size.height > 1
        }
        var dataWidth = 0
        var dataMultiline = false
        for row in 0..<table.rowCount {
            for column in 0..<columnCount {
                let size = table.withCell(row: row, column: column) { FormattedCell.measure($0) }
                dataWidth = max(dataWidth, size.width)
                dataMultiline = dataMultiline || size.height > 1
            }
        }
        if !options.tuplesOnly && segment.startsTable, let title = options.title {
            out.append(title)
            out.append(UInt8(ascii: "\n"))
        }
        dataWidth = fittedDataWidth(
            headerWidth: headerWidth, dataWidth: dataWidth,
            headersMultiline: headersMultiline, dataMultiline: &dataMultiline)
        let layout = RecordLayout(
            headerWidth: headerWidth, dataWidth: dataWidth,
            headersMultiline: headersMultiline, dataMultiline: dataMultiline)
        var headers = [FormattedCell](repeating: FormattedCell(), count: columnCount)
        for column in 0..<columnCount {
            table.withHeader(column) { headers[column].format($0) }
        }
        var value = FormattedCell()
        for row in 0..<table.rowCount {
            let ruleHeaderWidth = headerWidth + (border < 2 && headersMultiline && glyphs.isOldASCII ? 1 : 0)
            let position: RulePosition = row == 0 && segment.startsTable ? .top : .middle
            if !options.tuplesOnly {
                printRecordRule(
                    record: segment.priorRows + row + 1, headerWidth: ruleHeaderWidth, dataWidth: dataWidth, position,
                    into: &out, sink: &sink)
            } else if row != 0 || !segment.startsTable || border == 2 {
                printRecordRule(
                    record: nil, headerWidth: ruleHeaderWidth, dataWidth: dataWidth, position, into: &out, sink: &sink)
            }
            for column in 0..<columnCount {
                // Printed while the cell is lent, so a plain value is not copied (see AlignedFormatter).
                table.withCell(row: row, column: column) { raw in
                    value.borrow(raw)
                    if !value.isBorrowed { value.format(raw) }
                    printField(header: headers[column], value: value, layout: layout, into: &out, sink: &sink)
                    value.release()
                }
            }
            out.flushIfFull(into: &sink)
            if sink.isStopped { return }
        }
        guard segment.endsTable else { return }
        if border == 2 {
            printRecordRule(
                record: nil, headerWidth: headerWidth, dataWidth: dataWidth, .bottom, into: &out, sink: &sink)
        }
        out.append(UInt8(ascii: "\n"))
    }

    /// The value column's width: the widest value, widened for the record rules,
    /// narrowed to the target width in wrapped format.
    private func fittedDataWidth(
        headerWidth: Int, dataWidth: Int, headersMultiline: Bool,
        dataMultiline: inout Bool
    ) -> Int {
        var spacing: Int
        switch border {
        case 0: spacing = headersMultiline ? 2 : 1
        case 1: spacing = headersMultiline && glyphs.isOldASCII ? 4 : 3
        default: spacing = 7
        }
        let reservesMarkColumn = border < 2 && !glyphs.isOldASCII
        if dataMultiline && reservesMarkColumn { spacing += 1 }
        var ruleWidth = 0
        if !options.tuplesOnly {
            ruleWidth = String(table.rowCount).utf8.count + [9, 12, 15][border]
        }
        while true {
            let width = max(headerWidth + spacing + dataWidth, ruleWidth)
            var fitted = width - headerWidth - spacing
            if options.format == .wrapped && targetColumns > 0 {
                let minimum = max(headerWidth + spacing + 3, ruleWidth)
                if targetColumns >= width {
                    fitted = width - headerWidth - spacing
                } else if targetColumns < minimum {
                    fitted = minimum - headerWidth - spacing
                } else {
                    fitted = targetColumns - headerWidth - spacing
                }
            }
            if fitted < dataWidth && !dataMultiline && reservesMarkColumn {
                dataMultiline = true
                spacing += 1
                continue
            }
            return fitted
        }
    }

    /// Draws a record's rule, `-[ RECORD n ]---+---` (psql's `print_aligned_vertical_line`).
    private func printRecordRule<Sink: ByteSink>(
        record: Int?, headerWidth: Int, dataWidth: Int, _ position: RulePosition,
        into out: inout OutputBuffer, sink: inout Sink
    ) {
        let rule = glyphs.rule(position)
        let fill = border > 0 ? rule.horizontal : [UInt8(ascii: " ")]
        if border == 2 {
            out.append(rule.left)
            out.append(rule.horizontal)
        } else if border == 1 {
            out.append(rule.horizontal)
        }
        var used = 0
        if let record {
            let label = border == 0 ? "* Record \(record)" : "[ RECORD \(record) ]"
            out.append(label)
            used = label.utf8.count
        }
        if border != 2 { used += 1 }
        if used < headerWidth {
            for _ in used..<headerWidth { out.append(fill) }
        }
        used -= headerWidth
        let dividerPieces: [[UInt8]] =
            border > 0 ? [rule.horizontal, rule.middle, rule.horizontal] : [[UInt8(ascii: " ")]]
        for piece in dividerPieces {
            if used <= 0 { out.append(piece) }
            used -= 1
        }
        used = max(used, 0)
        if used < dataWidth {
            for _ in used..<dataWidth {
                out.append(fill)
                out.flushIfFull(into: &sink)
            }
        }
        if border == 2 {
            out.append(rule.horizontal)
            out.append(rule.right)
        }
        out.append(UInt8(ascii: "\n"))
    }
}
