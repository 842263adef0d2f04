extension ExpandedFormatter {
    /// Prints one column of a record: name and value side by side, over as many
    /// lines as the taller of the two needs (values may also wrap).
    func printField<Sink: ByteSink>(
        header: FormattedCell, value: FormattedCell, layout: RecordLayout,
        into out: inout OutputBuffer, sink: inout Sink
    ) {
        let border = options.effectiveBorder
        let oldASCII = glyphs.isOldASCII
        var headerLine = 0
        var valueLine = 0
        var headerDone = false
        var valueDone = false
        var offset = 0
        var remainingWidth = value.lines[0].width
        while !headerDone || !valueDone {
            if border == 2 { out.append(glyphs.data.left) }
            if !headerDone {
                if border == 2 || (layout.headersMultiline && oldASCII) {
                    if headerLine > 0 { out.append(glyphs.headerNewlineLeft) } else { out.append(UInt8(ascii: " ")) }
                }
                let line = header.lines[headerLine]
                let shown = header.prefix(of: line, from: 0, fitting: layout.headerWidth).width
                header.withBytes { out.append(UnsafeRawBufferPointer(rebasing: $0[line.start..<line.end])) }
                out.appendSpaces(layout.headerWidth - shown)
                let marksHeader = border > 0 || (layout.headersMultiline && !oldASCII)
                if headerLine + 1 < header.lines.count {
                    if marksHeader { out.append(glyphs.headerNewlineRight) }
                    headerLine += 1
                } else {
                    if marksHeader { out.append(UInt8(ascii: " ")) }
                    headerDone = true
                }
            } else {
                var spaces = layout.headerWidth + border
                if border < 2 && layout.headersMultiline && oldASCII { spaces += 1 }
                if border == 0 && !oldASCII && layout.headersMultiline { spaces += 1 }
                out.appendSpaces(max(spaces, 1))
            }
            if border > 0 {
                if offset != 0 {
                    out.append(glyphs.dividerBeforeWrap)
                } else if valueLine == 0 {
                    out.append(glyphs.data.middle)
                } else {
                    out.append(glyphs.dividerBeforeNewline)
                }
            }
            guard !valueDone else {
                if border < 2 {
                    out.append(UInt8(ascii: "\n"))
                } else {
                    out.appendSpaces(layout.dataWidth + 2, flushingInto: &sink)
                    out.append(glyphs.data.right)
                    out.append(UInt8(ascii: "\n"))
                }
                continue
            }
            if offset == 0 { out.append(UInt8(ascii: " ")) } else { out.append(glyphs.wrapLeft) }
            let line = value.lines[valueLine]
            let piece = value.prefix(of: line, from: offset, fitting: layout.dataWidth)
            let start = line.start + offset
            value.withBytes { bytes in
                out.append(
                    UnsafeRawBufferPointer(rebasing: bytes[start..<start + piece.byteCount]), passingLargeTo: &sink)
            }
            remainingWidth -= piece.width
            offset += piece.byteCount
            let padding = layout.dataWidth - piece.width
            let marksValue = border > 1 || (layout.dataMultiline && !oldASCII)
            if remainingWidth != 0 {
                if marksValue {
                    out.appendSpaces(padding, flushingInto: &sink)
                    out.append(glyphs.wrapRight)
                }
            } else if valueLine + 1 < value.lines.count {
                if marksValue {
                    out.appendSpaces(padding, flushingInto: &sink)
                    out.append(glyphs.newlineRight)
                }
                valueLine += 1
                offset = 0
                remainingWidth = value.lines[valueLine].width
            } else {
                if border > 1 {
                    out.appendSpaces(padding, flushingInto: &sink)
                    out.append(UInt8(ascii: " "))
                }
                valueDone = true
            }
            if border == 2 { out.append(glyphs.data.right) }
            out.append(UInt8(ascii: "\n"))
            out.flushIfFull(into: &sink)
        }
    }
}
